/**
 * A snippet of a passage around the words a query matched, with the ranges to
 * mark. Pure: the interface turns ranges into `<mark>` elements with text nodes.
 */
import { tokenize } from './normalize.ts';

export interface Snippet {
  text: string;
  /** [start, end) ranges of `text` to highlight, in order, not overlapping. */
  marks: [number, number][];
  /** Whether text was cut before or after the snippet (the interface shows an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Cuts `text` to about `length` characters around its first highlighted word,
 * at word boundaries, and lists every highlighted word inside the window.
 */
export function makeSnippet(text: string, highlight: ReadonlySet<string>, length = 240): Snippet {
  const tokens = tokenize(text);
  const hits = tokens.filter((token) => highlight.has(token.term));
  const first = hits[0];
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const anchor = first ? first.start : 0;
    // Start a little before the first hit, so it reads in context.
    start = Math.max(0, anchor - Math.floor(length / 4));
    end = Math.min(text.length, start + length);
    if (end === text.length) start = Math.max(0, end - length);
    if (start > 0) {
      const next = tokens.find((token) => token.start >= start);
      start = next ? next.start : start;
    }
    if (end < text.length) {
      const last = [...tokens].reverse().find((token) => token.end <= end);
      end = last && last.end > start ? last.end : end;
    }
  }
  const marks: [number, number][] = hits
    .filter((token) => token.start >= start && token.end <= end)
    .map((token) => [token.start - start, token.end - start]);
  return { text: text.slice(start, end), marks, cutStart: start > 0, cutEnd: end < text.length };
}
