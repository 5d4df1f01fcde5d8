/**
 * Text normalisation shared by passage ids, quote anchoring and (later) search.
 *
 * Why: sources mix straight and curly quotes, several dash characters and odd
 * whitespace; two spellings of the same words must compare equal.
 */

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u00AB': '"', // «
  '\u00BB': '"', // »
};

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u00AB\u00BB]/g;

/** Straight quotes, hyphen-minus for every dash, single spaces, trimmed. Case is kept. */
export function normalizePunctuation(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTES, (quote) => QUOTE_MAP[quote] ?? quote)
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalizePunctuation` plus lower case: the form two texts are compared in. */
export function normalizeForMatch(text: string): string {
  return normalizePunctuation(text).toLowerCase();
}

/** Removes diacritics (é → e) so ASCII slugs and accent-insensitive matching work. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Words of a text: runs of letters and digits in any script, in order. */
export function words(text: string): string[] {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Number of words, counting each CJK character as a word (as readers do). */
export function wordCount(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const latin = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  return words(latin).length + cjk;
}

/** Shortens text to at most `max` characters at a word boundary, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = normalizeWhitespace(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Collapses runs of whitespace into single spaces and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `word`, with an s unless `count` is 1: `pluralWord(2, 'line')` → "lines". */
export function pluralWord(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** The count and its word: `plural(1, 'line')` → "1 line", `plural(2, 'line')` → "2 lines". */
export function plural(count: number, word: string): string {
  return `${count} ${pluralWord(count, word)}`;
}

/** Text made safe to put inside HTML: `&`, `<`, `>` and quotes as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
