/**
 * Dates of reported events (a claim's `when`) and the time between two reports:
 * the relation pages and the timeline show how far apart a report and its update are.
 */
import { formatPublishedDate } from '../articles/dates.ts';
import type { EventDate } from './schema.ts';

/** "2 June 2025", "June 2025" or "2025". */
export function formatEventDate(when: Pick<EventDate, 'date'>): string {
  return when.date.length === 4 ? when.date : formatPublishedDate(when);
}

/** The first day the date can mean (`2025-06` → 1 June 2025), for ordering. */
export function earliestDay(date: string): Date {
  const full = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return new Date(`${full}T00:00:00Z`);
}

/** The last day the date can mean (`2025-06` → 30 June 2025). */
export function latestDay(date: string): Date {
  if (date.length === 10) return earliestDay(date);
  const [year, month] = date.split('-').map(Number);
  return date.length === 4 ? new Date(Date.UTC(year!, 11, 31)) : new Date(Date.UTC(year!, month!, 0));
}

const DAY = 86_400_000;

/**
 * The time from one date to another in the words a reader uses: "the same day",
 * "3 days later", "about 5 months earlier". Months and years are rounded.
 */
export function timeGap(from: string, to: string): string {
  const days = Math.round((earliestDay(to).getTime() - earliestDay(from).getTime()) / DAY);
  const direction = days < 0 ? 'earlier' : 'later';
  const size = Math.abs(days);
  if (size === 0) return 'the same day';
  if (size < 14) return `${size} day${size === 1 ? '' : 's'} ${direction}`;
  if (size < 60) return `${Math.round(size / 7)} weeks ${direction}`;
  if (size < 545) return `about ${Math.round(size / 30.44)} months ${direction}`;
  return `about ${Math.round(size / 365.25)} years ${direction}`;
}
