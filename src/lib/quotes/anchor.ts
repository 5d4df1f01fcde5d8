/**
 * Anchors a verbatim quote to the one passage that holds it.
 *
 * Used by editorial notes now and by claims later: both must point at exactly
 * one passage, and a failure must say which passage came closest.
 */
import { normalizeWithOffsets } from './match.ts';
import { normalizeForMatch, words } from '../text.ts';

export interface AnchorablePassage {
  id: string;
  text: string;
}

export type QuoteAnchor =
  | { status: 'found'; passage: AnchorablePassage }
  | { status: 'missing'; closest: AnchorablePassage | undefined; similarity: number }
  | { status: 'ambiguous'; passages: AnchorablePassage[] }
  | { status: 'empty' };

/** Share of the quote's distinct words that also occur in the passage (0–1). */
export function wordOverlap(quote: string, passage: string): number {
  const quoteWords = new Set(words(quote));
  if (quoteWords.size === 0) return 0;
  const passageWords = new Set(words(passage));
  let shared = 0;
  for (const word of quoteWords) if (passageWords.has(word)) shared++;
  return shared / quoteWords.size;
}

/** Finds the passage holding `quote`, comparing case-, quote-style- and whitespace-insensitively. */
export function anchorQuote(quote: string, passages: readonly AnchorablePassage[]): QuoteAnchor {
  const needle = normalizeForMatch(quote);
  if (!needle) return { status: 'empty' };
  const holders = passages.filter((passage) => normalizeForMatch(passage.text).includes(needle));
  if (holders.length === 1) return { status: 'found', passage: holders[0]! };
  if (holders.length > 1) return { status: 'ambiguous', passages: holders };
  let closest: AnchorablePassage | undefined;
  let similarity = 0;
  for (const passage of passages) {
    const score = wordOverlap(quote, passage.text);
    if (score > similarity) {
      similarity = score;
      closest = passage;
    }
  }
  return { status: 'missing', closest, similarity };
}

/** One sentence that says why an anchor failed, for build errors. Empty for a found anchor. */
export function describeAnchorFailure(anchor: QuoteAnchor, quote: string): string {
  switch (anchor.status) {
    case 'found':
      return '';
    case 'empty':
      return 'the quote is empty';
    case 'ambiguous':
      return `the quote ${JSON.stringify(quote)} occurs in ${anchor.passages.length} passages (${anchor.passages
        .map((passage) => `#${passage.id}`)
        .join(', ')}); quote more words so it occurs in exactly one`;
    case 'missing':
      return anchor.closest
        ? `the quote ${JSON.stringify(quote)} is not in the article; closest passage #${anchor.closest.id}: ${JSON.stringify(
            anchor.closest.text.length > 160 ? `${anchor.closest.text.slice(0, 160)}…` : anchor.closest.text,
          )}`
        : `the quote ${JSON.stringify(quote)} is not in the article, which has no passage sharing a word with it`;
  }
}

/**
 * Where `quote` occurs inside one passage's text, as raw [start, end) offsets,
 * compared the way `anchorQuote` compares (case, quote style, dashes, spacing).
 * Claims need the exact words, not just the passage, to mark them in the text.
 */
export function quoteOccurrences(text: string, quote: string): { start: number; end: number }[] {
  const { normalized, offsets } = normalizeWithOffsets(text);
  const needle = normalizeForMatch(quote);
  const found: { start: number; end: number }[] = [];
  if (!needle) return found;
  for (let at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + 1)) {
    found.push({ start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 });
  }
  return found;
}
