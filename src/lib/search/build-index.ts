/**
 * Builds the search index at build time from passages: inverted index over
 * normalised words (and entity names), Fuse's prebuilt index per record block,
 * split into files so a first query fetches only what it needs. Deterministic:
 * the same input gives byte-identical files.
 */
import Fuse from 'fuse.js';
import { buildAliasTable, buildRelatedTable, type EntitySpellings } from './expand.ts';
import {
  type BlockArticle,
  type FuseKeyName,
  FUSE_KEYS,
  INDEX_VERSION,
  type RecordBlock,
  type SearchRoot,
  type ShippedRecord,
  type TermShard,
  WORD_PARTS,
  type WordPart,
  encodePostings,
  entityTerm,
  indexFile,
  isFilterTerm,
  outletTerm,
  termShard,
  wordPart,
} from './index-format.ts';
import { normalizeForSearch, terms } from './normalize.ts';

export interface SearchPassageInput {
  id: string;
  text: string;
  kind: string;
  /** Ids of the entities named in the passage (name mentions, not demonyms). */
  entities: string[];
  /** Summaries of the claims the passage holds: our words, so a search for what a claim says finds the passage that says it. */
  claims?: string[];
}

export interface SearchArticleInput {
  slug: string;
  title: string;
  outlet: { id: string; name: string };
  passages: SearchPassageInput[];
}

export interface BuildOptions {
  /** Passages per record block. */
  blockSize?: number;
  /** Target postings per term shard; the shard count follows from the corpus. */
  postingsPerShard?: number;
}

export interface BuiltIndex {
  root: SearchRoot;
  /** WORD_PARTS parts, empty ones included, so every part a query can name exists. */
  wordParts: WordPart[];
  termShards: TermShard[];
  recordBlocks: RecordBlock[];
}

/** The index as files: name (without `.json`) → JSON text. */
export function indexFiles(index: BuiltIndex): Map<string, string> {
  const files = new Map<string, string>([[indexFile.root, JSON.stringify(index.root)]]);
  index.wordParts.forEach((part, n) => files.set(indexFile.words(n), JSON.stringify(part)));
  index.termShards.forEach((shard, n) => files.set(indexFile.terms(n), JSON.stringify(shard)));
  index.recordBlocks.forEach((block, n) => files.set(indexFile.records(n), JSON.stringify(block)));
  return files;
}

/** term → record index → strong flag (a title, heading or entity match). */
type Postings = Map<string, Map<number, boolean>>;

function post(postings: Postings, term: string, record: number, strong: boolean): void {
  let list = postings.get(term);
  if (!list) postings.set(term, (list = new Map()));
  list.set(record, (list.get(record) ?? false) || strong);
}

interface Collected {
  records: ShippedRecord[];
  fuseDocs: Record<FuseKeyName, string>[];
  postings: Postings;
  /** Each record's article. */
  articleOf: number[];
  articles: BlockArticle[];
}

/** One record per passage, with its Fuse document and its postings. */
function collectRecords(
  articles: readonly SearchArticleInput[],
  entityById: ReadonlyMap<string, EntitySpellings>,
  entityIndex: ReadonlyMap<string, number>,
  outletIndex: ReadonlyMap<string, number>,
): Collected {
  const collected: Collected = { records: [], fuseDocs: [], postings: new Map(), articleOf: [], articles: [] };
  const { records, fuseDocs, postings } = collected;
  for (const article of articles) {
    collected.articles.push({ slug: article.slug, title: article.title, outlet: outletIndex.get(article.outlet.id)! });
    const titleTerms = terms(article.title);
    for (const passage of article.passages) {
      const index = records.length;
      const entityIds = [...new Set(passage.entities)].filter((id) => entityIndex.has(id));
      const entityNames = entityIds.flatMap((id) => [...new Set(entityById.get(id)!.names)]);
      collected.articleOf.push(collected.articles.length - 1);
      records.push({
        article: 0,
        passage: passage.id,
        text: passage.text,
        entities: entityIds.map((id) => entityIndex.get(id)!),
        ...(passage.claims?.length ? { claims: [...passage.claims] } : {}),
      });
      // Names and claims are kept apart by a bar, so a quoted phrase cannot run from one into the next.
      fuseDocs.push({
        title: normalizeForSearch(article.title),
        entities: entityNames.map(normalizeForSearch).join(' | '),
        claims: (passage.claims ?? []).map(normalizeForSearch).join(' | '),
        text: normalizeForSearch(passage.text),
      });
      const heading = passage.kind === 'heading';
      for (const term of terms(passage.text)) post(postings, term, index, heading);
      for (const term of titleTerms) post(postings, term, index, true);
      for (const term of terms(entityNames.join(' '))) post(postings, term, index, true);
      for (const summary of passage.claims ?? []) for (const term of terms(summary)) post(postings, term, index, false);
      for (const id of entityIds) post(postings, entityTerm(id), index, true);
      post(postings, outletTerm(article.outlet.id), index, false);
    }
  }
  return collected;
}

/** The postings split into shards by term, each list encoded. */
function shardPostings(postings: Postings, postingsPerShard: number): TermShard[] {
  const sortedTerms = [...postings.keys()].sort();
  const totalPostings = sortedTerms.reduce((sum, term) => sum + postings.get(term)!.size, 0);
  const termShardCount = Math.max(1, Math.ceil(totalPostings / postingsPerShard));
  const termShards: TermShard[] = Array.from({ length: termShardCount }, () => ({ postings: {} }));
  for (const term of sortedTerms) {
    const encoded = [...postings.get(term)!].sort(([a], [b]) => a - b).map(([record, strong]) => record * 2 + (strong ? 1 : 0));
    termShards[termShard(term, termShardCount)]!.postings[term] = encodePostings(encoded);
  }
  return termShards;
}

/** Records in blocks of `blockSize`, each with its slice of Fuse's prebuilt index. */
type FuseRecords = ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']>['records'];

function recordBlocksOf({ records, articleOf, articles }: Collected, fuseRecords: FuseRecords, blockSize: number): RecordBlock[] {
  const recordBlocks: RecordBlock[] = [];
  for (let start = 0; start < records.length; start += blockSize) {
    const end = Math.min(records.length, start + blockSize);
    const first = articleOf[start]!;
    recordBlocks.push({
      articles: articles.slice(first, articleOf[end - 1]! + 1),
      records: records.slice(start, end).map((record, i) => ({ ...record, article: articleOf[start + i]! - first })),
      fuse: fuseRecords.slice(start, end).map((record) => ({ ...record, i: record.i - start })),
    });
  }
  return recordBlocks;
}

/** The indexed words in their parts, sorted; every part, so a query never names a missing file. */
function wordPartsOf(vocabulary: readonly string[]): WordPart[] {
  const parts: WordPart[] = Array.from({ length: WORD_PARTS }, () => ({ words: [] }));
  for (const word of vocabulary) parts[wordPart(word)]!.words.push(word);
  return parts;
}

/** A table of words (aliases, related words) kept to the words the index holds, and entries that keep some. */
function indexedOnly(table: ReadonlyMap<string, string[]>, indexed: ReadonlySet<string>): [string, string[]][] {
  return [...table]
    .map(([word, others]) => [word, others.filter((other) => indexed.has(other))] as [string, string[]])
    .filter(([, others]) => others.length);
}

export function buildSearchIndex(
  articles: readonly SearchArticleInput[],
  entities: readonly EntitySpellings[],
  options: BuildOptions = {},
): BuiltIndex {
  const blockSize = options.blockSize ?? 4;
  const postingsPerShard = options.postingsPerShard ?? 6000;
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const mentioned = new Set(articles.flatMap((article) => article.passages.flatMap((passage) => passage.entities)));
  const rootEntities = entities.filter((entity) => mentioned.has(entity.id));
  const entityIndex = new Map(rootEntities.map((entity, i) => [entity.id, i]));
  const outlets = [...new Map(articles.map((article) => [article.outlet.id, article.outlet])).values()].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const outletIndex = new Map(outlets.map((outlet, i) => [outlet.id, i]));
  const collected = collectRecords(articles, entityById, entityIndex, outletIndex);
  const { records, fuseDocs, postings } = collected;
  const termShards = shardPostings(postings, postingsPerShard);
  const fuseIndex = Fuse.createIndex([...FUSE_KEYS], fuseDocs).toJSON();
  const vocabulary = [...postings.keys()].sort().filter((term) => !isFilterTerm(term));
  const indexed = new Set(vocabulary);
  const root: SearchRoot = {
    version: INDEX_VERSION,
    recordCount: records.length,
    blockSize,
    termShardCount: termShards.length,
    wordParts: WORD_PARTS,
    aliases: indexedOnly(buildAliasTable(rootEntities), indexed),
    related: indexedOnly(buildRelatedTable(entities), indexed),
    outlets,
    entities: rootEntities.map((entity) => ({ id: entity.id, name: entity.names[0] ?? entity.id, type: entity.type })),
    fuseKeys: fuseIndex.keys as unknown[],
  };
  const recordBlocks = recordBlocksOf(collected, fuseIndex.records, blockSize);
  return { root, wordParts: wordPartsOf(vocabulary), termShards, recordBlocks };
}
