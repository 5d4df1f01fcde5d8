import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { type ClaimedArticle, claimsPage, claimViews, MATRIX_MAX_SOURCES } from '../../../src/lib/claims/views.ts';
import { COMPARE_ROWS_PER_PAGE, type CompareRow, compareRows, publishedBefore, restrictRow } from '../../../src/lib/compare/rows.ts';
import {
  compareIndexPage,
  compareRowView,
  compareTopicPage,
  compareTopicPageCount,
  MORE_VOICES_LISTED,
  storyPage,
  VOICES_SHOWN,
} from '../../../src/lib/compare/views.ts';
import type { Entity } from '../../../src/lib/entities/schema.ts';
import type { Story } from '../../../src/lib/stories/schema.ts';
import { claimedArticle, claim as makeClaim } from '../../helpers/claims.ts';

const entity = (id: string, name: string): Entity => ({ id, name, type: 'organisation', description: 'D.', aliases: [name], demonyms: [] });
const entities = [entity('reuters', 'Reuters'), entity('ukraine', 'Ukraine'), entity('russia', 'Russia'), entity('kremlin', 'Kremlin')];
const names = new Map(entities.map((item) => [item.id, item.name]));
const nameOf = (id: string) => names.get(id) ?? id;

const claim = (id: string, quote: string, extra: Partial<Claim> = {}): Claim =>
  makeClaim(id, quote, { summary: `Summary of ${id}.`, topic: 'territory', kind: 'event', ...extra });

const article = (slug: string, published: string, text: string, claims: Claim[]): ClaimedArticle =>
  claimedArticle(slug, text, claims, { published, title: `Title ${slug}` });

/** Newest first, as the site orders its columns. */
const articles = [
  article('c', '2025-08-10', 'Talks were held on June 2. Ukraine refuses to cede land. Kyiv keeps its army.', [
    claim('c-talks', 'Talks were held on June 2', {
      when: { date: '2025-06-02', precision: 'day', basis: 'stated' },
      relations: [{ type: 'same', claim: 'b-talks', reason: 'Same date and place.' }],
    }),
    claim('c-refuse', 'Ukraine refuses to cede land', {
      kind: 'position',
      party: 'ukraine',
      issue: 'territory',
      assertedBy: 'ukraine',
      relations: [{ type: 'opposes', claim: 'b-demand', reason: 'Refusal of the demand.' }],
    }),
    claim('c-army', 'Kyiv keeps its army', { topic: 'ukraine-state' }),
  ]),
  article('b', '2025-06-03', 'The talks took place on Monday. Russia demands four regions.', [
    claim('b-talks', 'The talks took place on Monday', {
      when: { date: '2025-06-02', precision: 'day', basis: 'on Monday, in a report of 3 June' },
      via: [{ entity: 'reuters', as: 'report' }],
      assertedBy: 'ukraine',
    }),
    claim('b-demand', 'Russia demands four regions', {
      kind: 'position',
      party: 'russia',
      issue: 'territory',
      assertedBy: 'kremlin',
      relations: [
        {
          type: 'updates',
          claim: 'a-freeze',
          reason: 'In January a frozen line was expected; in June all four regions are asked for.',
          detail: { aspect: 'scope', here: 'all four regions', there: 'a frozen front line' },
        },
      ],
    }),
  ]),
  article('a', '2025-01', 'Russia would accept a frozen front line.', [
    claim('a-freeze', 'Russia would accept a frozen front line', { kind: 'forecast', assertedBy: 'russia' }),
  ]),
];
const views = claimViews(articles, entities);
const inOrder = articles.flatMap((item) => item.anchored.map(({ claim: { id } }) => views.get(id)!));
const rows = compareRows(inOrder, views, nameOf);
const rowOf = (id: string) => rows.find((row) => row.entries.some((entry) => entry.view.claim.id === id))!;
const stories: Story[] = [{ id: 'june', title: 'June', summary: 'The June talks.', articles: ['b', 'c'] }];

describe('compareRows', () => {
  it('joins reports of one fact (same, updates) into one row and keeps opposed positions in rows of their own, paired', () => {
    expect(rows.map((row) => row.entries.map((entry) => entry.view.claim.id))).toEqual([
      ['c-talks', 'b-talks'],
      ['c-refuse'],
      ['c-army'],
      ['b-demand', 'a-freeze'],
    ]);
    expect(rowOf('c-refuse').pairs).toMatchObject([
      { type: 'opposes', label: 'Opposed by', rowId: 'row-b-demand', reason: 'Refusal of the demand.' },
    ]);
    expect(rowOf('b-demand').pairs.map((pair) => [pair.label, pair.other.claim.id])).toEqual([['Opposed by', 'c-refuse']]);
  });

  it('says how each claim stands to the lead, with the reason, each side’s words and the time between an update and its report', () => {
    const [lead, earlier] = rowOf('b-demand').entries;
    expect(lead).toMatchObject({ status: 'reports', chain: ['B', 'Kremlin'] });
    expect(earlier).toMatchObject({
      status: 'updates',
      later: false,
      gap: 'about 5 months earlier',
      ownWords: 'a frozen front line',
      theirWords: 'all four regions',
      reason: 'In January a frozen line was expected; in June all four regions are asked for.',
    });
  });

  it('shows attribution chains from the article to whoever asserts it, and the event’s date', () => {
    const talks = rowOf('b-talks').entries.find((entry) => entry.view.claim.id === 'b-talks')!;
    expect(talks.chain).toEqual(['B', 'Reuters (report)', 'Ukraine']);
    expect(talks.when).toBe('2 June 2025');
    expect(compareRowView(rowOf('b-talks'), (id) => `#${id}`).voices[1]!.chain).toBe('B ← Reuters (report) ← Ukraine');
  });

  it('dates a row by its events, forecasts left out, so an article published before it is not "silent"', () => {
    expect(rowOf('c-talks').eventDate).toBe('2025-06-02');
    expect(rowOf('b-demand').eventDate).toBeUndefined();
    expect(publishedBefore('2025-01', rowOf('c-talks'))).toBe(true);
    expect(publishedBefore('2025-06', rowOf('c-talks'))).toBe(false);
    expect(publishedBefore('2025-06-03', rowOf('c-talks'))).toBe(false);
  });

  it('restricts a row to some articles, leading it with one of theirs and dropping the pairs outside them', () => {
    const restricted = restrictRow(rowOf('b-demand'), new Set(['a']), views, nameOf)!;
    expect(restricted.lead.claim.id).toBe('a-freeze');
    expect(restricted.entries.map((entry) => [entry.view.claim.id, entry.status])).toEqual([['a-freeze', 'reports']]);
    expect(restricted.pairs).toEqual([]);
    expect(restrictRow(rowOf('c-army'), new Set(['a']), views, nameOf)).toBeUndefined();
    // A row wholly inside the articles still drops a pair whose other position is outside them.
    const whole = restrictRow(rowOf('c-refuse'), new Set(['c', 'a']), views, nameOf)!;
    expect(whole.entries.map((entry) => entry.view.claim.id)).toEqual(['c-refuse']);
    expect(whole.pairs).toEqual([]);
    expect(restrictRow(rowOf('c-refuse'), new Set(['c', 'b']), views, nameOf)!.pairs).toHaveLength(1);
  });
});

describe('claimsPage', () => {
  const library = { articles, rows, views, nameOf };
  const cells = (page: ReturnType<typeof claimsPage>, rowId: string) =>
    page.topics
      .flatMap((topic) => topic.rows)
      .find((row) => row.id === rowId)!
      .cells.map((cell) => cell.claims.map((c) => c.label).join('+') || cell.empty);

  it('sends the reader to the stories’ tables when a matrix would need more than a dozen columns', () => {
    const many = Array.from({ length: MATRIX_MAX_SOURCES + 1 }, (_, index) => ({
      ...articles[index % articles.length]!,
      slug: `s${index}`,
    }));
    const page = claimsPage({ ...library, articles: many }, stories, {}, '/claims/', new URL('https://example.org'));
    expect(page.topics).toEqual([]);
    expect(page.jsonLd).toBeUndefined();
    expect(page.tooWide).toEqual({ sources: MATRIX_MAX_SOURCES + 1, stories: [{ label: 'June', href: '/claims/story/june/' }] });
    expect(claimsPage(library, stories, {}, '/claims/', new URL('https://example.org')).tooWide).toBeUndefined();
    // Nor does every claims page of an archive list its every article as a filter: a story's page lists the story's.
    expect(page.filters.sources).toEqual([]);
    const june = { ...stories[0]!, articles: ['s1', 's2'] };
    const storyFilters = claimsPage(
      { ...library, articles: many },
      [june],
      { story: 'june' },
      '/claims/story/june/',
      new URL('https://example.org'),
    );
    expect(storyFilters.filters.sources.map((link) => link.href)).toEqual(['/claims/source/s1/', '/claims/source/s2/']);
    // An archive's /claims/ has no matrix for the script to filter: every link stays its own static page,
    // and a topic, with no table on the page to jump to, links to its comparison.
    const links = Object.values(page.filters).flat();
    expect(links.filter((link) => link.name !== undefined || link.value !== undefined)).toEqual([]);
    expect(page.filters.topics.map((link) => link.href)).toEqual(
      page.filters.topics.map((link) => expect.stringMatching(/^\/compare\/[a-z-]+\/$/)),
    );
    expect(page.filters.topics.length).toBeGreaterThan(0);
  });

  it('says "Before this" for a source published before the event, and "Silent" otherwise', () => {
    const page = claimsPage(library, stories, {}, '/claims/', new URL('https://example.org'));
    expect(cells(page, 'row-c-talks')).toEqual(['Reports', 'Same', 'Before this']);
    expect(cells(page, 'row-c-army')).toEqual(['Reports', 'Silent', 'Silent']);
    expect(cells(page, 'row-b-demand')).toEqual(['Silent', 'Reports', 'Updates']);
    const update = page.topics.flatMap((topic) => topic.rows).find((row) => row.id === 'row-b-demand')!.cells[2]!.claims[0]!;
    expect(update.detail).toBe('about 5 months earlier than B');
    expect(page.legend.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(['Before this', 'Silent', 'Updates', 'Opposed by', 'Contradicts']),
    );
  });

  it('gives the rows what the filter script needs, and a story page the story’s columns only', () => {
    const page = claimsPage(library, stories, {}, '/claims/', new URL('https://example.org'));
    const row = page.topics.flatMap((topic) => topic.rows).find((item) => item.id === 'row-b-demand')!;
    expect(row.data).toEqual({ kinds: 'position forecast', sources: 'b a', stories: 'june', topic: 'territory' });
    expect(row.pairs).toEqual([{ label: 'Opposed by', href: '/claims/#row-c-refuse', text: 'Ukraine (C)' }]);
    const story = claimsPage(library, stories, { story: 'june' }, '/claims/story/june/', new URL('https://example.org'));
    expect(story.columns.map((column) => column.name)).toEqual(['C', 'B']);
    expect(story.heading).toBe('Claims in the story “June”');
    expect(story.filters.stories[0]).toMatchObject({ ariaCurrent: 'page', name: 'story', value: 'june' });
    expect(story.jsonLd).toBeUndefined();
  });
});

describe('comparison pages', () => {
  const library = { articles, rows, views, nameOf };

  it('lists topics and stories with their rows and shared rows', () => {
    const page = compareIndexPage(library, stories);
    expect(page.topics).toEqual([
      { label: 'Territory', href: '/compare/territory/', rows: 3, shared: 2 },
      { label: "Ukraine's army, state and politics", href: '/compare/ukraine-state/', rows: 1, shared: 0 },
    ]);
    expect(page.stories).toEqual([{ title: 'June', href: '/stories/june/', summary: 'The June talks.', articles: 2, rows: 4, shared: 1 }]);
  });

  it('shows a topic’s rows with only the sources that speak to each, single-source rows marked, pairs linked to their rows', () => {
    const page = compareTopicPage(library, 'territory');
    expect(page.rows.map((row) => [row.id, row.sources])).toEqual([
      ['row-c-talks', '2 sources'],
      ['row-b-demand', '2 sources'],
      ['row-c-refuse', 'Only in C'],
    ]);
    const talks = page.rows[0]!;
    expect(talks.voices.map((voice) => [voice.sourceName, voice.relation, voice.quote, voice.passageHref])).toEqual([
      ['C', 'Reports', 'Talks were held on June 2', '/articles/c/#c-p'],
      ['B', 'Same as C', 'The talks took place on Monday', '/articles/b/#b-p'],
    ]);
    expect(page.rows[1]!.voices[1]).toMatchObject({ relation: 'Earlier report than B', gap: 'about 5 months earlier' });
    expect(page.rows[2]!.pairs[0]).toMatchObject({ label: 'Opposed by', href: '/compare/territory/#row-b-demand', text: 'Russia, in B' });
  });

  it('folds the sources past the first few, so a row with hundreds stays short', () => {
    const many = { ...rowOf('c-talks'), entries: Array.from({ length: 20 }, () => rowOf('c-talks').entries[1]!) };
    const view = compareRowView(many, (id) => `#${id}`);
    expect(view.voices).toHaveLength(VOICES_SHOWN);
    expect(view.more).toHaveLength(20 - VOICES_SHOWN);
    expect(view.moreLabel).toBe(`${20 - VOICES_SHOWN} more sources`);
    expect(view.unlisted).toBeUndefined();
    // Past the fold's list, the row counts the rest rather than quoting hundreds.
    const all = compareRowView({ ...many, entries: Array.from({ length: 300 }, () => many.entries[0]!) }, (id) => `#${id}`);
    expect(all.more).toHaveLength(MORE_VOICES_LISTED);
    expect(all.moreLabel).toBe(`${300 - VOICES_SHOWN} more sources`);
    expect(all.unlisted).toBe(300 - VOICES_SHOWN - MORE_VOICES_LISTED);
  });

  it('splits a topic into pages of rows, and links a paired row on the page it is on', () => {
    const rows = Array.from({ length: 45 }, (_, index) => ({ ...rowOf('c-talks'), id: `row-${index}`, pairs: [] as CompareRow['pairs'] }));
    rows[0] = { ...rows[0]!, pairs: [{ ...rowOf('c-refuse').pairs[0]!, rowId: 'row-44' }] };
    const topic = rows[0]!.topic;
    expect(compareTopicPageCount(rows, topic)).toBe(3);
    const first = compareTopicPage({ rows }, topic);
    expect(first.rows).toHaveLength(COMPARE_ROWS_PER_PAGE);
    expect(first.pagination?.label).toBe('Page 1 of 3');
    expect(first.rows[0]!.pairs[0]!.href).toBe(`/compare/${topic}/3/#row-44`);
    const third = compareTopicPage({ rows }, topic, 3);
    expect(third.rows.map((row) => row.id)).toEqual(['row-40', 'row-41', 'row-42', 'row-43', 'row-44']);
    expect(third.heading).toMatch(/, page 3$/);
  });

  it('shows a story’s articles oldest first and its comparison by topic, restricted to them', () => {
    const page = storyPage(library, stories[0]!);
    expect(page.articles.map((item) => [item.sourceName, item.published])).toEqual([
      ['B', '3 June 2025'],
      ['C', '10 August 2025'],
    ]);
    const demand = page.topics.flatMap((topic) => topic.rows).find((row) => row.id === 'row-b-demand')!;
    expect(demand.voices.map((voice) => voice.sourceName)).toEqual(['B']);
    expect(demand.pairs[0]!.href).toBe('/stories/june/#row-c-refuse');
  });
});
