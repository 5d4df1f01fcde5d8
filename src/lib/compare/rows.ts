/**
 * The comparison rows, built once per build and shown by /claims/, /compare/ and
 * /stories/. A row is one fact: the claims tied by `same`, `agrees`, `differs`,
 * `contradicts` or `updates` (a later report of the same matter), connected
 * through any number of sources. `opposes`, `aligns` and `responds-to` tie one
 * party's position to another's: they never merge rows (a chain of opposed positions
 * would make one row of a whole negotiation) but pair them, each row listing
 * the positions set against it. Pure: takes the shaped claims.
 */
import type { ClaimKind, ClaimTopic, RelationType } from '../claims/schema.ts';
import { claimTopics, CLAIM_TOPIC_LABEL } from '../claims/schema.ts';
import type { ClaimView, RelationSide } from '../claims/views.ts';
import { earliestDay, formatEventDate, timeGap } from '../claims/when.ts';
import { compareTopicPath } from '../routes.ts';
import { oncePerList } from '../site.ts';

/** Relations that make two claims reports of one fact, so one row. */
export const JOINING = ['same', 'agrees', 'differs', 'contradicts', 'updates'] as const satisfies readonly RelationType[];
export type JoiningType = (typeof JOINING)[number];
/** Relations that pair two positions' rows. */
export type PairingType = Exclude<RelationType, JoiningType>;

const joins = (side: RelationSide): side is RelationSide & { type: JoiningType } => (JOINING as readonly string[]).includes(side.type);

/** One claim in a row, and how it stands to the claim that ties it in. */
export interface RowEntry {
  view: ClaimView;
  /** `reports` for the row's lead; otherwise the relation to `against`. */
  status: 'reports' | JoiningType;
  /** The claim this one is compared with (the lead, or the claim through which it joins the row). */
  against?: ClaimView;
  /** Why the two are tied, as the curator wrote it. */
  reason?: string;
  /** This claim's words and the other's, for a difference or an update ("approximately 40" / "at least 40"). */
  ownWords?: string;
  theirWords?: string;
  /** For `updates`: this report's time against the other's ("about 5 months later"). */
  gap?: string;
  /** Whether this is the later report of an update. */
  later?: boolean;
  /** "2 June 2025", when the claim records its event's date. */
  when?: string;
  /** Who passed the words on: the article's source, each `via` step, the one who asserts it ("NDTV ← Reuters ← Ukrainian negotiators"). */
  chain: string[];
}

/** A position set against one of this row's claims, in another row. */
export interface RowPair {
  type: PairingType;
  /** The row's own claim and the other's. */
  own: ClaimView;
  other: ClaimView;
  /** Id of the other claim's row. */
  rowId: string;
  /** "Opposed by", "Aligned with", "Answers", "Answered by". */
  label: string;
  reason: string;
}

export interface CompareRow {
  /** Element id of the row (`row-<lead claim id>`), the same on every page. */
  id: string;
  lead: ClaimView;
  topic: ClaimTopic;
  kinds: ClaimKind[];
  /** Lead first, then differences before agreements, each source's in reading order. */
  entries: RowEntry[];
  /** Slugs of the articles that speak to it, in column order. */
  sources: string[];
  /** The earliest date of the events its claims report (forecasts left out): a source published before it could not know. */
  eventDate?: string;
  pairs: RowPair[];
}

export const rowAnchor = (claimId: string): string => `row-${claimId}`;

/** Differences first, so a long row opens with what is disputed. */
const ORDER: Record<RowEntry['status'], number> = { reports: 0, contradicts: 1, differs: 2, updates: 3, agrees: 4, same: 5 };

export type NameOf = (entityId: string) => string;

function chainOf(view: ClaimView, nameOf: NameOf): string[] {
  const steps = [view.article.sourceName, ...view.claim.via.map((step) => nameOf(step.entity) + (step.as ? ` (${step.as})` : ''))];
  if (steps.at(-1) !== view.asserter.name) steps.push(view.asserter.name);
  return steps;
}

/** The date each side of a relation speaks of: the event's date where recorded, else its article's publication. */
const dateOf = (view: ClaimView): string => view.claim.when?.date ?? view.article.published;

function entry(view: ClaimView, nameOf: NameOf, tie?: { against: ClaimView; side: RelationSide & { type: JoiningType } }): RowEntry {
  const base: RowEntry = {
    view,
    status: tie ? tie.side.type : 'reports',
    chain: chainOf(view, nameOf),
    ...(view.claim.when ? { when: formatEventDate(view.claim.when) } : {}),
  };
  if (!tie) return base;
  const { side, against } = tie;
  // The side was seen from `against`: its own words are this claim's "their" words.
  const words = { ownWords: side.theirWords, theirWords: side.ownWords };
  const update = side.type === 'updates' ? { gap: timeGap(dateOf(against), dateOf(view)), later: !side.declared } : {};
  return { ...base, against, reason: side.reason, ...words, ...update };
}

/** The row of a group of claims about `leadId`: each claim tied in through its nearest link to the lead (breadth first). */
export function buildRow(group: readonly string[], leadId: string, views: ReadonlyMap<string, ClaimView>, nameOf: NameOf): CompareRow {
  const inGroup = new Set(group);
  const lead = views.get(leadId)!;
  const entries: RowEntry[] = [entry(lead, nameOf)];
  const reached = new Set([leadId]);
  const queue = [leadId];
  while (queue.length) {
    const from = views.get(queue.shift()!)!;
    for (const side of from.relations) {
      if (!joins(side) || reached.has(side.other) || !inGroup.has(side.other)) continue;
      reached.add(side.other);
      queue.push(side.other);
      entries.push(entry(views.get(side.other)!, nameOf, { against: from, side }));
    }
  }
  // Stable: within a status, nearest the lead first.
  entries.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const dates = entries
    .filter((item) => item.view.claim.when && item.view.claim.kind !== 'forecast')
    .map((item) => item.view.claim.when!.date);
  return {
    id: rowAnchor(leadId),
    lead,
    topic: lead.claim.topic,
    kinds: [...new Set(entries.map((item) => item.view.claim.kind))],
    entries,
    sources: [...new Set(entries.map((item) => item.view.article.slug))],
    ...(dates.length ? { eventDate: dates.sort((a, b) => earliestDay(a).getTime() - earliestDay(b).getTime())[0] } : {}),
    pairs: [],
  };
}

const joiningCount = (view: ClaimView) => view.relations.filter(joins).length;

/** The claim a group is about: the one with most ties, so most entries compare directly to it; the first found on a tie. */
export function leadOf(group: readonly string[], views: ReadonlyMap<string, ClaimView>): string {
  return group.reduce((best, id) => (joiningCount(views.get(id)!) > joiningCount(views.get(best)!) ? id : best), group[0]!);
}

function groupsOf(order: readonly ClaimView[], views: ReadonlyMap<string, ClaimView>): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const start of order) {
    if (seen.has(start.claim.id)) continue;
    const group: string[] = [];
    const queue = [start.claim.id];
    seen.add(start.claim.id);
    while (queue.length) {
      const id = queue.shift()!;
      group.push(id);
      for (const side of views.get(id)!.relations) {
        if (joins(side) && !seen.has(side.other) && views.has(side.other)) {
          seen.add(side.other);
          queue.push(side.other);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}

function pairLabel(side: RelationSide): string {
  if (side.type === 'opposes') return 'Opposed by';
  if (side.type === 'aligns') return 'Aligned with';
  return side.declared ? 'Answers' : 'Answered by';
}

/** Each row's opposed and answering positions, pointing at the rows that hold them. */
function addPairs(rows: CompareRow[]): void {
  const rowOf = new Map(rows.flatMap((row) => row.entries.map((item) => [item.view.claim.id, row] as const)));
  for (const row of rows) {
    row.pairs = row.entries.flatMap(({ view }) =>
      view.relations
        .filter((side) => !joins(side) && rowOf.has(side.other))
        .map((side) => {
          const other = rowOf.get(side.other)!;
          const otherView = other.entries.find((item) => item.view.claim.id === side.other)!.view;
          return {
            type: side.type as PairingType,
            own: view,
            other: otherView,
            rowId: other.id,
            label: pairLabel(side),
            reason: side.reason,
          };
        }),
    );
  }
}

/** Every row, in the reading order of the articles given (columns first to last). */
export function compareRows(claimsInOrder: readonly ClaimView[], views: ReadonlyMap<string, ClaimView>, nameOf: NameOf): CompareRow[] {
  const rows = groupsOf(claimsInOrder, views).map((group) => buildRow(group, leadOf(group, views), views, nameOf));
  addPairs(rows);
  return rows;
}

/** A row as the given articles see it (a story's): only their claims, led by the lead if theirs; undefined when none speaks to it. */
export function restrictRow(
  row: CompareRow,
  slugs: ReadonlySet<string>,
  views: ReadonlyMap<string, ClaimView>,
  nameOf: NameOf,
): CompareRow | undefined {
  const kept = row.entries.filter((item) => slugs.has(item.view.article.slug));
  // A pair is shown only where both its positions are: a story links to no row it does not have.
  const pairs = row.pairs.filter((pair) => slugs.has(pair.own.article.slug) && slugs.has(pair.other.article.slug));
  if (kept.length === row.entries.length) return { ...row, pairs };
  if (!kept.length) return undefined;
  const group = row.entries.map((item) => item.view.claim.id);
  const leadId = slugs.has(row.lead.article.slug)
    ? row.lead.claim.id
    : leadOf(
        kept.map((item) => item.view.claim.id),
        views,
      );
  const rebuilt = buildRow(group, leadId, views, nameOf);
  const entries = rebuilt.entries.filter((item) => slugs.has(item.view.article.slug));
  return {
    ...rebuilt,
    id: row.id,
    entries,
    kinds: [...new Set(entries.map((item) => item.view.claim.kind))],
    sources: rebuilt.sources.filter((slug) => slugs.has(slug)),
    pairs,
  };
}

export interface TopicRows {
  topic: ClaimTopic;
  label: string;
  rows: CompareRow[];
}

/** Rows by topic, in the controlled list's order; rows several sources share first, then in reading order. */
export const rowsByTopic = oncePerList(groupRowsByTopic);

/** Rows on one page of a topic's comparison. */
export const COMPARE_ROWS_PER_PAGE = 20;

/** Each row's topic and page among the comparison pages. */
const rowPlaces = oncePerList(
  (rows: readonly CompareRow[]): Map<string, { topic: ClaimTopic; page: number }> =>
    new Map(
      rowsByTopic(rows).flatMap((group) =>
        group.rows.map((row, index) => [row.id, { topic: group.topic, page: Math.floor(index / COMPARE_ROWS_PER_PAGE) + 1 }] as const),
      ),
    ),
);

/** Where each of the library's rows is compared (its topic's page of rows), so any page can link to a row wherever it is. */
export function compareRowHref(rows: readonly CompareRow[]): (rowId: string) => string {
  const places = rowPlaces(rows);
  return (rowId) => {
    const place = places.get(rowId);
    if (!place) throw new Error(`No comparison row ${rowId}: a link to it would lead nowhere.`);
    return compareTopicPath(place.topic, rowId, place.page);
  };
}

function groupRowsByTopic(rows: readonly CompareRow[]): TopicRows[] {
  return claimTopics
    .map((topic) => ({
      topic,
      label: CLAIM_TOPIC_LABEL[topic],
      rows: rows
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => row.topic === topic)
        .sort((a, b) => Number(a.row.sources.length < 2) - Number(b.row.sources.length < 2) || a.index - b.index)
        .map(({ row }) => row),
    }))
    .filter((group) => group.rows.length > 0);
}

/** The latest day a publication date can mean (`2025-06` → 30 June 2025). */
function latestDay(date: string): Date {
  if (date.length === 10) return earliestDay(date);
  const [year, month] = date.split('-').map(Number);
  return date.length === 7 ? new Date(Date.UTC(year!, month!, 0)) : new Date(Date.UTC(year!, 11, 31));
}

/** Whether an article published on `published` came out before the row's event, so could not report it. */
export function publishedBefore(published: string, row: Pick<CompareRow, 'eventDate'>): boolean {
  return row.eventDate !== undefined && latestDay(published).getTime() < earliestDay(row.eventDate).getTime();
}
