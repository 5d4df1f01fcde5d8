/**
 * Links to quoted words: text fragment directives (`#id:~:text=prefix-,quote,-suffix`)
 * that browsers with native support highlight, plus the same directive in a
 * `quote` parameter that our own script reads where support is missing and to
 * re-anchor a quote whose text has since changed.
 */
import { decodeUrlPart } from './url-parts.ts';

export interface TextDirective {
  prefix?: string;
  /** The quote, or its first words when `end` is given. */
  start: string;
  /** The quote's last words, for long quotes (`start,end` form). */
  end?: string;
  suffix?: string;
}

/** Percent-encodes a directive part: case kept; `-`, `,`, `&` and a trailing `.` encoded (chat apps drop a trailing dot). */
export function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/\.$/, '%2E');
}

export function buildTextDirective({ prefix, start, end, suffix }: TextDirective): string {
  return [
    prefix ? `${encodeDirectivePart(prefix)}-` : '',
    encodeDirectivePart(start),
    end ? encodeDirectivePart(end) : '',
    suffix ? `-${encodeDirectivePart(suffix)}` : '',
  ]
    .filter(Boolean)
    .join(',');
}

/** Parses `prefix-,start,end,-suffix` (already taken out of the URL); undefined when malformed. */
export function parseTextDirective(value: string): TextDirective | undefined {
  const parts = value.split(',');
  if (!parts.length || parts.length > 4) return undefined;
  const directive: Partial<TextDirective> = {};
  if (parts[0]!.endsWith('-') && parts.length > 1) directive.prefix = decodeUrlPart(parts.shift()!.slice(0, -1));
  if (parts.length > 1 && parts.at(-1)!.startsWith('-')) directive.suffix = decodeUrlPart(parts.pop()!.slice(1));
  if (parts.length === 0 || parts.length > 2) return undefined;
  directive.start = decodeUrlPart(parts[0]!);
  if (parts[1] !== undefined) directive.end = decodeUrlPart(parts[1]);
  if (!directive.start || Object.values(directive).some((part) => part === undefined)) return undefined;
  return directive as TextDirective;
}

/** Words of `text` with their offsets. */
function wordSpans(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Case-insensitive position of the first match of `prefix quote suffix` (whitespace-flexible), pointing at the quote. */
export function firstMatch(text: string, directive: Pick<TextDirective, 'prefix' | 'start' | 'suffix'>): number {
  const escape = (part: string) =>
    part
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
  const pattern = `${directive.prefix ? `(${escape(directive.prefix)}\\s+)` : '()'}${escape(directive.start)}${directive.suffix ? `\\s+${escape(directive.suffix)}` : ''}`;
  const match = new RegExp(pattern, 'iu').exec(text);
  return match ? match.index + match[1]!.length : -1;
}

export interface QuoteLinkOptions {
  /** Most words of context on each side. Default `5`. */
  maxContextWords?: number;
  /** Quotes longer than this many characters use the `start,end` form. Default `300`. */
  longQuote?: number;
  /** Words kept at each end in the `start,end` form. Default `5`. */
  endWords?: number;
}

/**
 * The directive for the quote at `text.slice(start, end)`, with prefix and suffix
 * words added only when needed for the browser's first match to be this one.
 */
export function directiveFor(text: string, start: number, end: number, options: QuoteLinkOptions = {}): TextDirective {
  const { maxContextWords = 5, longQuote = 300, endWords = 5 } = options;
  const selected = text.slice(start, end);
  start += selected.length - selected.trimStart().length;
  end -= selected.length - selected.trimEnd().length;
  const quote = text.slice(start, end).replace(/\s+/g, ' ');
  const quoteWords = quote.split(' ');
  const directive: TextDirective =
    quote.length > longQuote && quoteWords.length > endWords * 2
      ? { start: quoteWords.slice(0, endWords).join(' '), end: quoteWords.slice(-endWords).join(' ') }
      : { start: quote };
  const before = wordSpans(text.slice(0, start));
  const after = wordSpans(text.slice(end));
  const matchesHere = (candidate: TextDirective) => firstMatch(text, candidate) === start;
  for (let words = 0; words <= maxContextWords; words++) {
    const candidate: TextDirective = { ...directive };
    if (words > 0 && before.length)
      candidate.prefix = before
        .slice(-words)
        .map((span) => span.word)
        .join(' ');
    if (words > 0 && after.length)
      candidate.suffix = after
        .slice(0, words)
        .map((span) => span.word)
        .join(' ');
    if (matchesHere(candidate)) return candidate;
  }
  return {
    ...directive,
    prefix:
      before
        .slice(-maxContextWords)
        .map((span) => span.word)
        .join(' ') || undefined,
    suffix:
      after
        .slice(0, maxContextWords)
        .map((span) => span.word)
        .join(' ') || undefined,
  };
}

/** Context words on each side, always, for re-anchoring a quote after edits. */
export function contextFor(text: string, start: number, end: number, words = 4): Pick<TextDirective, 'prefix' | 'suffix'> {
  const prefix = wordSpans(text.slice(0, start))
    .slice(-words)
    .map((span) => span.word)
    .join(' ');
  const suffix = wordSpans(text.slice(end))
    .slice(0, words)
    .map((span) => span.word)
    .join(' ');
  return { ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/**
 * The shareable link to a quote in a passage: the permalink with a text
 * directive, and a `quote` parameter (the full quote with context) for our script.
 */
export function quoteLink(pageUrl: string, passageId: string, fragment: TextDirective, quote: TextDirective): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = `?quote=${buildTextDirective(quote)}`;
  return `${url.href}#${passageId}:~:text=${buildTextDirective(fragment)}`;
}
