/**
 * The search index as it is shipped: a manifest, term shards (postings) and
 * record blocks (passages with Fuse's prebuilt index). Shared by the build and
 * the engine so both read one definition.
 *
 *   manifest.json     vocabulary, shard counts, articles, outlets, entities, aliases, related words, Fuse keys
 *   terms-<n>.json    postings of the terms that hash to shard n
 *   records-<n>.json  passages blockSize·n … blockSize·(n+1)−1 and their Fuse index records
 */
export const INDEX_VERSION = 3;

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

export interface ManifestArticle {
  slug: string;
  title: string;
  /** Index into `outlets`. */
  outlet: number;
  /** Index of the article's first record; its records run to the next article's first. */
  firstRecord: number;
}

export interface SearchManifest {
  version: number;
  recordCount: number;
  blockSize: number;
  termShardCount: number;
  /** Every indexed word, sorted by code unit (binary search and typo scans). */
  vocabulary: string[];
  /** Passages holding each vocabulary word, same order (inverse document frequency). */
  documentFrequency: number[];
  /** Words that name one entity, each with all such words of that entity (see buildAliasTable). */
  aliases: [string, string[]][];
  /** Related words: a place's one-word name and its adjectives, both ways (see buildRelatedTable). */
  related: [string, string[]][];
  articles: ManifestArticle[];
  outlets: { id: string; name: string }[];
  /** Entities mentioned anywhere, registry order: id, canonical name, type. */
  entities: { id: string; name: string; type: string }[];
  /** Fuse's keys as `FuseIndex.toJSON()` writes them. */
  fuseKeys: unknown[];
}

/**
 * Postings: for each term, sorted record indices, each `index·2 + strong` (strong:
 * the term is in the title, a heading or an entity's name, not only the text),
 * delta-encoded.
 */
export interface TermShard {
  postings: Record<string, number[]>;
}

/** One passage as the results need it. */
export interface ShippedRecord {
  /** Index into `manifest.articles`. */
  article: number;
  passage: string;
  text: string;
  /** Indices into `manifest.entities`. */
  entities: number[];
  /** Summaries of the passage's claims, where it has any. */
  claims?: string[];
}

export interface RecordBlock {
  records: ShippedRecord[];
  /** `FuseIndex.toJSON().records` for these records, `i` counted within the block. */
  fuse: unknown[];
}

/** FNV-1a, so a term's shard is the same at build time and in the browser. */
export function termShard(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

export function entityTerm(entityId: string): string {
  return `${ENTITY_TERM_PREFIX}${entityId}`;
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
  manifest: 'manifest',
  terms: (shard: number) => `terms-${shard}`,
  records: (block: number) => `records-${block}`,
};
