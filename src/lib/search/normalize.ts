/**
 * Search normalisation and tokenising, applied identically to indexed text and
 * to queries: case, diacritics, quote style, dashes and possessives never decide
 * whether a passage matches.
 */
import { normalizeForMatch, stripDiacritics } from '../text.ts';

/** Queries longer than this are cut (the interface says so). */
export const MAX_QUERY_LENGTH = 200;

/** A word of a text with where it sits in the original string (for highlighting). */
export interface PositionedToken {
  /** Normalised form, as indexed. */
  term: string;
  start: number;
  end: number;
}

// Most words are plain ASCII, with at most a straight or curly apostrophe: they
// need only lower case and the possessive rule. The full path (NFKC, quote and
// dash mapping, NFKD) costs ten times more, and every result's snippet
// tokenizes its passage.
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const PLAIN_WORD_WITH_APOSTROPHES = /^[A-Za-z0-9]+(?:['\u2019][A-Za-z0-9]+)*$/;

// Invisible characters that may sit inside a word (soft hyphen, zero-width
// joiners, word joiner): "Zelen\u00ADsky" is "zelensky".
const JOINER_CHARACTERS = '\u00AD\u200C\u200D\u2060';
const JOINERS = new RegExp(`[${JOINER_CHARACTERS}]`, 'g');
const JOINER_CODES = new Set([...JOINER_CHARACTERS].map((character) => character.charCodeAt(0)));
const isJoiner = (code: number) => JOINER_CODES.has(code);

/** Normalises one word: lower case, no diacritics, ß as ss, no possessive `'s`, no inner apostrophes or joiners. */
export function normalizeTerm(word: string): string {
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  const plain = PLAIN_WORD_WITH_APOSTROPHES.test(word)
    ? word.toLowerCase().replace(/\u2019/g, "'")
    : stripDiacritics(normalizeForMatch(word)).replace(JOINERS, '').replace(/ß/g, 'ss');
  return plain.replace(/'s$/, '').replace(/s'$/, 's').replace(/'/g, '');
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
// Chinese and Japanese are written without spaces: each character is a word of its own.
const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/**
 * The character at `i`: its length in code units if it is a letter, mark or
 * digit of a spaced script, minus its length if it is a Chinese or Japanese
 * character, 0 if it separates words.
 */
function characterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  const character = String.fromCodePoint(text.codePointAt(i)!);
  if (CJK_CHARACTER.test(character)) return -character.length;
  return WORD_CHARACTER.test(character) ? character.length : 0;
}

// ' and ’ join the parts of a word; ʼ (U+02BC) needs no rule, it is a letter.
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/**
 * Calls `visit` with each word of `text` in order (its normalised term and
 * offsets), until it returns false. A word is a run of letters, marks and
 * digits, kept whole across an apostrophe (so possessives can be cut) or an
 * invisible joiner; each Chinese or Japanese character is a word; anything else
 * separates words, so "NATO-Russian" is "nato", "russian", as readers type it.
 * A hand-written scan: twice as fast as a Unicode regex, no object per word,
 * and it can stop early (snippets of long passages).
 */
export function forEachToken(text: string, visit: (term: string, start: number, end: number) => boolean | void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let step = characterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    if (step < 0) i -= step;
    else {
      i += step;
      for (;;) {
        while (i < length && (step = characterAt(text, i)) > 0) i += step;
        let next = i;
        if (next < length && isApostrophe(text.charCodeAt(next))) next++;
        else while (next < length && isJoiner(text.charCodeAt(next))) next++;
        if (next === i || next >= length || (step = characterAt(text, next)) <= 0) break;
        i = next + step;
      }
    }
    const term = normalizeTerm(text.slice(start, i));
    if (term && visit(term, start, i) === false) return;
  }
}

/** Words of a text in order, with offsets into the original (see forEachToken). */
export function tokenize(text: string): PositionedToken[] {
  const tokens: PositionedToken[] = [];
  forEachToken(text, (term, start, end) => {
    tokens.push({ term, start, end });
  });
  return tokens;
}

/** The normalised terms of a text, in order. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}

/** Normalised text as a single string of terms, the form Fuse ranks. */
export function normalizeForSearch(text: string): string {
  return terms(text).join(' ');
}

export interface ParsedQuery {
  /** Query as used, cut to MAX_QUERY_LENGTH. */
  text: string;
  /** Whether the typed query was longer than the cap. */
  truncated: boolean;
  /** Normalised words, in order, without repeats. */
  words: string[];
  /** True when the whole query was in double quotes: its words must appear together, in order. */
  phrase: boolean;
}

/** The query cut to MAX_QUERY_LENGTH at the last space before it, so no word is cut in half (and then matches nothing). */
export function capQuery(raw: string): string {
  if (raw.length <= MAX_QUERY_LENGTH) return raw;
  const head = raw.slice(0, MAX_QUERY_LENGTH);
  if (/\s/.test(raw[MAX_QUERY_LENGTH]!)) return head;
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space) : head;
}

/** Reads a typed query: caps its length, finds an exact-phrase query, normalises its words. */
export function parseQuery(raw: string): ParsedQuery {
  const truncated = raw.length > MAX_QUERY_LENGTH;
  const text = capQuery(raw).trim();
  const unquoted = normalizeForMatch(text);
  const phrase = /^"[^"]*\S[^"]*"$/.test(unquoted);
  const all = terms(text);
  return { text, truncated, words: phrase ? all : [...new Set(all)], phrase };
}
