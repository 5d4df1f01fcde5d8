/**
 * Finds entity mentions in plain text by the registry's aliases. Pure: no DOM, no files.
 *
 * Rules (why: names must be found however a source typed them, and common words never):
 * - An alias matches as written, case included ("US" never matches "us"); an alias of
 *   three or more letters also matches in capitals ("PUTIN"), as headlines shout.
 * - Apostrophes match straight or curly, dashes any dash, spaces any run of whitespace.
 * - Whole words only: no letter or digit may touch either end, so "Trump" is not found in
 *   "Trumpism" but is in "Trump's" and "Trump’s" (the possessive stays outside the mention).
 * - Longest match first: "Vladimir Putin" over "Putin", "UN Security Council" over "UN".
 * - Nothing inside a URL, an e-mail address or a domain name ("NDTV.com").
 *
 * The same rules match the framing lexicon's wordings (src/lib/framing/): `compileTerms`
 * takes any list of terms, and `sentenceCase` lets a lowercase term ("the conflict")
 * also match with a capital first letter, as it reads opening a sentence.
 */
import type { Entity } from './schema.ts';

export type MentionForm = 'name' | 'demonym';

export interface TextMention {
  entityId: string;
  /** The registry alias that matched. */
  alias: string;
  /** The text exactly as written in the source. */
  text: string;
  form: MentionForm;
  start: number;
  end: number;
}

/** A term to match: an entity's alias or demonym, or any other phrase keyed by `entityId`. */
export interface Term {
  /** The entity's id, or the caller's own key for the term. */
  entityId: string;
  alias: string;
  form: MentionForm;
}

export interface EntityMatcher {
  readonly pattern: RegExp;
  /** Alias as it appears in the regex group order, so a match maps back to its term. */
  readonly terms: readonly Term[];
}

const APOSTROPHES = "'\u2018\u2019\u02BC\u2032";
const DOUBLE_QUOTES = '"\u201C\u201D\u201E';
const DASHES = '\\-\u2010-\u2015\u2212';

function escape(character: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(character) ? `\\${character}` : character;
}

/** Regex source for one alias form, tolerant of quote, dash and spacing variants. */
function aliasPattern(alias: string): string {
  let source = '';
  for (const character of alias.trim()) {
    if (APOSTROPHES.includes(character)) source += `[${APOSTROPHES}]`;
    else if (DOUBLE_QUOTES.includes(character)) source += `[${DOUBLE_QUOTES}]`;
    else if (/[\u2010-\u2015\u2212-]/.test(character)) source += `[${DASHES}]`;
    else if (/\s/.test(character)) source += '\\s+';
    else source += escape(character);
  }
  return source.replace(/(\\s\+)+/g, '\\s+');
}

function forms(alias: string, sentenceCase: boolean): string[] {
  const letters = alias.match(/\p{L}/gu)?.length ?? 0;
  const upper = alias.toUpperCase();
  const capitalised = alias.charAt(0).toUpperCase() + alias.slice(1);
  const variants = [alias, ...(letters >= 3 && upper !== alias ? [upper] : []), ...(sentenceCase ? [capitalised] : [])];
  return [...new Set(variants)];
}

export interface CompileOptions {
  /** Also match a term with its first letter capitalised ("The conflict" for "the conflict"). */
  sentenceCase?: boolean;
}

/** Compiles terms (aliases, demonyms or other phrases) into one matcher. */
export function compileTerms(list: readonly Term[], options: CompileOptions = {}): EntityMatcher {
  const terms = list.flatMap((term) => forms(term.alias, options.sentenceCase ?? false).map((variant) => ({ ...term, variant })));
  // Longest first, so the alternation prefers "UN Security Council" to "UN" at the same position.
  terms.sort((a, b) => b.variant.length - a.variant.length || a.variant.localeCompare(b.variant));
  const groups = terms.map((term) => `(${aliasPattern(term.variant)})`).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${groups || '(?!)'})(?![\\p{L}\\p{N}_])`, 'gu');
  return { pattern, terms: terms.map(({ entityId, alias, form }) => ({ entityId, alias, form })) };
}

/** Compiles the registry's aliases and demonyms into one matcher. */
export function compileMatcher(entities: readonly Pick<Entity, 'id' | 'aliases' | 'demonyms'>[]): EntityMatcher {
  return compileTerms(
    entities.flatMap((entity) => [
      ...entity.aliases.map((alias): Term => ({ entityId: entity.id, alias, form: 'name' })),
      ...(entity.demonyms ?? []).map((alias): Term => ({ entityId: entity.id, alias, form: 'demonym' })),
    ]),
  );
}

// URLs, e-mail addresses and bare domain names: spans where no mention may start.
const UNMATCHABLE =
  /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|info|io|ru|ua|cn|in|uk|eu|int)\b\S*/giu;

function unmatchableSpans(text: string): [number, number][] {
  return [...text.matchAll(UNMATCHABLE)].map((match) => [match.index, match.index + match[0].length]);
}

/** Every mention in `text`, in order, none overlapping. */
export function findMentions(matcher: EntityMatcher, text: string): TextMention[] {
  const blocked = unmatchableSpans(text);
  const mentions: TextMention[] = [];
  matcher.pattern.lastIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (blocked.some(([from, to]) => start < to && end > from)) continue;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const term = matcher.terms[group - 1]!;
    mentions.push({ entityId: term.entityId, alias: term.alias, text: match[0], form: term.form, start, end });
  }
  return mentions;
}
