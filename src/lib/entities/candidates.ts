/**
 * Names the registry lacks: capitalised proper-noun chunks that no alias,
 * demonym or `ignore` entry covers, and likely merges of spellings
 * (Whitkov ~ Witkoff). Pure: the part-of-speech tagger is passed in
 * (src/cli/entities-candidates.ts uses wink-nlp), so tests can run it too.
 */
import { type EntityMatcher, findMentions } from './matcher.ts';
import type { EntityRegistry } from './schema.ts';
import { normalizeForMatch, stripDiacritics } from '../text.ts';

export interface TaggedToken {
  value: string;
  /** Universal part-of-speech tag (PROPN, NOUN, ADP…). */
  pos: string;
  /** Whitespace before the token, as in the text. */
  space: string;
}

export type Tagger = (text: string) => TaggedToken[][];

export interface CandidatePassage {
  articleSlug: string;
  passageId: string;
  text: string;
  kind: string;
}

export interface Candidate {
  name: string;
  count: number;
  passages: { articleSlug: string; passageId: string }[];
}

export interface MergeSuggestion {
  name: string;
  /** The alias (or other candidate) it most likely spells. */
  like: string;
  entityId?: string;
  reason: 'sound' | 'spelling';
}

// Between two parts of a name: "Secretary of Defence", "Voice of East".
const CONNECTORS = new Set(['of', 'de', 'von', 'van', 'al', 'bin']);
// Joined to the name on both sides without spaces: "Trans-Dnieper", "Spider's".
const JOINERS = new Set(['-', '\u2010', '\u2011', "'s", '\u2019s']);
const LEADING_WORDS = /^(?:the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/i;
// Dates are not entities.
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

function isCapitalised(value: string): boolean {
  return /^\p{Lu}/u.test(value);
}

/** Title-case lines (headings, the titles of briefings) make every word look like a name; they are skipped. */
export function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => /^[\p{L}’'-]{4,}[.,:;]?$/u.test(word));
  return long.length >= 3 && long.filter((word) => isCapitalised(word)).length / long.length >= 0.6;
}

export interface PlacedToken extends TaggedToken {
  start: number;
  end: number;
  /** Index in its sentence. */
  index: number;
}

/** Tokens with their offsets in `text` (the tagger keeps the order and the words). */
export function placeTokens(text: string, sentences: readonly TaggedToken[][]): PlacedToken[][] {
  let cursor = 0;
  return sentences.map((sentence) =>
    sentence.map((token, index) => {
      const found = text.indexOf(token.value, cursor);
      const start = found >= 0 ? found : cursor;
      cursor = found >= 0 ? start + token.value.length : cursor;
      return { ...token, start, end: start + token.value.length, index };
    }),
  );
}

function isNameLike(token: PlacedToken): boolean {
  if (!isCapitalised(token.value) || !/\p{L}/u.test(token.value) || CALENDAR.has(token.value.toLowerCase())) return false;
  return token.pos === 'PROPN' || ((token.pos === 'NOUN' || token.pos === 'ADJ') && token.index > 0);
}

/** Proper-noun chunks of one sentence, as token runs: PROPN, or capitalised nouns and adjectives next to them. */
function chunkTokens(sentence: readonly PlacedToken[]): PlacedToken[][] {
  const chunks: PlacedToken[][] = [];
  let current: PlacedToken[] = [];
  const flush = () => {
    while (current.length && !isNameLike(current.at(-1)!)) current.pop();
    if (current.some((token) => token.pos === 'PROPN')) chunks.push(current);
    current = [];
  };
  sentence.forEach((token, index) => {
    const next = sentence[index + 1];
    const joins =
      current.length > 0 &&
      next !== undefined &&
      isNameLike(next) &&
      ((JOINERS.has(token.value) && token.space === '' && next.space === '') ||
        (CONNECTORS.has(token.value.toLowerCase()) && token.space.length === 1));
    if (isNameLike(token) && (current.length === 0 || token.space.length <= 1)) current.push(token);
    else if (joins) current.push(token);
    else {
      flush();
      if (isNameLike(token)) current.push(token);
    }
  });
  flush();
  return chunks;
}

/** Proper-noun chunks of a text, as written. */
export function properNounChunks(text: string, tag: Tagger): string[] {
  return placeTokens(text, tag(text)).flatMap((sentence) =>
    chunkTokens(sentence).map((chunk) => text.slice(chunk[0]!.start, chunk.at(-1)!.end)),
  );
}

function isIgnored(name: string, ignored: readonly string[]): boolean {
  const key = normalizeForMatch(name);
  return ignored.some((entry) => key === entry || key === `${entry}s`);
}

/**
 * Capitalised names in the passages that the registry does not cover, most
 * frequent first. Words inside a registry mention are covered ("Trans" of
 * "Trans-Dnieper"); a lone capitalised word opening a sentence is skipped, as
 * capitals there say nothing.
 */
export function findCandidates(
  passages: readonly CandidatePassage[],
  registry: EntityRegistry,
  matcher: EntityMatcher,
  tag: Tagger,
): Candidate[] {
  const ignored = registry.ignore.map((entry) => normalizeForMatch(entry.name));
  const found = new Map<string, Candidate>();
  for (const passage of passages) {
    if (passage.kind === 'heading' || isTitleCase(passage.text)) continue;
    const covered = findMentions(matcher, passage.text);
    // A token that overlaps a mention is covered ("UN-supervised" holds the UN).
    const isCovered = (token: PlacedToken) => covered.some((mention) => token.start < mention.end && token.end > mention.start);
    for (const sentence of placeTokens(passage.text, tag(passage.text))) {
      for (const chunk of chunkTokens(sentence)) {
        // Split the chunk around covered words; what is left is unknown.
        const runs: PlacedToken[][] = [[]];
        for (const token of chunk) {
          if (isCovered(token)) runs.push([]);
          else runs.at(-1)!.push(token);
        }
        for (const run of runs) {
          while (run.length && !isNameLike(run[0]!)) run.shift();
          while (run.length && !isNameLike(run.at(-1)!)) run.pop();
          if (!run.length || (run.length === 1 && run[0]!.index === 0)) continue;
          const name = passage.text.slice(run[0]!.start, run.at(-1)!.end).replace(LEADING_WORDS, '');
          if (isIgnored(name, ignored)) continue;
          const candidate = found.get(name) ?? { name, count: 0, passages: [] };
          candidate.count += 1;
          if (!candidate.passages.some((known) => known.passageId === passage.passageId && known.articleSlug === passage.articleSlug)) {
            candidate.passages.push({ articleSlug: passage.articleSlug, passageId: passage.passageId });
          }
          found.set(name, candidate);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * A rough sound key for transliterated names: Whitkov and Witkoff, Kiev and Kyiv,
 * Zelensky and Zelenskiy all share one. Vowels after the first letter and doubled
 * letters drop out; wh→w, ph→f, v→f, ck→k.
 */
export function soundKey(name: string): string {
  const plain = stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const mapped = plain
    .replace(/wh/g, 'w')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/v/g, 'f')
    .replace(/(?!^)h/g, '');
  const first = mapped.charAt(0);
  return (first + mapped.slice(1).replace(/[aeiouyw]/g, '')).replace(/(.)\1+/g, '$1');
}

/** Edit distance (Levenshtein), for spelling-based suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** Whether two names are likely one name spelled two ways, and why. */
export function likelySameName(a: string, b: string): 'sound' | 'spelling' | undefined {
  if (a === b || a.length < 4 || b.length < 4) return undefined;
  const keyA = soundKey(a);
  if (keyA.length >= 3 && keyA === soundKey(b)) return 'sound';
  const distance = editDistance(a.toLowerCase(), b.toLowerCase());
  return distance <= Math.floor(Math.max(a.length, b.length) / 5) ? 'spelling' : undefined;
}

/** For each candidate, a registry alias or another candidate it most likely spells differently. */
export function suggestMerges(candidates: readonly string[], registry: EntityRegistry): MergeSuggestion[] {
  const aliases = registry.entities.flatMap((entity) => entity.aliases.map((alias) => ({ alias, entityId: entity.id })));
  const suggestions: MergeSuggestion[] = [];
  candidates.forEach((name, index) => {
    const known = aliases.find(({ alias }) => likelySameName(name, alias));
    if (known) {
      suggestions.push({ name, like: known.alias, entityId: known.entityId, reason: likelySameName(name, known.alias)! });
      return;
    }
    const other = candidates.slice(index + 1).find((candidate) => likelySameName(name, candidate));
    if (other) suggestions.push({ name, like: other, reason: likelySameName(name, other)! });
  });
  return suggestions;
}
