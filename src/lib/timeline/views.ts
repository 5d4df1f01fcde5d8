/**
 * Shapes /timeline/: every dated event the texts report, in date order, with the
 * sources that report it, how they differ, what followed an expectation, and when
 * each text was written, as markers between the events; plus the overview drawn
 * from the same entries. Pure: takes the shaped claims and the articles' dates.
 */
import { formatEventDate, timeGap } from '../claims/when.ts';
import { CLAIM_KIND_LABEL, type DatePrecision } from '../claims/schema.ts';
import { type ClaimView, relationDate } from '../claims/views.ts';
import { comparePlacements, type EventGroup, eventGroups, type Placement, placeGroup, PRECISION_RANK, writtenAt } from './events.ts';
import { type Overview, overview } from './overview.ts';
import { plural } from '../text.ts';
import { eventAnchor, timelinePath } from '../routes.ts';
import { capped, type PaginationView, pageOf, pagination } from '../site.ts';

/** What the timeline needs of an article: its date, and the dates of later pieces in the same file. */
export interface TimelineArticle {
  slug: string;
  title: string;
  sourceName: string;
  url: string;
  published: { date: string; precision: 'day' | 'month' };
  parts: { title: string; published: { date: string; precision: 'day' | 'month' } }[];
}

export interface TimelineDate {
  /** For `<time datetime>`: `2025-06-02`, `2025-06` or `2025`. */
  iso: string;
  /** "2 June 2025", "June 2025", "2025". */
  label: string;
  precision: DatePrecision;
}

export interface TimelineSource {
  sourceName: string;
  /** The passage holding the claim's words. */
  href: string;
  /** The claim in its article's sidebar. */
  claimHref: string;
  quote: string;
  summary: string;
  /** This source's own date, where it differs from the entry's (or the source gives none: undefined). */
  date?: TimelineDate;
}

export interface TimelineDifference {
  /** "Differs in number", "Same", "Agrees". */
  label: string;
  reason: string;
  /** Each side's words, for differs and contradicts: "NDTV: at least 40 Russian bombers". */
  words: string[];
}

export interface TimelineFollowUp {
  /** "What followed", "Later report", "Earlier expectation", "Earlier report". */
  label: string;
  /** "about 6 months later". */
  gap: string;
  sourceName: string;
  summary: string;
  /** The other entry on this page, or the other claim's passage. */
  href: string;
  reason: string;
  words?: string;
}

export interface TimelineEvent {
  type: 'event';
  /** `event-<lead claim id>`: the entry's anchor. */
  id: string;
  date: TimelineDate;
  summary: string;
  /** "Event or fact", "Forecast"… of the lead claim. */
  kindLabel: string;
  expectation: boolean;
  sources: TimelineSource[];
  /** "And 212 more sources report it.", when more report it than are listed. */
  unlistedSources?: string;
  differences: TimelineDifference[];
  /** "And 40 more ties between them.", likewise. */
  unlistedDifferences?: string;
  followUps: TimelineFollowUp[];
}

export interface TimelineMarker {
  type: 'marker';
  /** `written-<slug>`, `written-<slug>-<n>` for the n-th piece of an article. */
  id: string;
  date: TimelineDate;
  sourceName: string;
  title: string;
  href: string;
  /** How the marker was placed, for a text dated only to the month. */
  placement?: string;
}

export type TimelineEntry = TimelineEvent | TimelineMarker;

/** The whole timeline, in date order: built once, shown a page at a time. */
export interface Timeline {
  /** "38 events reported by 5 texts; 6 pieces written." */
  count: string;
  /** Each entry with where it sits in time (for the overview). */
  placed: { entry: TimelineEntry; placement: Placement }[];
}

export interface TimelinePage {
  /** "38 events reported by 5 texts; 6 pieces written." */
  count: string;
  /** This page's entries. */
  entries: TimelineEntry[];
  /** The overview of this page's entries. */
  overview: Overview;
  /** "Page 2 of 40: 3 June 2025 to 9 June 2025", past a single page. */
  range?: string;
  pagination?: PaginationView;
}

/** Entries on one page of the timeline: an archive's thousands of events stay pages a reader can load. */
export const TIMELINE_ENTRIES_PER_PAGE = 60;

/**
 * Sources (and ties between them) listed under one event: a fact a whole archive reports would otherwise
 * put hundreds of quotes under one date. Each story's comparison lists its own sources in full.
 */
export const EVENT_SOURCES_LISTED = 24;

function timelineDate(date: string, precision: DatePrecision): TimelineDate {
  return { iso: date, label: formatEventDate({ date }), precision };
}

function sources(group: EventGroup): TimelineSource[] {
  const lead = group.lead.claim.when!;
  return group.members.map((view) => {
    const when = view.claim.when;
    return {
      sourceName: view.article.sourceName,
      href: view.passageHref,
      claimHref: view.href,
      quote: view.claim.quote,
      summary: view.claim.summary,
      ...(when && when.date !== lead.date ? { date: timelineDate(when.date, when.precision) } : {}),
    };
  });
}

const DIFFERENCE_LABEL = { same: 'Same', agrees: 'Agrees', differs: 'Differs', contradicts: 'Contradicts' } as const;

/** The ties between the group's own claims, each once (from the side that declared it). */
function differences(group: EventGroup, views: ReadonlyMap<string, ClaimView>): TimelineDifference[] {
  const ids = new Set(group.members.map((view) => view.claim.id));
  return group.members.flatMap((view) =>
    view.claim.relations
      .filter((relation) => ids.has(relation.claim) && relation.type in DIFFERENCE_LABEL)
      .map((relation) => {
        const other = views.get(relation.claim)!;
        const type = relation.type as keyof typeof DIFFERENCE_LABEL;
        const detail = relation.detail;
        return {
          label: `${DIFFERENCE_LABEL[type]}${detail ? ` in ${detail.aspect}` : ''}: ${view.article.sourceName} and ${other.article.sourceName}`,
          reason: relation.reason,
          words: detail ? [`${view.article.sourceName}: ${detail.here}`, `${other.article.sourceName}: ${detail.there}`] : [],
        };
      }),
  );
}

function followUpLabel(view: ClaimView, other: ClaimView, declared: boolean): string {
  if (declared) return other.claim.kind === 'forecast' ? 'Earlier expectation' : 'Earlier report';
  return view.claim.kind === 'forecast' ? 'What followed' : 'Later report';
}

/** Where a claim's entry is on the page and the day it sits at (`2025-06-02`). */
interface PlacedClaim {
  entry: string;
  day: string;
}

/** `updates` ties from the group's claims to other matters: what followed an expectation, or what it followed. */
function followUps(group: EventGroup, views: ReadonlyMap<string, ClaimView>, placed: ReadonlyMap<string, PlacedClaim>): TimelineFollowUp[] {
  // The days the two entries sit at: a year or a month resolved against the text that reports it.
  const day = (view: ClaimView) => placed.get(view.claim.id)?.day ?? relationDate(view);
  return group.members.flatMap((view) =>
    view.relations
      .filter((side) => side.type === 'updates')
      .map((side) => {
        const other = views.get(side.other)!;
        const entry = placed.get(side.other)?.entry;
        return {
          label: followUpLabel(view, other, side.declared),
          gap: timeGap(day(view), day(other)),
          sourceName: other.article.sourceName,
          summary: other.claim.summary,
          href: entry ? `#${entry}` : other.passageHref,
          reason: side.reason,
          ...(side.theirWords ? { words: side.theirWords } : {}),
        };
      }),
  );
}

function markers(articles: readonly TimelineArticle[], views: ReadonlyMap<string, ClaimView>) {
  return articles.flatMap((article) => {
    const pieces = [
      { id: `written-${article.slug}`, title: article.title, published: article.published },
      ...article.parts.map((part, index) => ({ id: `written-${article.slug}-${index + 2}`, title: part.title, published: part.published })),
    ];
    return pieces.map((piece) => {
      const at = writtenAt({ slug: article.slug, published: piece.published }, views);
      const marker: TimelineMarker = {
        type: 'marker',
        id: piece.id,
        date: timelineDate(piece.published.date, piece.published.precision),
        sourceName: article.sourceName,
        title: piece.title,
        href: article.url,
        ...(piece.published.precision === 'month'
          ? { placement: 'dated to the month only: placed after the latest event it reports' }
          : {}),
      };
      return { entry: marker, placement: { at, rank: 1 as const, precision: 0, tie: piece.id } };
    });
  });
}

/** Each grouped claim's entry and the day the entry sits at. */
function placedClaims(groups: readonly EventGroup[], placements: readonly Placement[]): Map<string, PlacedClaim> {
  return new Map(
    groups.flatMap((group, index) => {
      const at = { entry: eventAnchor(group.lead.claim.id), day: new Date(placements[index]!.at).toISOString().slice(0, 10) };
      return group.members.map((view) => [view.claim.id, at] as const);
    }),
  );
}

function eventEntry(group: EventGroup, views: ReadonlyMap<string, ClaimView>, placed: ReadonlyMap<string, PlacedClaim>): TimelineEvent {
  const { claim } = group.lead;
  const listedSources = capped(sources(group), EVENT_SOURCES_LISTED);
  const listedDifferences = capped(differences(group, views), EVENT_SOURCES_LISTED);
  return {
    type: 'event',
    id: eventAnchor(claim.id),
    date: timelineDate(claim.when!.date, claim.when!.precision),
    summary: claim.summary,
    kindLabel: CLAIM_KIND_LABEL[claim.kind],
    expectation: claim.kind === 'forecast',
    sources: listedSources.shown,
    ...(listedSources.unlisted ? { unlistedSources: `And ${listedSources.unlisted} more sources report it.` } : {}),
    differences: listedDifferences.shown,
    ...(listedDifferences.unlisted ? { unlistedDifferences: `And ${listedDifferences.unlisted} more ties between them.` } : {}),
    followUps: followUps(group, views, placed),
  };
}

/** Every event and every text's writing, in date order: what /timeline/ shows, a page at a time. */
export function timeline(views: ReadonlyMap<string, ClaimView>, articles: readonly TimelineArticle[]): Timeline {
  const groups = eventGroups(views);
  const written = new Map(articles.map((article) => [article.slug, writtenAt(article, views)]));
  const placements = groups.map((group) => placeGroup(group, written));
  const placed = placedClaims(groups, placements);
  const events = groups.map((group, index) => ({
    entry: eventEntry(group, views, placed) as TimelineEntry,
    placement: { ...placements[index]!, precision: PRECISION_RANK[group.lead.claim.when!.precision], tie: group.lead.claim.id },
  }));
  const ordered = [...events, ...markers(articles, views)].sort((a, b) => comparePlacements(a.placement, b.placement));
  const texts = new Set(groups.flatMap((group) => group.members.map((view) => view.article.slug)));
  const pieces = ordered.filter(({ entry }) => entry.type === 'marker').length;
  return {
    count: `${plural(events.length, 'event')} reported by ${plural(texts.size, 'text')}; ${plural(pieces, 'piece')} written.`,
    placed: ordered,
  };
}

/** How many pages the timeline takes (at least 1). */
export const timelinePageCount = (all: Timeline): number => pageOf(all.placed, 1, TIMELINE_ENTRIES_PER_PAGE).total;

/** Page `pageNumber` of the timeline; a link to an entry on another page goes to that page. */
export function timelinePage(all: Timeline, pageNumber = 1): TimelinePage {
  const shown = pageOf(all.placed, pageNumber, TIMELINE_ENTRIES_PER_PAGE);
  const pageOfEntry = new Map(all.placed.map(({ entry }, index) => [entry.id, Math.floor(index / TIMELINE_ENTRIES_PER_PAGE) + 1]));
  const resolve = (href: string) => {
    const page = href.startsWith('#') ? pageOfEntry.get(href.slice(1)) : undefined;
    return page && page !== pageNumber ? timelinePath(href.slice(1), page) : href;
  };
  const entries = shown.items.map(({ entry }) =>
    entry.type === 'event'
      ? { ...entry, followUps: entry.followUps.map((followUp) => ({ ...followUp, href: resolve(followUp.href) })) }
      : entry,
  );
  const first = entries[0]?.date.label;
  const last = entries.at(-1)?.date.label;
  return {
    count: all.count,
    entries,
    overview: overview(shown.items),
    ...(shown.total > 1 && first
      ? { range: `Page ${pageNumber} of ${shown.total}: ${first === last ? first : `${first} to ${last}`}` }
      : {}),
    pagination: pagination(pageNumber, shown.total, (page) => timelinePath(undefined, page)),
  };
}
