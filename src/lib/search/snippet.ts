/**
 * A snippet of a passage around the words a query matched, with the ranges to
 * mark. Pure: the interface turns ranges into `<mark>` elements with text nodes.
 */
import { forEachToken } from './normalize.ts';

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
  // Word offsets as numbers, and words past the first hit's window never read:
  // every result of every keystroke cuts a snippet, so this stays cheap.
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: number[] = [];
  forEachToken(text, (term, start, end) => {
    if (highlight.has(term)) hits.push(starts.length);
    starts.push(start);
    ends.push(end);
    return !hits.length || start < starts[hits[0]!]! + length;
  });
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const anchor = hits.length ? starts[hits[0]!]! : 0;
    // Start a little before the first hit, so it reads in context.
    start = Math.max(0, anchor - Math.floor(length / 4));
    end = Math.min(text.length, start + length);
    if (end === text.length) start = Math.max(0, end - length);
    if (start > 0) start = starts.find((wordStart) => wordStart >= start) ?? start;
    if (end < text.length) {
      const last = ends.findLast((wordEnd) => wordEnd <= end);
      end = last !== undefined && last > start ? last : end;
    }
  }
  const marks: [number, number][] = hits
    .filter((word) => starts[word]! >= start && ends[word]! <= end)
    .map((word) => [starts[word]! - start, ends[word]! - start]);
  return { text: text.slice(start, end), marks, cutStart: start > 0, cutEnd: end < text.length };
}
