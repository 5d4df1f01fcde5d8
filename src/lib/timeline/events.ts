/**
 * The timeline's events and where each goes: claims with a `when`, grouped when
 * same, agrees, differs or contradicts ties them to one happening, and every
 * text's publication as a marker. Pure: takes the shaped claims.
 *
 * Placing, so a reader sees what each text could know: a date is a range (a day,
 * a month, a year); an entry sits at its start, unless the range holds the day the
 * first text that reports it was written, where it sits at that day (an event no
 * later than that text, an expectation no earlier); a text dated only to the month
 * sits at the latest event it reports in that month. On one day, events come before the texts written that day, and
 * expectations those texts voice after them.
 */
import type { ClaimView } from '../claims/views.ts';
import type { RelationType } from '../claims/schema.ts';
import { earliestDay, latestDay } from '../claims/when.ts';

/** Relations between reports of one happening: their claims are one timeline entry. */
const SAME_EVENT = new Set<RelationType>(['same', 'agrees', 'differs', 'contradicts']);
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

export interface EventGroup {
  /** The dated claim the entry is about: the most precise date, then the most relations, then the id. */
  lead: ClaimView;
  /** Every claim of the group in reading order, the lead among them; claims with no `when` of their own included. */
  members: ClaimView[];
}

export interface DatedPiece {
  slug: string;
  published: { date: string; precision: 'day' | 'month' };
}

/** A point on the timeline: the day it sits at, then events (0), texts (1), expectations (2). */
export interface Placement {
  at: number;
  rank: 0 | 1 | 2;
}

function leadOf(members: readonly ClaimView[]): ClaimView {
  return [...members]
    .filter((view) => view.claim.when)
    .sort(
      (a, b) =>
        PRECISION_RANK[a.claim.when!.precision] - PRECISION_RANK[b.claim.when!.precision] ||
        b.relations.length - a.relations.length ||
        a.claim.id.localeCompare(b.claim.id),
    )[0]!;
}

/** The dated claims, each with the claims tied to it as reports of the same happening. */
export function eventGroups(views: ReadonlyMap<string, ClaimView>): EventGroup[] {
  const seen = new Set<string>();
  const order = new Map([...views.keys()].map((id, index) => [id, index]));
  const groups: EventGroup[] = [];
  for (const view of views.values()) {
    if (!view.claim.when || seen.has(view.claim.id)) continue;
    const members: ClaimView[] = [];
    const queue = [view.claim.id];
    while (queue.length) {
      const id = queue.shift()!;
      const member = views.get(id);
      if (seen.has(id) || !member) continue;
      seen.add(id);
      members.push(member);
      for (const side of member.relations) if (SAME_EVENT.has(side.type)) queue.push(side.other);
    }
    members.sort((a, b) => order.get(a.claim.id)! - order.get(b.claim.id)!);
    groups.push({ lead: leadOf(members), members });
  }
  return groups;
}

/**
 * When each text was written, as a day: its date, or for a month, the latest day of
 * that month on which an event it reports (not an expectation) took place.
 */
export function writtenAt(piece: DatedPiece, views: ReadonlyMap<string, ClaimView>): number {
  const from = earliestDay(piece.published.date).getTime();
  if (piece.published.precision === 'day') return from;
  const to = latestDay(piece.published.date).getTime();
  const reported = [...views.values()]
    .filter((view) => view.article.slug === piece.slug && view.claim.when && view.claim.kind !== 'forecast')
    .map((view) => earliestDay(view.claim.when!.date).getTime())
    .filter((day) => day >= from && day <= to);
  return Math.max(from, ...reported);
}

/**
 * Where an event group sits: at the start of its lead's date range, unless the range
 * holds the day the first text reporting it was written; then at that day (an event
 * reported as past is no later, an expectation no earlier).
 */
export function placeGroup(group: EventGroup, written: ReadonlyMap<string, number>): Placement {
  const { date } = group.lead.claim.when!;
  const reference = Math.min(...group.members.map((view) => written.get(view.article.slug) ?? Infinity));
  const from = earliestDay(date).getTime();
  const to = latestDay(date).getTime();
  return { at: reference >= from && reference <= to ? reference : from, rank: group.lead.claim.kind === 'forecast' ? 2 : 0 };
}

/** Timeline order: day, then events, texts, expectations; then the more precise date; then `tie`. */
export function comparePlacements(
  a: Placement & { precision: number; tie: string },
  b: Placement & { precision: number; tie: string },
): number {
  return a.at - b.at || a.rank - b.rank || a.precision - b.precision || a.tie.localeCompare(b.tie);
}

export { PRECISION_RANK };
