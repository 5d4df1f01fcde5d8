/**
 * The search bench: synthetic corpora made from the committed articles, our
 * design (shortlist + Fuse on the shortlist, sharded index) against plain Fuse
 * over every passage, measured in Node here and in Chromium by the CLI.
 */
import { gzipSync } from 'node:zlib';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { type SearchArticleInput, buildSearchIndex, indexFiles } from './build-index.ts';
import { SearchEngine } from './engine.ts';
import type { EntitySpellings } from './expand.ts';
import { FUSE_KEYS } from './index-format.ts';
import { normalizeForSearch } from './normalize.ts';

/** The fixed query mix: single words, several words, misspelled names, an alias and a phrase. */
export const QUERY_MIX = [
  'Istanbul',
  'ceasefire',
  'sanctions',
  'Kremlin',
  'peacekeepers',
  'Siberia drones trucks',
  'prisoners exchange',
  'frozen assets sanctions relief',
  'Trump Putin Alaska',
  'Istambul',
  'Zelenski',
  'Medinski',
  'Hegset',
  'Witkoff',
  'Kiev',
  '"negotiator in chief"',
];

/**
 * Plain Fuse, the baseline: every passage, fuzzy token search (any order, each
 * word fuzzy), location ignored, the same keys, weights and threshold as ours.
 */
export function plainFuseOptions<T>(): IFuseOptions<T> {
  return { keys: FUSE_KEYS.map((key) => ({ ...key })), ignoreLocation: true, threshold: 0.35, includeScore: true, useTokenSearch: true };
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpora. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'ro',
  'vi',
  'len',
  'dor',
  'mi',
  'sta',
  'ne',
  'gru',
  'tal',
  'bo',
  'zek',
  'ar',
  'ul',
  'fen',
  'cho',
  'ri',
  'vas',
  'po',
  'li',
];

function syntheticWord(next: () => number): string {
  const length = 2 + Math.floor(next() * 3);
  let word = '';
  for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return word;
}

/**
 * `articleCount` articles of reshuffled, varied passages from `base`: each takes
 * the base's average passage count from the pool of all passages, changes
 * numbers and swaps about one word in twenty for a corpus word or a new word, so
 * the vocabulary grows with the corpus (about 40·n^0.75 new words, after Heaps'
 * law). Five articles is the base itself.
 */
export function syntheticCorpus(base: readonly SearchArticleInput[], articleCount: number, seed = 1): SearchArticleInput[] {
  if (articleCount <= base.length) return base.slice(0, articleCount);
  const next = random(seed);
  const pool = base.flatMap((article) => article.passages.map((passage) => ({ passage, article })));
  const perArticle = Math.round(pool.length / base.length);
  const newWords = Array.from({ length: Math.round(40 * articleCount ** 0.75) }, () => syntheticWord(next));
  const corpusWords = [...new Set(pool.flatMap(({ passage }) => passage.text.split(/\s+/)))].filter((word) => /^[a-z]{4,}$/.test(word));
  const outlets = [...new Map(base.map((article) => [article.outlet.id, article.outlet])).values()];
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: articleCount }, (_, i) => {
    const model = base[i % base.length]!;
    const outlet = i < outlets.length * 4 ? outlets[i % outlets.length]! : { id: `outlet-${i % 40}`, name: `Outlet ${i % 40}` };
    return {
      slug: `synthetic-${i}`,
      title: `${model.title} ${pick(newWords)}`,
      outlet,
      passages: Array.from({ length: perArticle }, (_, j) => {
        const { passage } = pick(pool);
        const text = passage.text
          .replace(/\d+/g, (digits) => String(Math.floor(next() * 10 ** digits.length)))
          .split(' ')
          .map((word) => (next() < 0.05 && /^[a-z]+$/.test(word) ? (next() < 0.5 ? pick(corpusWords) : pick(newWords)) : word))
          .join(' ');
        return { ...passage, id: `p${j}-${passage.id}`, text };
      }),
    };
  });
}

export interface Stats {
  median: number;
  p95: number;
  max: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

export interface BuiltCorpus {
  articles: number;
  passages: number;
  /** Our index: file name → JSON text. */
  files: Map<string, string>;
  /** Plain Fuse: every passage and its prebuilt index in one file (left out when too large to serialise). */
  plainFile?: string;
  plainDocs: PlainDoc[];
}

export function buildBenchCorpus(
  articles: SearchArticleInput[],
  entities: readonly EntitySpellings[],
  { plainFile = true } = {},
): BuiltCorpus {
  const files = indexFiles(buildSearchIndex(articles, entities));
  const docs = plainDocs(articles, entities);
  const file = plainFile ? JSON.stringify({ docs, index: Fuse.createIndex(plainFuseOptions<PlainDoc>().keys!, docs).toJSON() }) : undefined;
  return { articles: articles.length, passages: docs.length, files, plainDocs: docs, ...(file ? { plainFile: file } : {}) };
}

type PlainDoc = ReturnType<typeof plainDocs>[number];

/** The records plain Fuse needs: the same fields as ours, normalised the same way. */
function plainDocs(articles: readonly SearchArticleInput[], entities: readonly EntitySpellings[]) {
  const names = new Map(entities.map((entity) => [entity.id, entity.names.join(' ')]));
  return articles.flatMap((article) =>
    article.passages.map((passage) => ({
      slug: article.slug,
      passage: passage.id,
      title: normalizeForSearch(article.title),
      entities: normalizeForSearch(passage.entities.map((id) => names.get(id) ?? '').join(' ')),
      claims: normalizeForSearch((passage.claims ?? []).join(' ')),
      text: normalizeForSearch(passage.text),
    })),
  );
}

export interface Measurement {
  /** Bytes fetched for a first query (median and largest over the mix), raw and gzipped. */
  firstQueryBytes: { raw: Stats; gzip: Stats };
  /** Sequential round trips of a first query, opening the index included (median and largest over the mix). */
  firstQueryTrips?: Stats;
  /** Requests a first query makes (median and largest over the mix). */
  firstQueryRequests?: Stats;
  /** Time to fetch and parse what opening the index needs, ms. */
  loadMs: number;
  /** Warm query latency over the mix, ms. */
  query: Stats;
  /** Longest single search while typing each query letter by letter, ms (main thread). */
  typingMaxMs?: number;
  queries: number;
}

const gzipSize = (text: string) => gzipSync(text).length;

/** What one first query fetched: bytes, requests, and round trips (the longest chain of requests each issued after an answer). */
export interface Trace {
  raw: number;
  gzip: number;
  requests: number;
  trips: number;
}

/**
 * A loader over the built files that records what it serves. A request's round trip is one more than the latest
 * answer received before it was issued: requests issued together (Promise.all) share a round trip, and a request
 * issued after an answer starts the next. Answers arrive on a later task, as over a network.
 */
export function tracingLoader(files: ReadonlyMap<string, string>, gzipCache = new Map<string, number>()) {
  const trace: Trace = { raw: 0, gzip: 0, requests: 0, trips: 0 };
  let answered = 0;
  const load = async (name: string) => {
    const trip = answered + 1;
    trace.trips = Math.max(trace.trips, trip);
    trace.requests++;
    const text = files.get(name);
    if (text === undefined) throw new Error(`no index file ${name}`);
    if (!gzipCache.has(name)) gzipCache.set(name, gzipSize(text));
    trace.raw += text.length;
    trace.gzip += gzipCache.get(name)!;
    await new Promise((resolve) => setTimeout(resolve, 0));
    answered = Math.max(answered, trip);
    return JSON.parse(text);
  };
  return { load, trace };
}

/** Each mix query on a fresh engine: what a first query fetches. */
export async function measureFirstQueries(files: ReadonlyMap<string, string>): Promise<Trace[]> {
  const gzipCache = new Map<string, number>();
  const traces: Trace[] = [];
  for (const query of QUERY_MIX) {
    const { load, trace } = tracingLoader(files, gzipCache);
    await (await SearchEngine.open(load)).search(query);
    traces.push(trace);
  }
  return traces;
}

/** Timed passes over the query mix: 160 queries, so one pause in a run moves the p95 less. */
export const TIMED_ROUNDS = 10;

/** Our design in Node: each mix query on a fresh engine (bytes, round trips), then warm latency over `rounds` passes. */
export async function measureOurs(corpus: BuiltCorpus, rounds = TIMED_ROUNDS): Promise<Measurement> {
  const traces = await measureFirstQueries(corpus.files);
  const loadStart = performance.now();
  const engine = await SearchEngine.open(async (name) => JSON.parse(corpus.files.get(name)!));
  const loadMs = performance.now() - loadStart;
  // Three warm-up passes load the shards the mix needs and let the JIT settle.
  for (let pass = 0; pass < 3; pass++) for (const query of QUERY_MIX) await engine.search(query);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERY_MIX) {
      const start = performance.now();
      await engine.search(query);
      times.push(performance.now() - start);
    }
  }
  let typingMaxMs = 0;
  for (const query of QUERY_MIX) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      await engine.search(query.slice(0, length), { limit: 8 });
      typingMaxMs = Math.max(typingMaxMs, performance.now() - start);
    }
  }
  return {
    firstQueryBytes: { raw: stats(traces.map((t) => t.raw)), gzip: stats(traces.map((t) => t.gzip)) },
    firstQueryTrips: stats(traces.map((t) => t.trips)),
    firstQueryRequests: stats(traces.map((t) => t.requests)),
    loadMs,
    query: stats(times),
    typingMaxMs,
    queries: times.length,
  };
}

/**
 * Plain Fuse over every passage in Node: one file, parsed, indexed, then
 * `maxQueries` of the mix (capped at large sizes). Without a file (too large),
 * the index is built in memory and its bytes are not reported.
 */
export function measurePlain(corpus: BuiltCorpus, maxQueries: number): Measurement {
  const raw = corpus.plainFile ? corpus.plainFile.length : Number.NaN;
  const gzip = corpus.plainFile ? gzipSize(corpus.plainFile) : Number.NaN;
  const loadStart = performance.now();
  const fuse = corpus.plainFile
    ? (() => {
        const { docs, index } = JSON.parse(corpus.plainFile);
        return new Fuse<PlainDoc>(docs, plainFuseOptions(), Fuse.parseIndex(index));
      })()
    : new Fuse(corpus.plainDocs, plainFuseOptions<PlainDoc>());
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  if (maxQueries === QUERY_MIX.length) fuse.search(QUERY_MIX[0]!, { limit: 20 });
  for (const query of QUERY_MIX.slice(0, maxQueries)) {
    const start = performance.now();
    fuse.search(query.replace(/"/g, ''), { limit: 20 });
    times.push(performance.now() - start);
  }
  const same = (value: number) => ({ median: value, p95: value, max: value });
  return { firstQueryBytes: { raw: same(raw), gzip: same(gzip) }, loadMs, query: stats(times), queries: times.length };
}

export { FUSE_KEYS };
