import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { type ClaimedArticle, type ClaimView, claimViews } from '../../../src/lib/claims/views.ts';
import { howThisCompares } from '../../../src/lib/articles/compares.ts';
import type { Story } from '../../../src/lib/stories/schema.ts';
import { claimedArticle, claim as makeClaim } from '../../helpers/claims.ts';

const claim = (id: string, quote: string, extra: Partial<Claim> = {}): Claim =>
  makeClaim(id, quote, { summary: `Summary of ${id}.`, ...extra });

const article = (slug: string, sourceName: string, published: string, text: string, claims: Claim[]): ClaimedArticle =>
  claimedArticle(slug, text, claims, { sourceName, published });

const articles = [
  article('ndtv', 'NDTV', '2025-06-02', 'At least 40 bombers. Talks on Monday. Russia wants four regions. Only NDTV says this.', [
    claim('n-40', 'At least 40 bombers'),
    claim('n-talks', 'Talks on Monday'),
    claim('n-regions', 'Russia wants four regions', { kind: 'position', party: 'russia', issue: 'territory' }),
    claim('n-alone', 'Only NDTV says this'),
  ]),
  article('stalemate', 'Unnamed news site', '2025-06-03', 'About 40 aircraft. Talks on June 2. A stalemate. A hotel.', [
    claim('s-40', 'About 40 aircraft', {
      relations: [{ type: 'differs', claim: 'n-40', reason: 'R.', detail: { aspect: 'number', here: '"about 40"', there: 'at least 40' } }],
    }),
    claim('s-talks', 'Talks on June 2', { relations: [{ type: 'same', claim: 'n-talks', reason: 'R.' }] }),
    claim('s-stalemate', 'A stalemate'),
    claim('s-hotel', 'A hotel', { relations: [{ type: 'agrees', claim: 'k-hotel', reason: 'R.' }] }),
  ]),
  article('korybko', 'Voice of East', '2025-02', 'Kyiv keeps the front line. A palace.', [
    claim('k-front', 'Kyiv keeps the front line', {
      kind: 'position',
      party: 'ukraine',
      issue: 'territory',
      relations: [{ type: 'opposes', claim: 'n-regions', reason: 'R.' }],
    }),
    claim('k-hotel', 'A palace'),
  ]),
  article('elsewhere', 'Elsewhere', '2025-06-01', 'Not in the story.', [claim('e-1', 'Not in the story')]),
];
const views = claimViews(articles, []);
const byArticle = new Map<string, ClaimView[]>(
  articles.map((item) => [item.slug, item.anchored.map(({ claim: { id } }) => views.get(id)!)]),
);
const stories: Story[] = [
  { id: 'istanbul', title: 'The Istanbul talks', summary: 'S.', articles: ['ndtv', 'stalemate', 'korybko'] },
  { id: 'lonely', title: 'Lonely', summary: 'S.', articles: ['elsewhere'] },
];
const ndtv = howThisCompares({ slug: 'ndtv', published: '2025-06-02' }, { views, byArticle, stories });

describe('howThisCompares', () => {
  it('says what the article shares with other sources, agreeing or not, each tie naming and linking the other claim', () => {
    expect(ndtv.summary).toBe(
      'Shares 3 of its 4 claims with other sources (1 agree, 1 differ or contradict, 1 oppose, answer or update). 1 only here.',
    );
    expect(ndtv.agreeing).toEqual([
      {
        number: 2,
        href: '#claim-n-talks',
        summary: 'Summary of n-talks.',
        ties: [{ word: 'same', source: 'Unnamed news site', href: '/articles/stalemate/#claim-s-talks' }],
        moreTies: 0,
      },
    ]);
    // The other source's words, without quotation marks of their own.
    expect(ndtv.differing[0]!.ties).toEqual([
      { word: 'differs', source: 'Unnamed news site', href: '/articles/stalemate/#claim-s-40', theirWords: 'about 40' },
    ]);
    expect(ndtv.otherTies[0]!.ties).toEqual([{ word: 'opposed', source: 'Voice of East', href: '/articles/korybko/#claim-k-front' }]);
  });

  it('counts and shows what only it reports', () => {
    expect(ndtv.onlyHere).toEqual({
      count: 1,
      shown: [{ number: 4, href: '#claim-n-alone', summary: 'Summary of n-alone.' }],
      rest: 0,
    });
  });

  it('lists what the other articles of its stories report that it leaves out, saying which were published later', () => {
    expect(ndtv.leftOut!.stories).toBe('The Istanbul talks');
    expect(ndtv.leftOut!.sources).toEqual([
      {
        name: 'Unnamed news site',
        later: true,
        count: '2 claims',
        // Claims another source shares come first.
        shown: [
          { href: '/articles/stalemate/#claim-s-hotel', summary: 'Summary of s-hotel.' },
          { href: '/articles/stalemate/#claim-s-stalemate', summary: 'Summary of s-stalemate.' },
        ],
        moreHref: '/claims/source/stalemate/',
      },
      {
        name: 'Voice of East',
        later: false,
        count: '1 claim',
        shown: [{ href: '/articles/korybko/#claim-k-hotel', summary: 'Summary of k-hotel.' }],
        moreHref: '/claims/source/korybko/',
      },
    ]);
    expect(ndtv.leftOut!.others).toEqual([]);
  });

  it('has nothing left out for an article alone in its stories, and keeps a long list short', () => {
    const alone = howThisCompares({ slug: 'elsewhere', published: '2025-06-01' }, { views, byArticle, stories });
    expect(alone.leftOut).toBeUndefined();
    expect(alone.summary).toBe('Shares none of its 1 claim with other sources. 1 only here.');
    const many = Array.from({ length: 9 }, (_, index) => claim(`m-${index}`, `Word${index}`));
    const big = article('big', 'Big', '2025-06-01', many.map((item) => item.quote).join(' '), many);
    const bigViews = claimViews([big], []);
    const result = howThisCompares(
      { slug: 'big', published: '2025-06-01' },
      { views: bigViews, byArticle: new Map([['big', [...bigViews.values()]]]), stories: [] },
    );
    expect(result.onlyHere.count).toBe(9);
    expect(result.onlyHere.shown).toHaveLength(3);
    expect(result.onlyHere.rest).toBe(6);
  });
});
