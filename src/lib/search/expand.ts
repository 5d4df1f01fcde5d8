/**
 * Query expansion: each query word becomes the set of indexed terms it may
 * stand for — itself, spellings of the same entity in the registry ("kiev" →
 * "kyiv"), related words (a place's adjective in the registry, "turkey" →
 * "turkish", and other inflections of the same English word, "warned" →
 * "warns"), and vocabulary words within a small edit distance ("istambul" →
 * "istanbul"). Pure; the vocabulary is the index's sorted term list.
 */
import { terms } from './normalize.ts';
import { partitionPoint } from './sorted.ts';

/** What an expanded term is, so ranking can prefer what was typed. */
export type ExpansionKind = 'exact' | 'alias' | 'related' | 'typo' | 'prefix';

export interface Expansion {
  term: string;
  kind: ExpansionKind;
}

/** An entity's spellings as the index needs them: registry names and aliases, and its adjectives. */
export interface EntitySpellings {
  id: string;
  type: string;
  names: string[];
  /** Adjectives and nouns for people ("Turkish", "Russians"): related words, not names. */
  demonyms?: string[];
}

/**
 * A light English stem, for finding other inflections of a word: plurals, -ing
 * and -ed come off ("textbooks" → "textbook", "warned" → "warn", "talks" →
 * "talk"), only where at least four letters remain, so short words and names
 * ("news", "bus", "us") stay whole.
 */
export function lightStem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 5) return word;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss|us|is)$/, '$1'],
    [/(ch|sh|x|z|ss)es$/, '$1'],
    [/s$/, ''],
    [/([^aeiou])\1ing$/, '$1'],
    [/ing$/, ''],
    [/([^aeiou])\1ed$/, '$1'],
    [/eed$/, 'ee'],
    [/ed$/, ''],
  ];
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(word)) continue;
    const stem = word.replace(pattern, replacement);
    return stem.length >= 4 ? stem : word;
  }
  return word;
}

/**
 * Related words from the registry: a one-word name of a place or people and its
 * one-word adjectives, both ways ("turkey" ↔ "turkish", "ukraine" ↔ "ukrainian").
 * A word two entities would share relates to neither.
 */
export function buildRelatedTable(entities: readonly EntitySpellings[]): Map<string, string[]> {
  const pairs: [string, string][] = [];
  for (const entity of entities) {
    const heads = entity.names
      .map((name) => terms(name))
      .filter((words) => words.length === 1)
      .map((words) => words[0]!);
    const adjectives = (entity.demonyms ?? [])
      .map((name) => terms(name))
      .filter((words) => words.length === 1)
      .map((words) => words[0]!);
    for (const head of new Set(heads))
      for (const adjective of new Set(adjectives)) if (head !== adjective) pairs.push([head, adjective], [adjective, head]);
  }
  const owners = new Map<string, Set<string>>();
  entities.forEach((entity) => {
    for (const name of [...entity.names, ...(entity.demonyms ?? [])])
      for (const word of terms(name)) owners.set(word, new Set([...(owners.get(word) ?? []), entity.id]));
  });
  const table = new Map<string, string[]>();
  for (const [from, to] of pairs) {
    if ((owners.get(from)?.size ?? 0) > 1 || (owners.get(to)?.size ?? 0) > 1) continue;
    table.set(from, [...new Set([...(table.get(from) ?? []), to])].sort());
  }
  return new Map([...table].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Typos tolerated for a word of this length: none for short words, where one letter changes the word. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/**
 * Levenshtein distance between a and b, or `max + 1` as soon as it must exceed `max`
 * (the banded check keeps a scan of a large vocabulary fast).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, max + 1);
}
// Two reusable rows: the typo scan runs the distance thousands of times a query.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** The vocabulary as expansion needs it: sorted (prefixes, lookups) and bucketed by length (typo scans). */
export interface Vocabulary {
  sorted: readonly string[];
  byLength: ReadonlyMap<number, readonly string[]>;
}

export function indexVocabulary(sorted: readonly string[]): Vocabulary {
  const byLength = new Map<number, string[]>();
  for (const term of sorted) {
    const bucket = byLength.get(term.length);
    if (bucket) bucket.push(term);
    else byLength.set(term.length, [term]);
  }
  return { sorted, byLength };
}

/**
 * Alias table: a word that names an entity on its own (a one-word name or
 * alias, or the surname at the end of a person's name) maps to every such word
 * of that entity. "witkoff" → witkoff, whitkov; "kiev" → kyiv, kiev. The last
 * word of other names is left alone on purpose: it is often generic ("Kursk
 * Oblast", "Dnieper River", "United States"), and a reader searching "river"
 * means the word. A word that would name two entities names neither.
 */
export function buildAliasTable(entities: readonly EntitySpellings[]): Map<string, string[]> {
  const headsByEntity = entities.map((entity) => {
    const heads = new Set<string>();
    for (const name of entity.names) {
      const nameTerms = terms(name);
      if (nameTerms.length === 1) heads.add(nameTerms[0]!);
      else if (nameTerms.length > 1 && entity.type === 'person') heads.add(nameTerms.at(-1)!);
    }
    return heads;
  });
  const owners = new Map<string, number>();
  for (const heads of headsByEntity) for (const head of heads) owners.set(head, (owners.get(head) ?? 0) + 1);
  const table = new Map<string, string[]>();
  for (const heads of headsByEntity) {
    const unique = [...heads].filter((head) => owners.get(head) === 1).sort();
    if (unique.length < 2) continue;
    for (const head of unique) table.set(head, unique);
  }
  return new Map([...table].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface ExpandOptions {
  /** Also take vocabulary words that start with the word (a last word that may be half typed). */
  prefix?: boolean;
  /** Related words from the registry (buildRelatedTable). Default: none. */
  related?: ReadonlyMap<string, readonly string[]>;
  /** Most typo and prefix expansions kept per word, closest first. */
  limit?: number;
  /**
   * Whether an alias or related word is indexed. Default: in the vocabulary. The engine's vocabulary holds only the
   * words that start as the query word does, and its tables hold only indexed words.
   */
  indexed?: (term: string) => boolean;
}

/**
 * Expands one normalised query word against the sorted vocabulary and the alias table.
 * Returns each term once, strongest kind first: exact, alias, typo, prefix.
 */
export function expandWord(
  word: string,
  { sorted: vocabulary, byLength }: Vocabulary,
  aliases: ReadonlyMap<string, readonly string[]>,
  options: ExpandOptions = {},
): Expansion[] {
  const limit = options.limit ?? 12;
  const indexed = options.indexed ?? ((term: string) => hasTerm(vocabulary, term));
  const found = new Map<string, ExpansionKind>();
  const add = (term: string, kind: ExpansionKind) => {
    if (!found.has(term)) found.set(term, kind);
  };
  if (hasTerm(vocabulary, word)) add(word, 'exact');
  const max = allowedEdits(word.length);
  const near: { term: string; distance: number }[] = [];
  if (max > 0) {
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const term of byLength.get(length) ?? []) {
        if (term === word) continue;
        const distance = boundedEditDistance(word, term, max);
        if (distance <= max) near.push({ term, distance });
      }
    }
    near.sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1));
  }
  // Aliases of the word itself and of its closest spellings ("witkof" → witkoff → whitkov).
  const aliasSources = [word, ...near.filter((candidate) => candidate.distance === near[0]?.distance).map((candidate) => candidate.term)];
  for (const source of aliasSources) {
    for (const alias of aliases.get(source) ?? []) if (indexed(alias)) add(alias, source === word ? 'alias' : 'typo');
  }
  for (const term of relatedTerms(word, vocabulary, options.related, limit, indexed)) add(term, 'related');
  for (const candidate of near.slice(0, limit)) add(candidate.term, 'typo');
  if (options.prefix && word.length >= 3) {
    let added = 0;
    for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word) && added < limit; i++) {
      if (!found.has(vocabulary[i]!)) {
        add(vocabulary[i]!, 'prefix');
        added++;
      }
    }
  }
  return [...found].map(([term, kind]) => ({ term, kind }));
}

/** The word's registry relatives and the vocabulary's other inflections of it (same light stem). */
function relatedTerms(
  word: string,
  vocabulary: readonly string[],
  related: ReadonlyMap<string, readonly string[]> | undefined,
  limit: number,
  indexed: (term: string) => boolean,
): string[] {
  const found = (related?.get(word) ?? []).filter(indexed);
  const stem = lightStem(word);
  if (stem === word && !/^[a-z]+$/.test(word)) return found;
  for (let i = lowerBound(vocabulary, stem); i < vocabulary.length && vocabulary[i]!.startsWith(stem) && found.length < limit; i++) {
    const term = vocabulary[i]!;
    if (term !== word && lightStem(term) === stem && !found.includes(term)) found.push(term);
  }
  return found;
}

/** First index in a sorted array whose value is not below `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < value);
}

export function hasTerm(sorted: readonly string[], term: string): boolean {
  return sorted[lowerBound(sorted, term)] === term;
}
