/** A smoke test of the bench code (npm run bench:search) on a tiny corpus; the bench itself is too slow for npm test. */
import { describe, expect, it } from 'vitest';
import {
  QUERY_MIX,
  buildBenchCorpus,
  measureOurs,
  measurePlain,
  random,
  stats,
  syntheticCorpus,
  tracingLoader,
} from '../../../src/lib/search/bench.ts';
import { loadSearchCorpus } from '../../../src/lib/search/load-corpus.ts';

describe('search bench', () => {
  it('makes the same synthetic corpus from the same seed, of the size asked', async () => {
    const base = await loadSearchCorpus();
    expect(syntheticCorpus(base.articles, 5)).toEqual(base.articles);
    const first = syntheticCorpus(base.articles, 12);
    expect(first).toEqual(syntheticCorpus(base.articles, 12));
    expect(first).toHaveLength(12);
    expect(new Set(first.map((article) => article.slug)).size).toBe(12);
    // Passages are reshuffled and varied, not copied.
    const baseTexts = new Set(base.articles.flatMap((article) => article.passages.map((passage) => passage.text)));
    const varied = first.flatMap((article) => article.passages).filter((passage) => !baseTexts.has(passage.text));
    expect(varied.length).toBeGreaterThan(0);
  });

  it('measures both designs on a tiny corpus', async () => {
    const base = await loadSearchCorpus();
    const corpus = buildBenchCorpus(syntheticCorpus(base.articles, 8), base.entities);
    expect(corpus.articles).toBe(8);
    const ours = await measureOurs(corpus, 1);
    expect(ours.queries).toBe(QUERY_MIX.length);
    expect(ours.firstQueryBytes.gzip.median).toBeGreaterThan(0);
    expect(ours.firstQueryBytes.gzip.median).toBeLessThan(ours.firstQueryBytes.raw.median);
    expect(ours.query.p95).toBeGreaterThanOrEqual(ours.query.median);
    expect(ours.firstQueryTrips!.max).toBeGreaterThanOrEqual(2);
    const plain = measurePlain(corpus, 2);
    expect(plain.queries).toBe(2);
    expect(plain.firstQueryBytes.raw.median).toBe(corpus.plainFile!.length);
  }, 60_000);

  it('counts requests issued together as one round trip, and a request after an answer as the next', async () => {
    const files = new Map([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    const { load, trace } = tracingLoader(files);
    await Promise.all([load('a'), load('b')]);
    await load('c');
    expect(trace).toMatchObject({ requests: 3, trips: 2, raw: 3 });
    await Promise.all([load('a'), load('b').then(() => load('c'))]);
    expect(trace.trips).toBe(4);
  });

  it('computes medians and 95th percentiles', () => {
    expect(stats([5, 1, 3, 2, 4])).toEqual({ median: 3, p95: 5, max: 5 });
    const next = random(7);
    expect([next(), next()]).toEqual(
      (() => {
        const again = random(7);
        return [again(), again()];
      })(),
    );
  });
});
