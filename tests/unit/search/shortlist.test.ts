import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ShortlistWord, ShortlistScratch, shortlist } from '../../../src/lib/search/shortlist.ts';

/** Postings as the index stores them: record·2 + strong, ascending. */
const postings = (...records: [number, boolean?][]) => records.map(([record, strong]) => record * 2 + (strong ? 1 : 0));

/** The definition, written plainly with Maps and a full sort. */
function naiveShortlist(words: readonly ShortlistWord[], limit: number, accept?: (record: number) => boolean) {
  let scores: Map<number, number> | undefined;
  for (const word of words) {
    const best = new Map<number, number>();
    for (const { postings: list, weight } of word) {
      for (const encoded of Array.from(list)) {
        const record = encoded >> 1;
        if (scores && !scores.has(record)) continue;
        const value = encoded & 1 ? weight * 1.5 : weight;
        best.set(record, Math.max(best.get(record) ?? -Infinity, value));
      }
    }
    scores = new Map([...best].map(([record, value]) => [record, value + (scores?.get(record) ?? 0)]));
  }
  const all = [...(scores ?? [])].filter(([record]) => !accept || accept(record));
  all.sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b);
  return { records: all.slice(0, limit).map(([record]) => record), total: all.length };
}

describe('shortlist', () => {
  it('keeps records holding every word, through any of its terms, scored by each word’s best term', () => {
    const scratch = new ShortlistScratch(10);
    const words: ShortlistWord[] = [
      [{ postings: postings([1], [4], [7]), weight: 2 }],
      [
        { postings: postings([4], [7, true]), weight: 1 },
        { postings: postings([1], [4]), weight: 0.5 },
      ],
    ];
    // 7: 2 + 1·1.5; 4: 2 + 1; 1: 2 + 0.5.
    expect(shortlist(words, scratch, { limit: 10 })).toEqual({ records: [7, 4, 1], total: 3 });
    expect(shortlist(words, scratch, { limit: 2 })).toEqual({ records: [7, 4], total: 3 });
    expect(shortlist(words, scratch, { limit: 10, accept: (record) => record !== 4 })).toEqual({ records: [7, 1], total: 2 });
  });

  it('returns nothing when one word matches nothing, and breaks ties by record order', () => {
    const scratch = new ShortlistScratch(10);
    expect(shortlist([[{ postings: postings([2]), weight: 1 }], [{ postings: [], weight: 1 }]], scratch, { limit: 5 })).toEqual({
      records: [],
      total: 0,
    });
    expect(shortlist([[{ postings: postings([5], [2], [9]).sort((a, b) => a - b), weight: 1 }]], scratch, { limit: 5 }).records).toEqual([
      2, 5, 9,
    ]);
  });

  const corpus = fc.integer({ min: 1, max: 60 }).chain((recordCount) =>
    fc.record({
      recordCount: fc.constant(recordCount),
      words: fc.array(
        fc.array(
          fc.record({
            postings: fc
              .uniqueArray(fc.integer({ min: 0, max: recordCount * 2 - 1 }), { selector: (value) => value >> 1, maxLength: recordCount })
              .map((list) => list.sort((a, b) => a - b)),
            weight: fc.constantFrom(0, 0.5, 1, 2.25),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      limit: fc.integer({ min: 0, max: 12 }),
      odd: fc.boolean(),
    }),
  );

  it('agrees with the plain definition on any postings, reusing its scratch space across queries', () => {
    const scratches = new Map<number, ShortlistScratch>();
    fc.assert(
      fc.property(corpus, ({ recordCount, words, limit, odd }) => {
        let scratch = scratches.get(recordCount);
        if (!scratch) scratches.set(recordCount, (scratch = new ShortlistScratch(recordCount)));
        const accept = odd ? (record: number) => record % 2 === 1 : undefined;
        expect(shortlist(words, scratch, { limit, ...(accept ? { accept } : {}) })).toEqual(naiveShortlist(words, limit, accept));
      }),
      { numRuns: 1500 },
    );
  });
});
