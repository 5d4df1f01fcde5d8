import { describe, expect, it } from 'vitest';
import { claimJsonLd } from '../../../src/lib/claims/json-ld.ts';
import { type ClaimedArticle, claimViews, filterRows } from '../../../src/lib/claims/views.ts';
import { compareRows, rowsByTopic } from '../../../src/lib/compare/rows.ts';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { claimedArticle, claim as makeClaim } from '../../helpers/claims.ts';
import type { Entity } from '../../../src/lib/entities/schema.ts';

const entities: Entity[] = [
  { id: 'ndtv', name: 'NDTV', type: 'organisation', description: 'D.', aliases: ['NDTV'], demonyms: [] },
  { id: 'ukraine', name: 'Ukraine', type: 'place', description: 'D.', aliases: ['Ukraine'], demonyms: [] },
  { id: 'donald-trump', name: 'Donald Trump', type: 'person', description: 'D.', aliases: ['Trump'], demonyms: [] },
];
const claim = (id: string, quote: string, extra: Partial<Claim> = {}): Claim =>
  makeClaim(id, quote, { summary: `Summary of ${id}.`, ...extra });

const article = (slug: string, sourceName: string, text: string, claims: Claim[]): ClaimedArticle =>
  claimedArticle(slug, text, claims, { sourceName });

const articles = [
  article('ndtv', 'NDTV', 'It destroyed at least 40 Russian bombers. Talks were on Monday. Trump will walk away.', [
    claim('n-40', 'at least 40 Russian bombers', { assertedBy: 'ndtv' }),
    claim('n-talks', 'Talks were on Monday', { kind: 'event', topic: 'negotiations' }),
    claim('n-walk', 'Trump will walk away', { kind: 'position', assertedBy: 'donald-trump', topic: 'us-role' }),
  ]),
  article('stalemate', 'Unnamed news site', 'Ukraine claimed approximately 40 bomber aircraft. Talks took place on June 2.', [
    claim('s-40', 'approximately 40 bomber aircraft', {
      assertedBy: 'ukraine',
      relations: [
        {
          type: 'differs',
          claim: 'n-40',
          reason: 'R.',
          detail: { aspect: 'number', here: 'approximately 40 bomber aircraft', there: 'at least 40 Russian bombers' },
        },
      ],
    }),
    claim('s-talks', 'Talks took place on June 2', {
      kind: 'event',
      topic: 'negotiations',
      relations: [{ type: 'same', claim: 'n-talks', reason: 'R.' }],
    }),
  ]),
  article('khram', 'Toutiao', 'The second round was held on June 2.', [
    claim('k-talks', 'The second round was held on June 2', {
      kind: 'event',
      topic: 'negotiations',
      relations: [{ type: 'same', claim: 's-talks', reason: 'R.' }],
    }),
  ]),
];
const views = claimViews(articles, entities);

describe('claimViews', () => {
  it('shows each relation on both sides, with the other side’s words for a difference', () => {
    expect(views.get('n-40')!.chips).toEqual([
      {
        type: 'differs',
        label: 'differs: approximately 40 bomber aircraft',
        sourceName: 'Unnamed news site',
        href: '/articles/stalemate/#claim-s-40',
      },
    ]);
    expect(views.get('s-40')!.chips.map((chip) => chip.label)).toEqual(['differs: at least 40 Russian bombers']);
    expect(views.get('n-talks')!.chips.map((chip) => chip.label)).toEqual(['also reported by Unnamed news site']);
    expect(views.get('s-talks')!.chips.map((chip) => chip.label)).toEqual(['also reported by NDTV', 'also reported by Toutiao']);
  });

  it('resolves who asserts each claim: an entity page, or the article’s author', () => {
    expect(views.get('n-walk')!.asserter).toEqual({ name: 'Donald Trump', href: '/entities/donald-trump/', type: 'Person' });
    expect(views.get('n-talks')!.asserter).toEqual({ name: 'NDTV author', href: '/sources/#ndtv', type: 'Organization' });
    expect(views.get('n-40')!).toMatchObject({ number: 1, passageHref: '/articles/ndtv/#ndtv-p', href: '/articles/ndtv/#claim-n-40' });
  });
});

describe('comparison rows on /claims/', () => {
  const rows = compareRows([...views.values()], views, (id) => id);

  it('makes one row per group of related claims, each source reporting, agreeing, differing or silent', () => {
    const statuses = (id: string) => {
      const row = rows.find((candidate) => candidate.lead.claim.id === id)!;
      return articles.map(
        (article) =>
          row.entries
            .filter((entry) => entry.view.article.slug === article.slug)
            .map((entry) => entry.status)
            .join('+') || 'silent',
      );
    };
    expect(rows.map((row) => row.lead.claim.id)).toEqual(['n-40', 's-talks', 'n-walk']);
    expect(statuses('n-40')).toEqual(['reports', 'differs', 'silent']);
    expect(rows[0]!.entries[1]!.ownWords).toBe('approximately 40 bomber aircraft');
    expect(statuses('s-talks')).toEqual(['same', 'reports', 'same']);
  });

  it('marks claims found in only one source', () => {
    expect(rows.find((row) => row.lead.claim.id === 'n-walk')!.sources).toEqual(['ndtv']);
    expect(rows.find((row) => row.lead.claim.id === 's-talks')!.sources).toHaveLength(3);
  });

  it('groups rows by topic in the controlled order and filters by kind and source', () => {
    expect(rowsByTopic(rows).map((group) => group.topic)).toEqual(['negotiations', 'military-operations', 'us-role']);
    expect(filterRows(rows, { kind: 'position' }).map((row) => row.lead.claim.id)).toEqual(['n-walk']);
    expect(filterRows(rows, { source: 'khram' }).map((row) => row.lead.claim.id)).toEqual(['s-talks']);
  });
});

describe('claimJsonLd', () => {
  it('describes a schema.org Claim with its passage and author, and no rating', () => {
    const data = claimJsonLd(views.get('n-walk')!, 'https://example.org');
    expect(data).toEqual({
      '@type': 'Claim',
      '@id': 'https://example.org/articles/ndtv/#claim-n-walk',
      name: 'Summary of n-walk.',
      text: 'Trump will walk away',
      appearance: 'https://example.org/articles/ndtv/#ndtv-p',
      author: { '@type': 'Person', name: 'Donald Trump', url: 'https://example.org/entities/donald-trump/' },
    });
    expect(JSON.stringify(data)).not.toMatch(/ClaimReview|reviewRating/);
  });
});
