import { describe, expect, it } from 'vitest';
import { anchorQuote, describeAnchorFailure } from '../../../src/lib/quotes/anchor.ts';

const passages = [
  { id: 'a', text: 'So far, the two leaders have met in Helsinki (France) in 2018.' },
  { id: 'b', text: 'Kyiv’s “Spider’s web” operation destroyed at least 40 Russian bombers.' },
  { id: 'c', text: 'Trump met Putin. Trump met Putin again.' },
  { id: 'd', text: 'Trump met Putin in Alaska.' },
];

describe('anchorQuote', () => {
  it('finds an exact quote', () => {
    expect(anchorQuote('Helsinki (France)', passages)).toMatchObject({ status: 'found', passage: { id: 'a' } });
  });
  it('matches across quote style, case and spacing', () => {
    expect(anchorQuote('kyiv\'s "spider\'s  web"', passages)).toMatchObject({ status: 'found', passage: { id: 'b' } });
  });
  it('reports a missing quote with the closest passage', () => {
    const anchor = anchorQuote('at least 50 Russian bombers', passages);
    expect(anchor).toMatchObject({ status: 'missing', closest: { id: 'b' } });
    expect(describeAnchorFailure(anchor, 'at least 50 Russian bombers')).toMatch(/not in the article; closest passage #b/);
  });
  it('reports an ambiguous quote with every passage holding it', () => {
    const anchor = anchorQuote('Trump met Putin', passages);
    expect(anchor).toMatchObject({ status: 'ambiguous' });
    expect(describeAnchorFailure(anchor, 'Trump met Putin')).toMatch(/occurs in 2 passages \(#c, #d\)/);
  });
  it('rejects an empty quote', () => {
    expect(anchorQuote('  ', passages).status).toBe('empty');
  });
});
