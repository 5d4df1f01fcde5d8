/** The site bench's reading of a build log: time by stage and by route kind. */
import { describe, expect, it } from 'vitest';
import { phasesOf } from '../../../src/cli/bench-site.ts';

describe('bench:site phases', () => {
  it('splits a build into stages and sums route times by kind, concurrent lines included', () => {
    const lines = [
      { at: 1, text: '23:30:11 [content] Syncing content' },
      { at: 4, text: '23:30:13 [build] Building static entrypoints...' },
      { at: 6, text: ' generating static routes ' },
      { at: 7, text: '23:30:16   ├─ /404.html23:30:16   ├─ /entities/a/index.html (+120ms) ' },
      { at: 8, text: '23:30:16   ├─ /articles/a/p/x/index.html (+2ms) ' },
      { at: 9, text: '23:30:17   ├─ /articles/a/index.html (+1.5s) ' },
    ];
    const phases = phasesOf(lines, 12);
    expect(phases).toMatchObject({ 'start-up': 1, 'content sync': 3, 'vite build': 2, pages: 3, 'after pages': 3 });
    expect(phases['entity pages (summed)']).toBeCloseTo(0.12);
    expect(phases['share pages (summed)']).toBeCloseTo(0.002);
    expect(phases['article pages (summed)']).toBeCloseTo(1.5);
    // The cards, written after the pages, run to the end.
    const withCards = phasesOf([...lines, { at: 10, text: '23:30:18 [crossread-passage-cards] Writing passage cards…' }], 12);
    expect(withCards).toMatchObject({ pages: 4, cards: 2 });
    expect(withCards['after pages']).toBeUndefined();
  });
});
