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

// Letters and digits in any script; apostrophes inside words are kept so possessives can be cut below.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** Normalises one word: lower case, no diacritics, no possessive `'s`, no inner apostrophes. */
export function normalizeTerm(word: string): string {
  const plain = stripDiacritics(normalizeForMatch(word));
  return plain.replace(/'s$/, '').replace(/s'$/, 's').replace(/'/g, '');
}

/**
 * Words of a text in order, with offsets into the original. Hyphenated words
 * count as their parts ("NATO-Russian" is "nato", "russian"), as readers type them.
 */
export function tokenize(text: string): PositionedToken[] {
  const tokens: PositionedToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
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

/** Reads a typed query: caps its length, finds an exact-phrase query, normalises its words. */
export function parseQuery(raw: string): ParsedQuery {
  const truncated = raw.length > MAX_QUERY_LENGTH;
  const text = (truncated ? raw.slice(0, MAX_QUERY_LENGTH) : raw).trim();
  const unquoted = normalizeForMatch(text);
  const phrase = /^".*\S.*"$/.test(unquoted);
  const all = terms(text);
  return { text, truncated, words: phrase ? all : [...new Set(all)], phrase };
}
