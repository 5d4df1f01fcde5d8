/**
 * Shapes /positions/: every claim of kind `position` placed by its party (a side)
 * and its issue, each with its words, date, source and attribution chain, and the
 * opposed pairs (`opposes`, `responds-to`) marked on both sides. Pure: takes the
 * claim views (relations already resolved on both sides) and the entity registry.
 */
import { ISSUE_LABEL, type PositionIssue, positionIssues, SIDE_LABEL, type Side, sides } from '../claims/schema.ts';
import { formatEventDate } from '../claims/when.ts';
import { type ClaimView, relationDate } from '../claims/views.ts';
import type { Entity } from '../entities/schema.ts';
import { issueAnchor, positionAnchor } from '../routes.ts';
import { plural } from '../text.ts';

/** The other side of an opposed pair, as one entry shows it. */
export interface OpposedLink {
  /** The pair's marker, shared by both entries ("A"); absent when the other claim is not on the page. */
  marker?: string;
  /** "Opposed by", "Responds to", "Answered by". */
  label: string;
  /** The other position's party ("Ukraine"), or who states it. */
  party: string;
  summary: string;
  /** The other entry on this page, or the other claim in its article. */
  href: string;
}

export interface PositionEntry {
  /** Element id, `position-<claim id>`. */
  anchor: string;
  claimId: string;
  summary: string;
  /** The source's own words, linking to their passage. */
  quote: string;
  passageHref: string;
  /** When: the event date, else the article's publication ("published 2 June 2025"). */
  date: { iso: string; text: string };
  /** "NDTV ← Reuters (report) ← Ukrainian negotiators": the article first, the origin last. */
  chain: string;
  /** Markers of the opposed pairs this entry belongs to. */
  markers: string[];
  opposed: OpposedLink[];
}

export interface PositionCell {
  side: Side;
  label: string;
  entries: PositionEntry[];
  /** Said instead of entries when the cell is empty. */
  empty?: string;
  /** "And 40 earlier positions…", when the cell shows only the latest. */
  earlier?: string;
}

/**
 * Positions shown in one cell: the latest, so an archive's thousands of positions leave a page a reader
 * can load; each story's comparison lists its own in full.
 */
export const POSITIONS_PER_CELL = 6;

export interface PositionIssueView {
  issue: PositionIssue;
  /** Element id of the issue's section, `issue-<issue>`. */
  id: string;
  headingId: string;
  label: string;
  covers: string;
  /** "3 positions", "No positions reported". */
  count: string;
  cells: PositionCell[];
}

export interface PositionsPageView {
  /** "31 positions of 3 parties on 13 issues; 2 opposed pairs." */
  count: string;
  /** The parties with any position, in `sides` order: the columns. */
  columns: { side: Side; label: string }[];
  /** "No source here reports a position of Europe, Turkey or China." (absent when every side has one). */
  silentSides?: string;
  issues: PositionIssueView[];
}

const OPPOSING = new Set(['opposes', 'responds-to']);

/** A list in words: "Europe", "Europe or China", "Europe, Turkey or China". */
function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * The attribution chain from the article to the origin: the source, each `via` step
 * (with what it passed on as), then whoever asserts it; a name repeated next to itself once.
 */
export function attributionChain(view: ClaimView, entities: ReadonlyMap<string, Entity>): string {
  const steps = [
    view.article.sourceName,
    ...view.claim.via.map((step) => {
      const name = entities.get(step.entity)?.name ?? step.entity;
      return step.as ? `${name} (${step.as})` : name;
    }),
    view.asserter.name,
  ];
  return steps.filter((step, index) => step !== steps[index - 1]).join(' ← ');
}

/** Letters for pair markers: A…Z, then AA, AB… */
function marker(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${marker(Math.floor(index / 26) - 1)}${letter}`;
}

function partyOf(view: ClaimView): string {
  return view.claim.party ? SIDE_LABEL[view.claim.party] : view.asserter.name;
}

function dateOf(view: ClaimView): PositionEntry['date'] {
  const iso = relationDate(view);
  return { iso, text: view.claim.when ? formatEventDate({ date: iso }) : `published ${formatEventDate({ date: iso })}` };
}

/** Position claims by issue, then side, each cell in date order (then reading order). */
function placePositions(views: Iterable<ClaimView>): Map<string, ClaimView[]> {
  const cells = new Map<string, ClaimView[]>();
  for (const view of views) {
    const { kind, party, issue } = view.claim;
    if (kind !== 'position' || !party || !issue) continue;
    const key = `${issue} ${party}`;
    cells.set(key, [...(cells.get(key) ?? []), view]);
  }
  for (const list of cells.values()) list.sort((a, b) => relationDate(a).localeCompare(relationDate(b)));
  return cells;
}

/** Pair markers in page order: the first pair met is A. */
function pairMarkers(ordered: readonly ClaimView[]): Map<string, string> {
  const onPage = new Set(ordered.map((view) => view.claim.id));
  const markers = new Map<string, string>();
  for (const view of ordered) {
    for (const side of view.relations) {
      if (!OPPOSING.has(side.type) || !onPage.has(side.other)) continue;
      const key = [view.claim.id, side.other].sort().join(' ');
      if (!markers.has(key)) markers.set(key, marker(markers.size));
    }
  }
  return markers;
}

function opposedLinks(view: ClaimView, views: ReadonlyMap<string, ClaimView>, markers: ReadonlyMap<string, string>): OpposedLink[] {
  return view.relations
    .filter((side) => OPPOSING.has(side.type) && views.has(side.other))
    .map((side) => {
      const other = views.get(side.other)!;
      const pairMarker = markers.get([view.claim.id, side.other].sort().join(' '));
      const label = side.type === 'opposes' ? 'Opposed by' : side.declared ? 'Responds to' : 'Answered by';
      const href = pairMarker ? `#${positionAnchor(other.claim.id)}` : other.href;
      return { ...(pairMarker ? { marker: pairMarker } : {}), label, party: partyOf(other), summary: other.claim.summary, href };
    });
}

function positionEntry(view: ClaimView, context: EntryContext): PositionEntry {
  const opposed = opposedLinks(view, context.views, context.markers);
  return {
    anchor: positionAnchor(view.claim.id),
    claimId: view.claim.id,
    summary: view.claim.summary,
    quote: view.claim.quote,
    passageHref: view.passageHref,
    date: dateOf(view),
    chain: attributionChain(view, context.entities),
    markers: opposed.flatMap((link) => (link.marker ? [link.marker] : [])),
    opposed,
  };
}

interface EntryContext {
  views: ReadonlyMap<string, ClaimView>;
  entities: ReadonlyMap<string, Entity>;
  markers: ReadonlyMap<string, string>;
}

/** The /positions/ page: one section per issue (in `positionIssues` order), one cell per party with any position. */
export function positionsPage(views: ReadonlyMap<string, ClaimView>, entities: readonly Entity[]): PositionsPageView {
  const cells = placePositions(views.values());
  // Oldest first in each cell, so the latest are its last.
  const latest = (key: string) => (cells.get(key) ?? []).slice(-POSITIONS_PER_CELL);
  const shownSides = sides.filter((side) => positionIssues.some((issue) => cells.has(`${issue} ${side}`)));
  const ordered = positionIssues.flatMap((issue) => shownSides.flatMap((side) => latest(`${issue} ${side}`)));
  const total = [...cells.values()].reduce((sum, list) => sum + list.length, 0);
  const markers = pairMarkers(ordered);
  const context: EntryContext = { views, entities: new Map(entities.map((entity) => [entity.id, entity])), markers };
  const silent = sides.filter((side) => !shownSides.includes(side)).map((side) => SIDE_LABEL[side]);
  const issuesWith = positionIssues.filter((issue) => shownSides.some((side) => cells.has(`${issue} ${side}`))).length;
  return {
    count: `${plural(total, 'position')} of ${shownSides.length} ${shownSides.length === 1 ? 'party' : 'parties'} on ${plural(issuesWith, 'issue')}; ${plural(markers.size, 'opposed pair')}.`,
    columns: shownSides.map((side) => ({ side, label: SIDE_LABEL[side] })),
    ...(silent.length ? { silentSides: `No source here reports a position of ${orList(silent)}.` } : {}),
    issues: positionIssues.map((issue) => {
      const inIssue = shownSides.reduce((sum, side) => sum + (cells.get(`${issue} ${side}`)?.length ?? 0), 0);
      return {
        issue,
        id: issueAnchor(issue),
        headingId: `${issueAnchor(issue)}-title`,
        label: ISSUE_LABEL[issue].label,
        covers: ISSUE_LABEL[issue].covers,
        count: inIssue ? plural(inIssue, 'position') : 'No positions reported',
        cells: shownSides.map((side) => {
          const entries = latest(`${issue} ${side}`).map((view) => positionEntry(view, context));
          const empty = entries.length ? undefined : `No source here reports ${SIDE_LABEL[side]}’s position on this.`;
          const earlier = (cells.get(`${issue} ${side}`)?.length ?? 0) - entries.length;
          return {
            side,
            label: SIDE_LABEL[side],
            entries,
            ...(empty ? { empty } : {}),
            ...(earlier > 0 ? { earlier: `And ${plural(earlier, 'earlier position')}, in the stories’ comparisons.` } : {}),
          };
        }),
      };
    }),
  };
}
