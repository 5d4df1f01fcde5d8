/**
 * The search engine that runs in the browser (in a worker), in Node for tests
 * and in the bench. It loads index files through a loader, on demand:
 *
 * 1. Fetch the root and the word parts of the query's words together (a word's
 *    part follows from its first two characters); expand each query word
 *    through the alias table and the words that start as it does (typos,
 *    longer words, inflections).
 * 2. Fetch the term shards of those words, all at once; intersect their
 *    postings: every word must match, in any order (the shortlist,
 *    src/lib/search/shortlist.ts). An entity or outlet filter is one more word.
 * 3. Pre-rank the shortlist by inverse document frequency and field, keep the
 *    best `rankLimit`, fetch only their record blocks, all at once.
 * 4. Rank those with Fuse (its prebuilt index records, a logical query of the
 *    expanded words, location ignored), cut snippets. A quoted phrase is
 *    checked on the candidates' text, in batches down the pre-ranking, until
 *    enough match.
 */
import Fuse, { type Expression, type FuseIndexRecords, type IFuseOptions } from 'fuse.js';
import { type Expansion, type ExpansionKind, type Vocabulary, expandWord, indexVocabulary } from './expand.ts';
import {
  type BlockArticle,
  FUSE_KEYS,
  INDEX_VERSION,
  type RecordBlock,
  type SearchRoot,
  type ShippedRecord,
  type TermShard,
  WORD_PARTS,
  type WordPart,
  decodePostings,
  entityTerm,
  indexFile,
  outletTerm,
  termShard,
  wordKey,
  wordPart,
} from './index-format.ts';
import { type ParsedQuery, parseQuery } from './normalize.ts';
import { type ShortlistWord, ShortlistScratch, shortlist } from './shortlist.ts';
import { partitionPoint } from './sorted.ts';
import { type Snippet, makeSnippet } from './snippet.ts';
import { passagePath } from '../routes.ts';

/** Fetches one index file by name (without `.json`) and returns its parsed JSON. */
export type IndexLoader = (name: string) => Promise<unknown>;

/**
 * Fuse options for ranking a shortlist. `ignoreLocation` so words deep in a long
 * passage count as much as its first words; a threshold of 0.35 keeps a one- or
 * two-letter slip and rejects unrelated words (tests/unit/search.test.ts). The
 * shortlist ranking itself uses extended search: the words were already
 * resolved against the vocabulary, so Fuse matches them exactly (`'word`) and
 * scores by field weight and length, without fuzzy work per query.
 */
export function fuseOptions<T>(): IFuseOptions<T> {
  return {
    keys: FUSE_KEYS.map((key) => ({ ...key })),
    ignoreLocation: true,
    threshold: 0.35,
    includeScore: true,
    useExtendedSearch: true,
  };
}

/**
 * Fuse's logical query for expanded words: every word (any of its terms) in any
 * field, so a passage scores for each field a word appears in, weighted by key.
 */
export function fuseQuery(expansions: readonly { terms: readonly Expansion[] }[]): Expression {
  return {
    $and: expansions.map(({ terms }) => ({
      $or: terms.flatMap(({ term }) => FUSE_KEYS.map((key) => ({ [key.name]: `'${term}` }))),
    })),
  };
}

export interface SearchFilters {
  /** Outlet id. */
  outlet?: string;
  /** Entity id. */
  entity?: string;
}

export interface SearchOptions extends SearchFilters {
  /** Most results returned. */
  limit?: number;
}

export interface SearchHit {
  slug: string;
  passageId: string;
  url: string;
  title: string;
  outlet: { id: string; name: string };
  entities: { id: string; name: string }[];
  snippet: Snippet;
  /** Summaries of the passage's claims that hold a query word, marked like the snippet. */
  claims: Snippet[];
  /** Ranking score, 0 best. */
  score: number;
  /** Query words the passage lacks, when no passage holds them all (a partial match). */
  missing?: string[];
}

export interface SearchResponse {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Passages that match every word (before the limit). */
  total: number;
  /** True when `total` is a lower bound: a phrase of common words, checked on the best-ranked candidates only. */
  totalAtLeast: boolean;
  /** Each query word with the indexed words it stood for. */
  expansions: { word: string; terms: Expansion[] }[];
  /** True when no passage holds every word and the hits hold most of them (each hit says which it lacks). */
  partial?: boolean;
}

const KIND_WEIGHT: Record<ExpansionKind, number> = { exact: 1, alias: 0.95, related: 0.8, typo: 0.7, prefix: 0.6 };

/** Most candidates a phrase query checks for the phrase, down the pre-ranking. */
const PHRASE_CANDIDATES = 256;
/**
 * A phrase query checks candidates in batches of this many, doubling, until it
 * has this many matches: fixed, so the count does not depend on how many
 * results a view shows.
 */
const PHRASE_BATCH = 32;
/** Most sets of left-out words a partial match tries at one coverage. */
const PARTIAL_SETS = 12;

interface RankedRecord {
  record: ShippedRecord;
  article: BlockArticle;
  index: number;
  score: number;
}

/** What the engine keeps of the root once it has arrived. */
interface Opened {
  root: SearchRoot;
  aliases: Map<string, string[]>;
  related: Map<string, string[]>;
  scratch: ShortlistScratch;
}

function opened(root: SearchRoot): Opened {
  if (root.version !== INDEX_VERSION) throw new Error(`Search index version ${root.version}, expected ${INDEX_VERSION}`);
  if (root.wordParts !== WORD_PARTS) throw new Error(`Search index of ${root.wordParts} word parts, expected ${WORD_PARTS}`);
  return { root, aliases: new Map(root.aliases), related: new Map(root.related), scratch: new ShortlistScratch(root.recordCount) };
}

/** A part's words by key (first two characters), each a vocabulary of its own. */
function vocabulariesByKey(part: WordPart): Map<string, Vocabulary> {
  const byKey = new Map<string, string[]>();
  for (const word of part.words) {
    const key = wordKey(word);
    const words = byKey.get(key);
    if (words) words.push(word);
    else byKey.set(key, [word]);
  }
  return new Map([...byKey].map(([key, words]) => [key, indexVocabulary(words)]));
}

const NO_WORDS = indexVocabulary([]);

export class SearchEngine {
  private readonly load: IndexLoader;
  /** The root, asked for when the engine opens, so it travels with the first query's word parts. */
  private readonly rootFile: Promise<Opened>;
  private state: Opened | undefined;
  private readonly wordParts = new Map<number, Promise<void>>();
  /** Vocabularies by key, filled as word parts arrive. */
  private readonly vocabularies = new Map<string, Vocabulary>();
  /** Expansions by word, as typing repeats the same words query after query. */
  private readonly expansionCache = new Map<string, Expansion[]>();
  private readonly termShards = new Map<number, Promise<TermShard>>();
  /** Postings decoded once per term: the engine's in-memory index. */
  private readonly decoded = new Map<string, Int32Array>();
  private readonly blocks = new Map<number, Promise<RecordBlock>>();
  /** How many candidates Fuse ranks; the rest of the shortlist follows in pre-rank order. */
  private readonly rankLimit: number;

  private constructor(load: IndexLoader, rankLimit: number) {
    this.load = load;
    this.rankLimit = rankLimit;
    this.rootFile = (load(indexFile.root) as Promise<SearchRoot>).then(opened);
    // A failure shows in the first search; not an unhandled rejection before it.
    this.rootFile.catch(() => undefined);
  }

  /** Opens the index: asks for its root and returns at once (the root's answer is awaited by the first search). */
  static async open(load: IndexLoader, options: { rankLimit?: number } = {}): Promise<SearchEngine> {
    return new SearchEngine(load, options.rankLimit ?? 20);
  }

  /** The root, once it has arrived. */
  async root(): Promise<SearchRoot> {
    return (await this.rootFile).root;
  }

  private get opened(): Opened {
    if (!this.state) throw new Error('Search index root not loaded');
    return this.state;
  }

  /** The root and the word parts of these words, asked for together. */
  private async prepare(words: readonly string[]): Promise<void> {
    const parts = [...new Set(words.map((word) => wordPart(word)))].map((n) => this.wordPart(n));
    [this.state] = await Promise.all([this.rootFile, ...parts]);
  }

  private wordPart(n: number): Promise<void> {
    let part = this.wordParts.get(n);
    if (!part) {
      part = (this.load(indexFile.words(n)) as Promise<WordPart>).then((loaded) => {
        for (const [key, vocabulary] of vocabulariesByKey(loaded)) this.vocabularies.set(key, vocabulary);
      });
      // A failed part is asked for again by the next query.
      part.catch(() => this.wordParts.delete(n));
      this.wordParts.set(n, part);
    }
    return part;
  }

  private termShard(n: number): Promise<TermShard> {
    let shard = this.termShards.get(n);
    if (!shard) this.termShards.set(n, (shard = this.load(indexFile.terms(n)) as Promise<TermShard>));
    return shard;
  }

  private block(n: number): Promise<RecordBlock> {
    let block = this.blocks.get(n);
    if (!block) this.blocks.set(n, (block = this.load(indexFile.records(n)) as Promise<RecordBlock>));
    return block;
  }

  private async postings(terms: readonly string[]): Promise<Map<string, Int32Array>> {
    const count = this.opened.root.termShardCount;
    const missing = terms.filter((term) => !this.decoded.has(term));
    const shards = await Promise.all(
      [...new Set(missing.map((term) => termShard(term, count)))].map(async (n) => [n, await this.termShard(n)] as const),
    );
    const byNumber = new Map(shards);
    for (const term of missing) this.decoded.set(term, decodePostings(byNumber.get(termShard(term, count))!.postings[term] ?? []));
    return new Map(terms.map((term) => [term, this.decoded.get(term)!]));
  }

  /** Inverse document frequency; a term's passage count is the length of its postings. */
  private idf(postings: Int32Array): number {
    return Math.log(1 + this.opened.root.recordCount / (1 + postings.length));
  }

  async search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const query = parseQuery(raw);
    const limit = options.limit ?? 20;
    const empty: SearchResponse = { query, hits: [], total: 0, totalAtLeast: false, expansions: [] };
    if (!query.words.length) return empty;
    await this.prepare(query.words);
    const expansions = query.words.map((word, i) => ({
      word,
      terms: this.expand(word, { phrase: query.phrase, last: i === query.words.length - 1 }),
    }));
    const filterTerms = [options.entity && entityTerm(options.entity), options.outlet && outletTerm(options.outlet)].filter(
      (term): term is string => !!term,
    );
    const allTerms = [...new Set(expansions.flatMap((expansion) => expansion.terms.map((term) => term.term)))];
    const postings = await this.postings([...allTerms, ...filterTerms]);

    // Every word must match through one of its terms, scored by its best term; a filter is a word that scores nothing.
    const words: ShortlistWord[] = expansions.map(({ terms }) =>
      terms.map(({ term, kind }) => ({ postings: postings.get(term)!, weight: this.idf(postings.get(term)!) * KIND_WEIGHT[kind] })),
    );
    const filters: ShortlistWord[] = filterTerms.map((term) => [{ postings: postings.get(term)!, weight: 0 }]);
    const rankLimit = Math.max(limit, this.rankLimit);
    const candidates = expansions.some((expansion) => !expansion.terms.length)
      ? { records: [], total: 0 }
      : this.shortlistOf([...words, ...filters], query.phrase ? Math.max(rankLimit, PHRASE_CANDIDATES) : rankLimit);
    const highlight = new Set(allTerms);
    if (!candidates.total && !query.phrase && expansions.length > 1) {
      const partial = await this.partialMatches(expansions, words, filters, rankLimit, postings);
      if (!partial.ranked.length) return { ...empty, expansions };
      const hits = partial.ranked.slice(0, limit).map((entry) => ({ ...this.hit(entry, highlight), missing: entry.missing }));
      return { query, total: partial.total, totalAtLeast: partial.totalAtLeast, expansions, hits, partial: true };
    }
    if (!candidates.total) return { ...empty, expansions };
    const { ranked, total, totalAtLeast } = query.phrase
      ? await this.phraseMatches(expansions, query.words, candidates, rankLimit)
      : { ranked: await this.rank(expansions, candidates.records), total: candidates.total, totalAtLeast: false };
    const hits = this.asTypedFirst(ranked, expansions, postings)
      .slice(0, limit)
      .map((entry) => this.hit(entry, highlight));
    return { query, total, totalAtLeast, expansions, hits };
  }

  /** A phrase, checked down the pre-ranking in growing batches, so a distinctive phrase loads few blocks. */
  private async phraseMatches(
    expansions: { word: string; terms: Expansion[] }[],
    words: readonly string[],
    candidates: { records: number[]; total: number },
    rankLimit: number,
  ): Promise<{ ranked: RankedRecord[]; total: number; totalAtLeast: boolean }> {
    const enough = Math.max(PHRASE_BATCH, rankLimit);
    const matching: number[] = [];
    let checked = 0;
    for (let batch = PHRASE_BATCH; checked < candidates.records.length && matching.length < enough; batch *= 2) {
      const slice = candidates.records.slice(checked, checked + batch);
      matching.push(...(await this.withPhrase(slice, words)));
      checked += slice.length;
    }
    const ranked = await this.rank(expansions, matching.slice(0, rankLimit));
    return { ranked, total: matching.length, totalAtLeast: checked < candidates.total };
  }

  private shortlistOf(words: readonly ShortlistWord[], limit: number) {
    return shortlist(words, this.opened.scratch, { limit });
  }

  /**
   * Fuse matches words as substrings ("war" in "warsaw"): passages that hold every word as typed, or as another
   * name of its entity, go first, in Fuse's order; those that need a related word, a typo or a longer word follow.
   */
  private asTypedFirst<Ranked extends RankedRecord>(
    ranked: Ranked[],
    expansions: readonly { terms: readonly Expansion[] }[],
    postings: ReadonlyMap<string, Int32Array>,
  ): Ranked[] {
    const asTyped = (record: number) =>
      expansions.every(({ terms }) =>
        terms.some(({ term, kind }) => (kind === 'exact' || kind === 'alias') && holds(postings.get(term)!, record)),
      );
    const tiers = new Map(ranked.map(({ index }) => [index, asTyped(index) ? 0 : 1]));
    return [...ranked].sort((a, b) => tiers.get(a.index)! - tiers.get(b.index)!);
  }

  /**
   * When no passage holds every word: the passages that hold the most of them, best coverage first, each with the
   * words it lacks. Tries leaving out one word, then two…, down to half the words, the rarest words kept longest;
   * within one coverage, the sets of kept words in that order, each ranked as a full query would be. The blocks of
   * every set's candidates are fetched together.
   */
  private async partialMatches(
    expansions: readonly { word: string; terms: Expansion[] }[],
    words: readonly ShortlistWord[],
    filters: readonly ShortlistWord[],
    rankLimit: number,
    postings: ReadonlyMap<string, Int32Array>,
  ): Promise<{ ranked: (RankedRecord & { missing: string[] })[]; total: number; totalAtLeast: boolean }> {
    const rarity = words.map((word) => Math.max(0, ...word.map((term) => term.weight)));
    const unknown = expansions.flatMap((expansion, i) => (expansion.terms.length ? [] : [i]));
    for (let drop = Math.max(1, unknown.length); drop <= Math.floor(expansions.length / 2); drop++) {
      const every = combinations(expansions.length, drop);
      const leaveOuts = every
        .filter((left) => unknown.every((i) => left.includes(i)))
        .sort((a, b) => sum(a.map((i) => rarity[i]!)) - sum(b.map((i) => rarity[i]!)))
        .slice(0, PARTIAL_SETS);
      const { sets, total, exact } = this.partialSets(leaveOuts, words, filters, rankLimit);
      if (!total) continue;
      await this.entries(sets.flatMap((set) => set.records));
      const ranked = await Promise.all(
        sets.map(async ({ left, records }) => {
          const kept = expansions.filter((_, i) => !left.includes(i));
          const missing = left.map((i) => expansions[i]!.word);
          return this.asTypedFirst(await this.rank(kept, records), kept, postings).map((entry) => ({ ...entry, missing }));
        }),
      );
      // The count is exact only if every set of kept words was tried and gave all its passages.
      return { ranked: ranked.flat(), total, totalAtLeast: !(exact && leaveOuts.length === every.length) };
    }
    return { ranked: [], total: 0, totalAtLeast: false };
  }

  /** Each set of left-out words with the candidates it adds, until there are enough. */
  private partialSets(
    leaveOuts: readonly number[][],
    words: readonly ShortlistWord[],
    filters: readonly ShortlistWord[],
    rankLimit: number,
  ): { sets: { left: number[]; records: number[] }[]; total: number; exact: boolean } {
    const sets: { left: number[]; records: number[] }[] = [];
    const seen = new Set<number>();
    let exact = true;
    for (const left of leaveOuts) {
      const candidates = this.shortlistOf([...words.filter((_, i) => !left.includes(i)), ...filters], rankLimit);
      exact &&= candidates.total === candidates.records.length;
      const records = candidates.records.filter((record) => !seen.has(record));
      for (const record of records) seen.add(record);
      sets.push({ left, records });
      if (seen.size >= rankLimit && left !== leaveOuts.at(-1)) {
        exact = false;
        break;
      }
    }
    return { sets, total: seen.size, exact };
  }

  /**
   * A word's expansions. The last word of a query also matches the words it
   * begins, ranked below its own spelling: the reader may be typing it, so counts
   * do not jump as "meet" becomes "meeting", and the same query always means the
   * same thing, typed, reloaded or shared ("Siberia dro").
   */
  private expand(word: string, { phrase, last }: { phrase: boolean; last: boolean }): Expansion[] {
    const key = `${phrase ? 'phrase' : last ? 'last' : 'word'}:${word}`;
    let terms = this.expansionCache.get(key);
    if (!terms) {
      const { aliases, related } = this.opened;
      // The root's tables hold indexed words only.
      const vocabulary = this.vocabularies.get(wordKey(word)) ?? NO_WORDS;
      terms = expandWord(word, vocabulary, aliases, { prefix: last && !phrase, related, indexed: () => true });
      if (phrase) terms = terms.filter((expansion) => expansion.kind === 'exact');
      if (this.expansionCache.size > 500) this.expansionCache.clear();
      this.expansionCache.set(key, terms);
    }
    return terms;
  }

  /** The candidates' records, articles and Fuse index records, fetching their blocks. */
  private async entries(
    candidates: readonly number[],
  ): Promise<{ index: number; record: ShippedRecord; article: BlockArticle; fuse: FuseIndexRecords[number] }[]> {
    const { blockSize } = this.opened.root;
    const blockNumbers = [...new Set(candidates.map((record) => Math.floor(record / blockSize)))];
    const blocks = new Map(await Promise.all(blockNumbers.map(async (n) => [n, await this.block(n)] as const)));
    return candidates.map((index) => {
      const block = blocks.get(Math.floor(index / blockSize))!;
      const record = block.records[index % blockSize]!;
      return { index, record, article: block.articles[record.article]!, fuse: block.fuse[index % blockSize] as FuseIndexRecords[number] };
    });
  }

  /** The candidates with the words together and in order in one field: text, title, entity names or claims (normalised, as Fuse indexed them). */
  private async withPhrase(candidates: readonly number[], words: readonly string[]): Promise<number[]> {
    const phrase = ` ${words.join(' ')} `;
    return (await this.entries(candidates))
      .filter(({ fuse }) => FUSE_KEYS.some((_, key) => ` ${fuseValue(fuse, key)} `.includes(phrase)))
      .map(({ index }) => index);
  }

  /** Fuse ranking of pre-ranked candidates; any Fuse leaves out follow in pre-rank order. */
  private async rank(expansions: { word: string; terms: Expansion[] }[], candidates: readonly number[]): Promise<RankedRecord[]> {
    const entries = await this.entries(candidates);
    const index = Fuse.parseIndex<ShippedRecord>({
      keys: this.opened.root.fuseKeys as never,
      records: entries.map(({ fuse }, i) => ({ ...fuse, i })) as never,
    });
    const fuse = new Fuse(
      entries.map(({ record }) => record),
      fuseOptions<ShippedRecord>(),
      index,
    );
    const ranked = fuse.search(fuseQuery(expansions));
    const seen = new Set(ranked.map((result) => result.refIndex));
    const rest = entries.map((_, i) => i).filter((i) => !seen.has(i));
    const entry = (i: number, score: number) => ({
      record: entries[i]!.record,
      article: entries[i]!.article,
      index: entries[i]!.index,
      score,
    });
    return [...ranked.map((result) => entry(result.refIndex, result.score ?? 1)), ...rest.map((i) => entry(i, 1))];
  }

  private hit({ record, article, score }: RankedRecord, highlight: ReadonlySet<string>): SearchHit {
    const { outlets, entities } = this.opened.root;
    return {
      slug: article.slug,
      passageId: record.passage,
      // The matched words (spellings the query expanded to included), for the article to highlight.
      url: passagePath(article.slug, record.passage, [...highlight].join(' ')),
      title: article.title,
      outlet: outlets[article.outlet]!,
      entities: record.entities.map((i) => ({ id: entities[i]!.id, name: entities[i]!.name })),
      snippet: makeSnippet(record.text, highlight),
      claims: (record.claims ?? []).map((summary) => makeSnippet(summary, highlight)).filter((claim) => claim.marks.length),
      score,
    };
  }
}

function fuseValue(record: FuseIndexRecords[number], keyIndex: number): string {
  const value = (record as { $?: Record<string, { v?: string } | undefined> }).$?.[String(keyIndex)];
  return value?.v ?? '';
}

/** Whether sorted postings (record·2 + strong) hold a record. */
function holds(postings: Int32Array, record: number): boolean {
  const at = partitionPoint(postings.length, (i) => postings[i]! >> 1 < record);
  return at < postings.length && postings[at]! >> 1 === record;
}

/** Every way of choosing `size` of the indices 0…n−1, in lexicographic order. */
function combinations(n: number, size: number): number[][] {
  if (size === 0) return [[]];
  if (size > n) return [];
  const result: number[][] = [];
  const walk = (start: number, chosen: number[]) => {
    if (chosen.length === size) return void result.push(chosen);
    for (let i = start; i <= n - (size - chosen.length); i++) walk(i + 1, [...chosen, i]);
  };
  walk(0, []);
  return result;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
