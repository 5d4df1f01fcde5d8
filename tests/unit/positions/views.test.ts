import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { type ClaimedArticle, claimViews } from '../../../src/lib/claims/views.ts';
import type { Entity } from '../../../src/lib/entities/schema.ts';
import { attributionChain, POSITIONS_PER_CELL, positionsPage } from '../../../src/lib/positions/views.ts';
import { claimedArticle, claim as makeClaim } from '../../helpers/claims.ts';

const entity = (id: string, name: string, type: Entity['type'] = 'organisation'): Entity => ({
  id,
  name,
  type,
  description: 'D.',
  aliases: [name],
  demonyms: [],
});
const entities = [
  entity('ndtv', 'NDTV'),
  entity('reuters', 'Reuters'),
  entity('kremlin', 'The Kremlin'),
  entity('ukrainian-negotiators', 'Ukrainian negotiators'),
  entity('donald-trump', 'Donald Trump', 'person'),
];

const position = (id: string, quote: string, extra: Partial<Claim>): Claim =>
  makeClaim(id, quote, { kind: 'position', topic: 'territory', summary: `Summary of ${id}.`, ...extra });

const article = (slug: string, sourceName: string, published: string, text: string, claims: Claim[]): ClaimedArticle =>
  claimedArticle(slug, text, claims, { sourceName, published });

const articles = [
  article('ndtv', 'NDTV', '2025-06-02', 'Russia wants all four regions. No recognition of annexed land. Trump will walk away.', [
    position('n-regions', 'Russia wants all four regions', { assertedBy: 'kremlin', party: 'russia', issue: 'territory' }),
    position('n-recognition', 'No recognition of annexed land', {
      assertedBy: 'ukrainian-negotiators',
      via: [{ entity: 'reuters', as: 'report' }],
      party: 'ukraine',
      issue: 'recognition',
      relations: [{ type: 'opposes', claim: 'k-recognise', reason: 'R.' }],
    }),
    position('n-walk', 'Trump will walk away', { assertedBy: 'donald-trump', party: 'united-states', issue: 'talks' }),
  ]),
  article('korybko', 'Voice of East', '2025-02', 'Moscow wants its regions recognised. Kyiv keeps the front line.', [
    position('k-recognise', 'Moscow wants its regions recognised', {
      assertedBy: 'kremlin',
      party: 'russia',
      issue: 'recognition',
      when: { date: '2025-01-20', precision: 'day', basis: 'In January.' },
    }),
    position('k-front', 'Kyiv keeps the front line', {
      party: 'ukraine',
      issue: 'territory',
      relations: [{ type: 'responds-to', claim: 'n-regions', reason: 'R.' }],
    }),
  ]),
];
const views = claimViews(articles, entities);
const page = positionsPage(views, entities);
const issue = (id: string) => page.issues.find((item) => item.issue === id)!;
const cell = (id: string, side: string) => issue(id).cells.find((item) => item.side === side)!;

describe('positionsPage', () => {
  it('lists every issue in the controlled order and the parties with any position in side order', () => {
    expect(page.issues.map((item) => item.issue).slice(0, 3)).toEqual(['territory', 'recognition', 'nato']);
    expect(page.columns.map((column) => column.label)).toEqual(['Russia', 'Ukraine', 'United States']);
    expect(page.silentSides).toBe('No source here reports a position of Europe, Turkey or China.');
    expect(page.count).toBe('5 positions of 3 parties on 3 issues; 2 opposed pairs.');
    expect(issue('recognition')).toMatchObject({ id: 'issue-recognition', label: 'Recognition', count: '2 positions' });
  });

  it('says so where nobody reports a party’s position', () => {
    expect(cell('nato', 'russia')).toMatchObject({ entries: [], empty: 'No source here reports Russia’s position on this.' });
    expect(issue('nato').count).toBe('No positions reported');
  });

  it('gives each position its words, passage, date and attribution chain', () => {
    expect(cell('recognition', 'ukraine').entries).toEqual([
      expect.objectContaining({
        anchor: 'position-n-recognition',
        summary: 'Summary of n-recognition.',
        quote: 'No recognition of annexed land',
        passageHref: '/articles/ndtv/#ndtv-p',
        date: { iso: '2025-06-02', text: 'published 2 June 2025' },
        chain: 'NDTV ← Reuters (report) ← Ukrainian negotiators',
      }),
    ]);
    expect(cell('recognition', 'russia').entries[0]!.date).toEqual({ iso: '2025-01-20', text: '20 January 2025' });
    expect(cell('territory', 'ukraine').entries[0]!.chain).toBe('Voice of East ← Voice of East author');
  });

  it('pairs opposed and answering positions with one marker, each linking to the other', () => {
    const ukraine = cell('recognition', 'ukraine').entries[0]!;
    const russia = cell('recognition', 'russia').entries[0]!;
    expect(russia.markers).toEqual(['B']);
    expect(ukraine.markers).toEqual(['B']);
    expect(russia.opposed).toEqual([
      { marker: 'B', label: 'Opposed by', party: 'Ukraine', summary: 'Summary of n-recognition.', href: '#position-n-recognition' },
    ]);
    expect(ukraine.opposed[0]).toMatchObject({ marker: 'B', label: 'Opposed by', party: 'Russia', href: '#position-k-recognise' });
    // Territory comes first on the page, so its pair is A; the answer and the answered are told apart.
    expect(cell('territory', 'ukraine').entries[0]!.opposed[0]).toMatchObject({ marker: 'A', label: 'Responds to', party: 'Russia' });
    expect(cell('territory', 'russia').entries[0]!.opposed[0]).toMatchObject({ marker: 'A', label: 'Answered by', party: 'Ukraine' });
  });

  it('orders a cell by date', () => {
    const extra = article('late', 'Late', '2025-08-01', 'Russia still wants the regions.', [
      position('l-regions', 'Russia still wants the regions', { party: 'russia', issue: 'territory' }),
    ]);
    const more = positionsPage(claimViews([extra, ...articles], entities), entities);
    const ids = more.issues[0]!.cells[0]!.entries.map((entry) => entry.claimId);
    expect(ids).toEqual(['n-regions', 'l-regions']);
  });

  it('shows the latest positions of a crowded cell, counts the earlier, and links a hidden opposed one to its article', () => {
    const later = Array.from({ length: POSITIONS_PER_CELL + 3 }, (_, index) =>
      article(`r${index}`, `Outlet ${index}`, `2025-07-${String(index + 10)}`, 'Russia still wants the regions.', [
        position(`r-${index}`, 'Russia still wants the regions', { party: 'russia', issue: 'territory' }),
      ]),
    );
    const crowded = positionsPage(claimViews([...later, ...articles], entities), entities);
    const russia = crowded.issues.find((item) => item.issue === 'territory')!.cells.find((item) => item.side === 'russia')!;
    expect(russia.entries.map((entry) => entry.claimId)).toEqual(
      Array.from({ length: POSITIONS_PER_CELL }, (_, index) => `r-${index + 3}`),
    );
    expect(russia.earlier).toBe('And 4 earlier positions, in the stories’ comparisons.');
    expect(crowded.count).toMatch(/^14 positions/);
    // n-regions is no longer on the page: Ukraine's answer links to it in its article, unmarked.
    const ukraine = crowded.issues.find((item) => item.issue === 'territory')!.cells.find((item) => item.side === 'ukraine')!;
    expect(ukraine.entries[0]!.opposed[0]).toEqual(
      expect.objectContaining({ label: 'Responds to', href: '/articles/ndtv/#claim-n-regions' }),
    );
    expect(ukraine.entries[0]!.opposed[0]!.marker).toBeUndefined();
  });
});

describe('attributionChain', () => {
  it('runs from the source to the origin, a name next to itself once', () => {
    const view = { ...views.get('n-walk')!, asserter: { name: 'NDTV', href: '/entities/ndtv/', type: 'Organization' as const } };
    expect(attributionChain(view, new Map())).toBe('NDTV');
    expect(attributionChain(views.get('n-walk')!, new Map())).toBe('NDTV ← Donald Trump');
  });
});
