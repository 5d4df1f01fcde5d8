/**
 * The search index as it is shipped, in three levels so a first query makes at
 * most three sequential round trips: the root and the word parts of the query's
 * words (together: a word's part follows from the word alone), then the term
 * shards of the words they expand to, then the record blocks of the best
 * candidates. Shared by the build and the engine so both read one definition.
 *
 *   root.json         counts, outlets, entities, aliases and related words (indexed ones only), Fuse keys
 *   words-<n>.json    the indexed words whose first two characters hash to part n (always WORD_PARTS files)
 *   terms-<n>.json    postings of the terms that hash to shard n (a term's passage count is its postings' length)
 *   records-<n>.json  passages blockSize·n … blockSize·(n+1)−1, their articles and their Fuse index records
 */
export const INDEX_VERSION = 4;

/**
 * Word parts: fixed, so the browser can name a word's part before the root arrives. At 10,000 synthetic
 * articles (about 33,000 words) a part holds some 260 words on average, a few KB gzipped at most.
 */
export const WORD_PARTS = 128;

/** Fuse keys: titles, entity names and claims weigh more than body text. */
export const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'entities', weight: 3 },
  { name: 'claims', weight: 2 },
  { name: 'text', weight: 1 },
] as const;

export type FuseKeyName = (typeof FUSE_KEYS)[number]['name'];

/** Postings of entity ids live beside words under this prefix (never typed: tokens have no `@`). */
export const ENTITY_TERM_PREFIX = '@';
/** Postings of outlets (every passage of the outlet's articles), for the source filter; tokens have no `#` either. */
export const OUTLET_TERM_PREFIX = '#';

/** The top of the index: what every query needs, small and the same for every query. */
export interface SearchRoot {
  version: number;
  recordCount: number;
  blockSize: number;
  termShardCount: number;
  /** WORD_PARTS as built; the engine checks it. */
  wordParts: number;
  /** Words that name one entity, each with all such words of that entity that are indexed (see buildAliasTable). */
  aliases: [string, string[]][];
  /** Related words: a place's one-word name and its adjectives, both ways, indexed ones only (see buildRelatedTable). */
  related: [string, string[]][];
  outlets: { id: string; name: string }[];
  /** Entities mentioned anywhere, registry order: id, canonical name, type. */
  entities: { id: string; name: string; type: string }[];
  /** Fuse's keys as `FuseIndex.toJSON()` writes them. */
  fuseKeys: unknown[];
}

/** The indexed words of one part, sorted by code unit (typo, prefix and inflection scans among words of the same start). */
export interface WordPart {
  words: string[];
}

/**
 * Postings: for each term, sorted record indices, each `index·2 + strong` (strong:
 * the term is in the title, a heading or an entity's name, not only the text),
 * delta-encoded.
 */
export interface TermShard {
  postings: Record<string, number[]>;
}

/** An article as its passages' results show it. */
export interface BlockArticle {
  slug: string;
  title: string;
  /** Index into `root.outlets`. */
  outlet: number;
}

/** One passage as the results need it. */
export interface ShippedRecord {
  /** Index into its block's `articles`. */
  article: number;
  passage: string;
  text: string;
  /** Indices into `root.entities`. */
  entities: number[];
  /** Summaries of the passage's claims, where it has any. */
  claims?: string[];
}

export interface RecordBlock {
  /** The articles of the block's records. */
  articles: BlockArticle[];
  records: ShippedRecord[];
  /** `FuseIndex.toJSON().records` for these records, `i` counted within the block. */
  fuse: unknown[];
}

/** FNV-1a, so a term's shard and a word's part are the same at build time and in the browser. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function termShard(term: string, shardCount: number): number {
  return fnv1a(term) % shardCount;
}

/** What a word's typos, longer forms and inflections are looked for among: the words that start as it does. */
export function wordKey(word: string): string {
  return word.slice(0, 2);
}

export function wordPart(word: string, parts: number = WORD_PARTS): number {
  return fnv1a(wordKey(word)) % parts;
}

export function entityTerm(entityId: string): string {
  return `${ENTITY_TERM_PREFIX}${entityId}`;
}

export function outletTerm(outletId: string): string {
  return `${OUTLET_TERM_PREFIX}${outletId}`;
}

/** Entity and outlet postings: filters, not words anyone types. */
export function isFilterTerm(term: string): boolean {
  return term.startsWith(ENTITY_TERM_PREFIX) || term.startsWith(OUTLET_TERM_PREFIX);
}

export function encodePostings(sorted: readonly number[]): number[] {
  return sorted.map((value, i) => (i === 0 ? value : value - sorted[i - 1]!));
}

export function decodePostings(deltas: readonly number[]): Int32Array {
  const out = new Int32Array(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) out[i] = value += deltas[i]!;
  return out;
}

/** File names (without `.json`) of the index. */
export const indexFile = {
  root: 'root',
  words: (part: number) => `words-${part}`,
  terms: (shard: number) => `terms-${shard}`,
  records: (block: number) => `records-${block}`,
};
