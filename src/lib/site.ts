/** Site-wide names, shared by the layout, the feed and structured data, and the site shell's pure helpers. */
import {
  claimsPath,
  comparePath,
  entitiesPath,
  feedPath,
  framingPath,
  homePath,
  notesPath,
  positionsPath,
  sourcesPath,
  storiesPath,
  timelinePath,
} from './routes.ts';

export const SITE = {
  name: 'Crossread',
  tagline: 'Five sources on the 2025 Russia–Ukraine peace talks, read side by side',
  description:
    'A reader for news analysis: five articles on the 2025 Russia–Ukraine peace talks from very different outlets and translation chains, kept verbatim, with provenance, editorial notes and a link to every passage.',
} as const;

/** Items in the feed: the latest articles (feed readers poll it; the archive is on the site). */
export const FEED_ITEMS = 50;

export interface OpenGraph {
  type: 'website' | 'article';
  /** ISO date of publication, for articles. */
  publishedTime?: string;
  author?: string;
  section?: string;
}

export interface PreviewImage {
  /** Site path of the image. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The `<title>`: the page's title and the site's name, once on the home page. */
export function fullTitle(title: string): string {
  return title === SITE.name ? title : `${title} · ${SITE.name}`;
}

/**
 * This page's absolute URL, and its canonical URL (another page's when `canonicalPath` is given); neither
 * for a page with no address of its own (`false`: the 404 page is served at whatever address was missing).
 */
export function pageUrls(
  pathname: string,
  site: URL | undefined,
  canonicalPath?: string | false,
): { page: URL | undefined; canonical: URL | undefined } {
  if (canonicalPath === false) return { page: undefined, canonical: undefined };
  const page = new URL(pathname, site);
  return { page, canonical: canonicalPath ? new URL(canonicalPath, site) : page };
}

export interface NavItem {
  href: string;
  label: string;
  /** The page the reader is on, for `aria-current`. */
  current: boolean;
}

const markCurrent = (items: Omit<NavItem, 'current'>[], pathname: string): NavItem[] =>
  items.map((item) => ({ ...item, current: item.href === pathname }));

/** The site navigation, with the reader's page marked: the ways into the comparison first. */
export function siteNav(pathname: string): NavItem[] {
  const items = [
    { href: homePath(), label: 'Articles' },
    { href: comparePath(), label: 'Compare' },
    { href: positionsPath(), label: 'Positions' },
    { href: timelinePath(), label: 'Timeline' },
    { href: framingPath(), label: 'Framing' },
    { href: claimsPath(), label: 'Claims' },
    { href: entitiesPath(), label: 'Entities' },
  ];
  return markCurrent(items, pathname);
}

/** The footer's links: the reference pages the header has no room for. */
export function footerNav(pathname: string): NavItem[] {
  const items = [
    { href: storiesPath(), label: 'Stories' },
    { href: sourcesPath(), label: 'Sources' },
    { href: notesPath(), label: 'Editorial notes' },
    { href: feedPath(), label: 'RSS feed' },
  ];
  return markCurrent(items, pathname);
}

/** A numbered page's links: previous, next, and every page number (the current one marked). */
export interface PaginationView {
  /** "Page 2 of 5". */
  label: string;
  previous?: string;
  next?: string;
  pages: { number: number; href: string; current: boolean }[];
}

/** Page `current` of `total` (from 1), each page's path from `pathOf`; none when everything fits on one page. */
export function pagination(current: number, total: number, pathOf: (page: number) => string): PaginationView | undefined {
  if (total <= 1) return undefined;
  return {
    label: `Page ${current} of ${total}`,
    previous: current > 1 ? pathOf(current - 1) : undefined,
    next: current < total ? pathOf(current + 1) : undefined,
    pages: Array.from({ length: total }, (_, index) => ({ number: index + 1, href: pathOf(index + 1), current: index + 1 === current })),
  };
}

/** The items of page `current` (from 1) when `perPage` fit on a page, and how many pages there are (at least 1). */
export function pageOf<Item>(items: readonly Item[], current: number, perPage: number): { items: Item[]; total: number } {
  return { items: items.slice((current - 1) * perPage, current * perPage), total: Math.max(1, Math.ceil(items.length / perPage)) };
}

/** The first `limit` items, and how many are left out (0 when all fit): a long list shown in part, the rest counted. */
export function capped<Item>(items: readonly Item[], limit: number): { shown: Item[]; unlisted: number } {
  return { shown: items.slice(0, limit), unlisted: Math.max(0, items.length - limit) };
}

/**
 * `derive`, computed once per list: every page of an archive asks the same loaded list (the comparison rows,
 * the articles) the same question, and a thousand pages must not each work it out again.
 */
export function oncePerList<Item, Value>(derive: (items: readonly Item[]) => Value): (items: readonly Item[]) => Value {
  const derived = new WeakMap<readonly Item[], Value>();
  return (items) => {
    if (!derived.has(items)) derived.set(items, derive(items));
    return derived.get(items)!;
  };
}
