/**
 * The pages that list articles: the front page (newest first, in pages), one
 * page per month of publication, and the stories and months a reader can browse
 * by. Pure: takes the loaded articles (newest first) and the stories.
 */
import { formatPublishedDate } from './dates.ts';
import type { Story } from '../stories/schema.ts';
import { homePath, monthPath, storyPath } from '../routes.ts';
import { pageOf, pagination, type PaginationView } from '../site.ts';
import { plural } from '../text.ts';

/** Articles a listing page shows at most: a screenful of cards for a reader, a small page at any archive size. */
export const ARTICLES_PER_PAGE = 20;
/** Stories the front page names; the rest are on /stories/. */
export const STORIES_ON_FRONT_PAGE = 12;

/** What a listing needs of an article. */
export interface ListedArticle {
  slug: string;
  entry: { data: { published: { date: string } } };
}

export interface BrowseLink {
  label: string;
  href: string;
  /** "3 articles" */
  count: string;
  summary?: string;
}

export interface ListingPage<Article> {
  articles: Article[];
  pagination?: PaginationView;
  /** Months with articles, newest first. */
  months: BrowseLink[];
  /** The stories with the newest articles first. */
  stories: BrowseLink[];
  /** Stories not named on this page. */
  moreStories: number;
}

/** `2025-06` of a publication date (day or month). */
export const monthOf = (article: ListedArticle): string => article.entry.data.published.date.slice(0, 7);

/** Every month with articles, newest first, with its articles (newest first). */
export function articlesByMonth<Article extends ListedArticle>(articles: readonly Article[]): Map<string, Article[]> {
  const months = new Map<string, Article[]>();
  for (const article of articles) months.set(monthOf(article), [...(months.get(monthOf(article)) ?? []), article]);
  return new Map([...months].sort(([a], [b]) => b.localeCompare(a)));
}

function browseLinks<Article extends ListedArticle>(articles: readonly Article[], stories: readonly Story[]) {
  const months = [...articlesByMonth(articles)].map(([month, list]) => ({
    label: formatPublishedDate({ date: month }),
    href: monthPath(month),
    count: plural(list.length, 'article'),
  }));
  const newest = new Map(articles.map((article, index) => [article.slug, index]));
  const ranked = [...stories].sort(
    (a, b) =>
      Math.min(...a.articles.map((slug) => newest.get(slug) ?? Infinity)) -
      Math.min(...b.articles.map((slug) => newest.get(slug) ?? Infinity)),
  );
  const storyLinks = ranked.slice(0, STORIES_ON_FRONT_PAGE).map((story) => ({
    label: story.title,
    href: storyPath(story.id),
    count: plural(story.articles.length, 'article'),
    summary: story.summary,
  }));
  return { months, stories: storyLinks, moreStories: Math.max(0, stories.length - STORIES_ON_FRONT_PAGE) };
}

/** Page `pageNumber` of the front page: the newest articles, and the months and stories to browse by. */
export function frontPage<Article extends ListedArticle>(
  articles: readonly Article[],
  stories: readonly Story[],
  pageNumber = 1,
): ListingPage<Article> {
  const shown = pageOf(articles, pageNumber, ARTICLES_PER_PAGE);
  return { articles: shown.items, pagination: pagination(pageNumber, shown.total, homePath), ...browseLinks(articles, stories) };
}

/** Page `pageNumber` of one month's articles. */
export function monthPage<Article extends ListedArticle>(
  articles: readonly Article[],
  stories: readonly Story[],
  month: string,
  pageNumber = 1,
): ListingPage<Article> & { heading: string } {
  const shown = pageOf(articlesByMonth(articles).get(month) ?? [], pageNumber, ARTICLES_PER_PAGE);
  return {
    heading: `Published in ${formatPublishedDate({ date: month })}`,
    articles: shown.items,
    pagination: pagination(pageNumber, shown.total, (page) => monthPath(month, page)),
    ...browseLinks(articles, stories),
  };
}

/** The listing pages after the first: front-page pages and month pages, for getStaticPaths. */
export function listingPageCount(count: number): number {
  return pageOf(Array.from({ length: count }), 1, ARTICLES_PER_PAGE).total;
}
