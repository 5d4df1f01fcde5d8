/** Publication dates at the precision we know, for people and for machines. */
import type { Published } from './schema.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 June 2025" or "June 2025". */
export function formatPublishedDate(published: Pick<Published, 'date'>): string {
  const [year, month, day] = published.date.split('-').map(Number);
  const monthName = MONTHS[(month ?? 1) - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

const BASIS_LABEL: Record<Published['basis'], string> = {
  stated: 'date stated by the source',
  implied: 'date implied by the text',
  inferred: 'date inferred by us',
};

/** "June 2025 (date implied by the text)"; the source's own date needs no remark. */
export function describePublished(published: Published): string {
  const date = formatPublishedDate(published);
  return published.basis === 'stated' ? date : `${date} (${BASIS_LABEL[published.basis]})`;
}

/** The earliest instant the date can mean, for sorting, RSS and sitemaps. */
export function publishedInstant(published: Pick<Published, 'date'>): Date {
  return new Date(published.date.length === 7 ? `${published.date}-01T00:00:00Z` : `${published.date}T00:00:00Z`);
}
