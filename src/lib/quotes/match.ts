/**
 * Finds a quoted passage of text again, exactly or, when the article has been
 * edited since the link was made, approximately: by the quote's words, its
 * prefix and suffix, and the passage it was in. Below a minimum score nothing
 * is matched, so nothing wrong is highlighted.
 */
import { normalizeForMatch, words } from '../text.ts';

export interface SearchablePassage {
  id: string;
  text: string;
}

export interface QuoteTarget {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** The passage the link was made in. */
  passageId?: string;
}

export type QuoteMatch =
  { status: 'exact' | 'approximate'; passageId: string; start: number; end: number; score: number } | { status: 'missing' };

export interface QuoteMatchOptions {
  /** Least score (0–1) for an approximate match. Default `0.75`. */
  minScore?: number;
}

/** Lower-cased text with straight quotes and single spaces, and for each of its characters the raw offset. */
export function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  let normalized = '';
  const offsets: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      if (!lastWasSpace) {
        normalized += ' ';
        offsets.push(index);
      }
      lastWasSpace = true;
      continue;
    }
    const folded = normalizeForMatch(char) || char;
    for (const part of folded) {
      normalized += part;
      offsets.push(index);
    }
    lastWasSpace = false;
  }
  return { normalized, offsets };
}

function exactIn(passage: SearchablePassage, target: QuoteTarget): { start: number; end: number; context: number }[] {
  const { normalized, offsets } = normalizeWithOffsets(passage.text);
  const needle = normalizeForMatch(target.quote);
  const found: { start: number; end: number; context: number }[] = [];
  if (!needle) return found;
  for (let at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + 1)) {
    const before = normalized.slice(0, at).trimEnd();
    const after = normalized.slice(at + needle.length).trimStart();
    const context =
      (target.prefix && before.endsWith(normalizeForMatch(target.prefix)) ? 1 : 0) +
      (target.suffix && after.startsWith(normalizeForMatch(target.suffix)) ? 1 : 0);
    found.push({ start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1, context });
  }
  return found;
}

function dice(left: readonly string[], right: readonly string[]): number {
  if (!left.length || !right.length) return 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function approximateIn(passage: SearchablePassage, target: QuoteTarget): { start: number; end: number; score: number } | undefined {
  const spans = [...passage.text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((match) => ({
    word: normalizeForMatch(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const quoteWords = words(target.quote);
  const prefixWords = target.prefix ? words(target.prefix) : [];
  const suffixWords = target.suffix ? words(target.suffix) : [];
  let best: { start: number; end: number; score: number } | undefined;
  for (let size = Math.max(1, quoteWords.length - 3); size <= quoteWords.length + 3; size++) {
    for (let first = 0; first + size <= spans.length; first++) {
      const window = spans.slice(first, first + size);
      let score = dice(
        quoteWords,
        window.map((span) => span.word),
      );
      // Context that still surrounds the words confirms the match; it never makes a weak match strong on its own.
      const before = spans.slice(Math.max(0, first - prefixWords.length), first).map((span) => span.word);
      const after = spans.slice(first + size, first + size + suffixWords.length).map((span) => span.word);
      const context = [
        prefixWords.length ? dice(prefixWords, before) : undefined,
        suffixWords.length ? dice(suffixWords, after) : undefined,
      ].filter((value): value is number => value !== undefined);
      if (context.length) score = score * 0.85 + (context.reduce((sum, value) => sum + value, 0) / context.length) * 0.15;
      if (!best || score > best.score) best = { start: window[0]!.start, end: window.at(-1)!.end, score };
    }
  }
  return best;
}

/** Where the quote is now: the exact words (in the original passage first), else the closest passage of words. */
export function matchQuote(passages: readonly SearchablePassage[], target: QuoteTarget, options: QuoteMatchOptions = {}): QuoteMatch {
  const { minScore = 0.75 } = options;
  const ordered = [...passages].sort((a, b) => Number(b.id === target.passageId) - Number(a.id === target.passageId));
  for (const passage of ordered) {
    const found = exactIn(passage, target).sort((a, b) => b.context - a.context)[0];
    if (found) return { status: 'exact', passageId: passage.id, start: found.start, end: found.end, score: 1 };
  }
  let best: (QuoteMatch & { status: 'approximate' }) | undefined;
  for (const passage of ordered) {
    const found = approximateIn(passage, target);
    // The original passage wins ties: the words most likely stayed where they were.
    if (found && (!best || found.score > best.score + 0.02)) best = { status: 'approximate', passageId: passage.id, ...found };
  }
  return best && best.score >= minScore ? best : { status: 'missing' };
}
