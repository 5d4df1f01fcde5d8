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

/** How far a cut may move to reach a space. */
const SNAP = 40;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Cuts `text` to about `length` characters around its first highlighted word,
 * at spaces where there are any nearby, and lists every highlighted word inside
 * the window.
 */
export function makeSnippet(text: string, highlight: ReadonlySet<string>, length = 240): Snippet {
  // Only the highlighted words are kept, and nothing past the first one's window
  // is read: every result of every keystroke cuts a snippet, so this stays cheap.
  const hitStarts: number[] = [];
  const hitEnds: number[] = [];
  forEachToken(text, (term, start, end) => {
    if (highlight.has(term)) {
      hitStarts.push(start);
      hitEnds.push(end);
    }
    return !hitStarts.length || start < hitStarts[0]! + length;
  });
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const anchor = hitStarts[0] ?? 0;
    // Start a little before the first hit, so it reads in context.
    start = Math.max(0, anchor - Math.floor(length / 4));
    end = Math.min(text.length, start + length);
    if (end === text.length) start = Math.max(0, end - length);
    // Cut at a space near each edge; where there is none close by (a long run
    // with no break, or Chinese), cut there, but never inside a surrogate pair.
    if (start > 0) {
      const space = text.slice(start, Math.min(start + SNAP, anchor)).search(/\s/);
      start = space >= 0 ? start + space + 1 : start + (isLowSurrogate(text.charCodeAt(start)) ? 1 : 0);
    }
    if (end < text.length) {
      const tail = text.slice(Math.max(end - SNAP, hitEnds[0] ?? start, start), end);
      const space = tail.search(/\s\S*$/);
      end = space >= 0 ? end - tail.length + space : end - (isLowSurrogate(text.charCodeAt(end)) ? 1 : 0);
    }
  }
  const marks: [number, number][] = [];
  hitStarts.forEach((hitStart, i) => {
    if (hitStart >= start && hitEnds[i]! <= end) marks.push([hitStart - start, hitEnds[i]! - start]);
  });
  return { text: text.slice(start, end), marks, cutStart: start > 0, cutEnd: end < text.length };
}
