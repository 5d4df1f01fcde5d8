/** Site-wide names, shared by the layout, the feed and structured data, and the site shell's pure helpers. */
import { claimsPath, comparePath, entitiesPath, homePath, sourcesPath } from './routes.ts';

export const SITE = {
  name: 'Crossread',
  tagline: 'Five sources on the 2025 Russia–Ukraine peace talks, read side by side',
  description:
    'A reader for news analysis: five articles on the 2025 Russia–Ukraine peace talks from very different outlets and translation chains, kept verbatim, with provenance, editorial notes and a link to every passage.',
} as const;

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

/** The site navigation, with the reader's page marked. */
export function siteNav(pathname: string): NavItem[] {
  const items = [
    { href: homePath(), label: 'Articles' },
    { href: sourcesPath(), label: 'Sources' },
    { href: entitiesPath(), label: 'Entities' },
    { href: claimsPath(), label: 'Claims' },
    { href: comparePath(), label: 'Compare' },
  ];
  return items.map((item) => ({ ...item, current: item.href === pathname }));
}
