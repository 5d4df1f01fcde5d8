import { describe, expect, it } from 'vitest';
import { type ClaimedArticle, claimViews } from '../../../src/lib/claims/views.ts';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { type TimelineArticle, type TimelineEvent, type TimelineMarker, timeline, timelinePage } from '../../../src/lib/timeline/views.ts';
import { claim, claimedArticle } from '../../helpers/claims.ts';

const day = (date: string) => ({ date, precision: 'day' as const, basis: 'stated' });
const month = (date: string) => ({ date, precision: 'month' as const, basis: 'stated' });
const year = (date: string) => ({ date, precision: 'year' as const, basis: 'stated' });

const claimed = (slug: string, published: string, text: string, claims: Claim[]): ClaimedArticle =>
  claimedArticle(slug, text, claims, { published });

const claimedArticles = [
  claimed('feb', '2025-02-12', 'They spoke today. They will meet in Riyadh soon. The treaty expires next year.', [
    claim('f-call', 'They spoke today', { kind: 'event', when: day('2025-02-12') }),
    claim('f-riyadh', 'They will meet in Riyadh soon', { kind: 'forecast', when: year('2025') }),
    claim('f-treaty', 'The treaty expires next year', { kind: 'event', when: year('2026') }),
  ]),
  claimed(
    'june',
    '2025-06',
    'Talks were held on 2 June. Bombers were hit the day before. Envoys have met this year. Talks will resume this month.',
    [
      claim('j-talks', 'Talks were held on 2 June', { kind: 'event', when: day('2025-06-02') }),
      claim('j-bombers', 'Bombers were hit the day before', {
        kind: 'event',
        when: month('2025-06'),
        relations: [
          { type: 'differs', claim: 'a-bombers', reason: 'Both count the bombers.', detail: { aspect: 'number', here: '40', there: '41' } },
        ],
      }),
      claim('j-envoys', 'Envoys have met this year', { kind: 'event', when: year('2025') }),
      claim('j-resume', 'Talks will resume this month', { kind: 'forecast', when: month('2025-06') }),
    ],
  ),
  claimed('august', '2025-08-01', 'They met in Alaska. Bombers were hit on 1 June.', [
    claim('a-alaska', 'They met in Alaska', {
      kind: 'event',
      when: month('2025-08'),
      relations: [{ type: 'updates', claim: 'f-riyadh', reason: 'The meeting came, in Alaska.' }],
    }),
    claim('a-bombers', 'Bombers were hit on 1 June', { kind: 'event', when: day('2025-06-01') }),
  ]),
];

const views = claimViews(claimedArticles, []);
const dated = (slug: string, date: string, precision: 'day' | 'month'): TimelineArticle => ({
  slug,
  title: `Title of ${slug}`,
  sourceName: slug.toUpperCase(),
  url: `/articles/${slug}/`,
  published: { date, precision },
  parts: [],
});
const articles = [dated('feb', '2025-02-12', 'day'), dated('june', '2025-06', 'month'), { ...dated('august', '2025-08-01', 'day') }];
articles[0]!.parts = [{ title: 'January piece', published: { date: '2025-01-17', precision: 'day' } }];
const page = timelinePage(timeline(views, articles));
const ids = page.entries.map((entry) => entry.id);
const event = (id: string) => page.entries.find((entry) => entry.id === id) as TimelineEvent;

describe('timelinePage', () => {
  it('puts events and the texts being written in date order, the texts after the events of their day', () => {
    expect(ids).toEqual([
      'written-feb-2',
      'event-f-call',
      'written-feb',
      'event-f-riyadh',
      'event-a-bombers',
      'event-j-talks',
      'event-j-envoys',
      'written-june',
      'event-j-resume',
      'event-a-alaska',
      'written-august',
      'event-f-treaty',
    ]);
  });

  it('places a text dated to the month after the latest event it reports, and says so', () => {
    const june = page.entries.find((entry) => entry.id === 'written-june') as TimelineMarker;
    expect(june.date).toEqual({ iso: '2025-06', label: 'June 2025', precision: 'month' });
    expect(june.placement).toMatch(/month only/);
  });

  it("makes claims tied as reports of one happening one entry, led by the most precise date, with each side's words", () => {
    const bombers = event('event-a-bombers');
    expect(bombers.sources.map((source) => [source.sourceName, source.href, source.date?.label])).toEqual([
      ['JUNE', '/articles/june/#june-p', 'June 2025'],
      ['AUGUST', '/articles/august/#august-p', undefined],
    ]);
    expect(bombers.sources[0]!.quote).toBe('Bombers were hit the day before');
    expect(bombers.differences).toEqual([
      { label: 'Differs in number: JUNE and AUGUST', reason: 'Both count the bombers.', words: ['JUNE: 40', 'AUGUST: 41'] },
    ]);
    expect(ids).not.toContain('event-j-bombers');
  });

  it('shows an expectation against what followed, and the later report against the expectation, with the time between', () => {
    const riyadh = event('event-f-riyadh');
    expect(riyadh.expectation).toBe(true);
    expect(riyadh.followUps).toEqual([
      expect.objectContaining({ label: 'What followed', href: '#event-a-alaska', sourceName: 'AUGUST', gap: 'about 6 months later' }),
    ]);
    expect(event('event-a-alaska').followUps).toEqual([
      expect.objectContaining({ label: 'Earlier expectation', href: '#event-f-riyadh', gap: 'about 6 months earlier' }),
    ]);
  });

  it("draws every event in the texts' years on the overview and counts the rest at its ends", () => {
    expect(page.overview.dots).toHaveLength(7);
    expect(page.overview.dots.filter((dot) => dot.hollow)).toHaveLength(2);
    expect(page.overview.markers).toHaveLength(4);
    expect(page.overview.later).toBe(1);
    expect(page.overview.earlier).toBe(0);
    expect(page.overview.ticks[0]).toMatchObject({ label: 'Jan', year: '2025' });
    expect(page.count).toBe('8 events reported by 3 texts; 4 pieces written.');
  });
});

describe('timelinePage on an archive', () => {
  // 130 days, an event on each, the first expecting what the last reports: three pages.
  const events: TimelineEvent[] = Array.from({ length: 130 }, (_, index) => ({
    type: 'event',
    id: `event-e${index}`,
    date: { iso: `2025-01-01`, label: `Day ${index + 1}`, precision: 'day' },
    summary: `Event ${index}`,
    kindLabel: 'Event or fact',
    expectation: false,
    sources: [],
    differences: [],
    followUps:
      index === 0 || index === 1
        ? [
            {
              label: 'What followed',
              gap: 'later',
              sourceName: 'X',
              summary: 'It came',
              href: index === 0 ? '#event-e129' : '#event-e2',
              reason: 'r',
            },
          ]
        : [],
  }));
  const all = {
    count: '130 events',
    placed: events.map((entry, index) => ({ entry, placement: { at: Date.UTC(2025, 0, 1 + index), rank: 0 as const } })),
  };

  it('splits into pages of entries, each with its own range and overview, and links across pages to the right one', () => {
    const first = timelinePage(all);
    expect(first.entries).toHaveLength(60);
    expect(first.overview.dots).toHaveLength(60);
    expect(first.range).toBe('Page 1 of 3: Day 1 to Day 60');
    expect(first.pagination?.next).toBe('/timeline/2/');
    expect((first.entries[0] as TimelineEvent).followUps[0]!.href).toBe('/timeline/3/#event-e129');
    expect((first.entries[1] as TimelineEvent).followUps[0]!.href).toBe('#event-e2');
    const last = timelinePage(all, 3);
    expect(last.entries.map((entry) => entry.id)).toEqual(Array.from({ length: 10 }, (_, index) => `event-e${120 + index}`));
    expect(last.pagination?.previous).toBe('/timeline/2/');
    expect(timelinePage({ ...all, placed: all.placed.slice(0, 60) }).pagination).toBeUndefined();
  });
});
