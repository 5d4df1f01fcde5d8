/**
 * What /compare/, /compare/<topic>/, /stories/ and /stories/<id>/ show, one function
 * per page, from the rows built once (rows.ts). A row lists only the sources that
 * speak to it, each with its own words linking to their passage, so it reads the
 * same with five sources or five hundred. Pure.
 */
import { formatPublishedDate } from '../articles/dates.ts';
import { CLAIM_KIND_LABEL, CLAIM_TOPIC_LABEL, type ClaimTopic, claimTopics, SIDE_LABEL } from '../claims/schema.ts';
import { CELL_MEANING, type ClaimedArticle, type ClaimsLibrary, type ClaimView, PAIR_MEANING } from '../claims/views.ts';
import { formatEventDate } from '../claims/when.ts';
import { compareTopicPath, storyPath, topicAnchor } from '../routes.ts';
import { capped, type PaginationView, pageOf, pagination } from '../site.ts';
import { plural } from '../text.ts';
import type { Story } from '../stories/schema.ts';
import { COMPARE_ROWS_PER_PAGE, type CompareRow, compareRowHref, restrictRow, type RowEntry, rowsByTopic } from './rows.ts';

/** Sources shown at once in a row; the next ones wait behind "N more sources". */
export const VOICES_SHOWN = 6;

/**
 * Sources listed in a row's fold, past the first few: a fact a whole archive reports would otherwise put
 * hundreds of quotes in one row. Past them the row says how many more report it; each story's page lists
 * its own sources in full.
 */
export const MORE_VOICES_LISTED = 24;

export interface VoiceView {
  claimId: string;
  sourceName: string;
  articleHref: string;
  published: string;
  /** "Reports", "Differs from NDTV", "Later report than Voice of East". */
  relation: string;
  className: string;
  reason?: string;
  /** Each side's words where they differ: "here" this source's, "there" the other's. */
  words?: { here: string; there: string };
  /** "about 5 months later", for an update. */
  gap?: string;
  /** "Event: 2 June 2025". */
  when?: string;
  /** "NDTV ← Reuters ← Ukrainian negotiators". */
  chain: string;
  quote: string;
  passageHref: string;
  summary: string;
}

export interface PairView {
  label: string;
  href: string;
  /** "Ukraine, in Voice of East". */
  text: string;
  summary: string;
  reason: string;
}

export interface CompareRowView {
  id: string;
  kindLabel: string;
  summary: string;
  /** "3 sources", or "Only in NDTV". */
  sources: string;
  single: boolean;
  date?: string;
  voices: VoiceView[];
  more: VoiceView[];
  /** "8 more sources", the fold's summary, counting those not listed. */
  moreLabel: string;
  /** How many more sources report it than the fold lists, when some are not listed. */
  unlisted?: number;
  pairs: PairView[];
}

const RELATION_WORDS: Record<Exclude<RowEntry['status'], 'reports' | 'updates'>, string> = {
  same: 'Same as',
  agrees: 'Agrees with',
  differs: 'Differs from',
  contradicts: 'Contradicts',
};

function relationText(entry: RowEntry): string {
  if (entry.status === 'reports') return 'Reports';
  const other = entry.against!.article.sourceName;
  if (entry.status === 'updates') return `${entry.later ? 'Later' : 'Earlier'} report than ${other}`;
  return `${RELATION_WORDS[entry.status]} ${other}`;
}

export function voiceView(entry: RowEntry): VoiceView {
  const { view } = entry;
  return {
    claimId: view.claim.id,
    sourceName: view.article.sourceName,
    articleHref: view.article.url,
    published: formatPublishedDate({ date: view.article.published }),
    relation: relationText(entry),
    className: `is-${entry.status}`,
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.ownWords && entry.theirWords ? { words: { here: entry.ownWords, there: entry.theirWords } } : {}),
    ...(entry.gap ? { gap: entry.gap } : {}),
    ...(entry.when ? { when: `Event: ${entry.when}` } : {}),
    chain: entry.chain.join(' ← '),
    quote: view.claim.quote,
    passageHref: view.passageHref,
    summary: view.claim.summary,
  };
}

const partyOf = (view: ClaimView) => (view.claim.party ? SIDE_LABEL[view.claim.party] : view.asserter.name);

/** A row for the comparison pages; `rowHref` says where a paired row is (its topic's page, or the story's). */
export function compareRowView(row: CompareRow, rowHref: (rowId: string) => string): CompareRowView {
  const voices = row.entries.map(voiceView);
  const folded = capped(voices.slice(VOICES_SHOWN), MORE_VOICES_LISTED);
  const single = row.sources.length === 1;
  return {
    id: row.id,
    kindLabel: CLAIM_KIND_LABEL[row.lead.claim.kind],
    summary: row.lead.claim.summary,
    sources: single ? `Only in ${row.lead.article.sourceName}` : `${row.sources.length} sources`,
    single,
    ...(row.eventDate ? { date: formatEventDate({ date: row.eventDate }) } : {}),
    voices: voices.slice(0, VOICES_SHOWN),
    more: folded.shown,
    moreLabel: plural(voices.length - VOICES_SHOWN, 'more source'),
    ...(folded.unlisted ? { unlisted: folded.unlisted } : {}),
    pairs: row.pairs.map((pair) => ({
      label: pair.label,
      href: rowHref(pair.rowId),
      text: `${partyOf(pair.other)}, in ${pair.other.article.sourceName}`,
      summary: pair.other.claim.summary,
      reason: pair.reason,
    })),
  };
}

/** What the words on the comparison pages mean. */
export function compareLegend(): { label: string; meaning: string }[] {
  const statuses = ['reports', 'same', 'agrees', 'differs', 'contradicts', 'updates'] as const;
  const labels = {
    reports: 'Reports',
    same: 'Same as',
    agrees: 'Agrees with',
    differs: 'Differs from',
    contradicts: 'Contradicts',
    updates: 'Earlier or later report',
  };
  return [
    ...statuses.map((status) => ({ label: labels[status], meaning: CELL_MEANING[status].replace('this source', 'the source') })),
    { label: 'Chain', meaning: 'who passed the words on, from the article back to whoever first said them' },
    ...Object.entries(PAIR_MEANING).map(([label, meaning]) => ({ label, meaning })),
  ];
}

const shared = (rows: readonly CompareRow[]) => rows.filter((row) => row.sources.length > 1).length;

export interface CompareIndexView {
  topics: { label: string; href: string; rows: number; shared: number }[];
  stories: { title: string; href: string; summary: string; articles: number; rows: number; shared: number }[];
  rows: number;
  shared: number;
}

/** /compare/: each topic and each story, with how many rows it has and how many several sources share. */
export function compareIndexPage(library: Pick<ClaimsLibrary, 'rows' | 'views' | 'nameOf'>, stories: readonly Story[]): CompareIndexView {
  return {
    topics: rowsByTopic(library.rows).map((group) => ({
      label: group.label,
      href: compareTopicPath(group.topic),
      rows: group.rows.length,
      shared: shared(group.rows),
    })),
    stories: stories.map((story) => {
      const rows = storyRows(library, story);
      return {
        title: story.title,
        href: storyPath(story.id),
        summary: story.summary,
        articles: story.articles.length,
        rows: rows.length,
        shared: shared(rows),
      };
    }),
    rows: library.rows.length,
    shared: shared(library.rows),
  };
}

export interface CompareTopicView {
  topic: ClaimTopic;
  heading: string;
  count: string;
  rows: CompareRowView[];
  /** Links to the topic's other pages of rows, when there are several. */
  pagination?: PaginationView;
  /** The other topics' pages. */
  topics: { label: string; href: string; current: boolean }[];
  legend: { label: string; meaning: string }[];
}

/** How many pages of rows a topic has (at least 1). */
export function compareTopicPageCount(rows: readonly CompareRow[], topic: ClaimTopic): number {
  return pageOf(rowsByTopic(rows).find((group) => group.topic === topic)?.rows ?? [], 1, COMPARE_ROWS_PER_PAGE).total;
}

/** /compare/<topic>/ (and /compare/<topic>/<n>/): the topic's rows, shared ones first, a page at a time. */
export function compareTopicPage(library: Pick<ClaimsLibrary, 'rows'>, topic: ClaimTopic, pageNumber = 1): CompareTopicView {
  const rows = rowsByTopic(library.rows).find((group) => group.topic === topic)?.rows ?? [];
  const shown = pageOf(rows, pageNumber, COMPARE_ROWS_PER_PAGE);
  const present = new Set(library.rows.map((row) => row.topic));
  const rowHref = compareRowHref(library.rows);
  return {
    topic,
    heading: `Compare: ${CLAIM_TOPIC_LABEL[topic]}${pageNumber > 1 ? `, page ${pageNumber}` : ''}`,
    count: `${rows.length} rows, ${shared(rows)} of them from two or more sources.`,
    rows: shown.items.map((row) => compareRowView(row, rowHref)),
    pagination: pagination(pageNumber, shown.total, (page) => compareTopicPath(topic, undefined, page)),
    topics: claimTopics
      .filter((other) => present.has(other))
      .map((other) => ({ label: CLAIM_TOPIC_LABEL[other], href: compareTopicPath(other), current: other === topic })),
    legend: compareLegend(),
  };
}

/** The topics that have rows, for the pages' paths. */
export const topicsWithRows = (rows: readonly CompareRow[]): ClaimTopic[] => rowsByTopic(rows).map((group) => group.topic);

/** The library's rows as a story's articles see them. */
export function storyRows(library: Pick<ClaimsLibrary, 'rows' | 'views' | 'nameOf'>, story: Story): CompareRow[] {
  const slugs = new Set(story.articles);
  return library.rows.flatMap((row) => restrictRow(row, slugs, library.views, library.nameOf) ?? []);
}

export interface StoriesView {
  stories: { id: string; title: string; href: string; summary: string; articles: { title: string; href: string; sourceName: string }[] }[];
}

const articleOf = (articles: readonly ClaimedArticle[], slug: string) => articles.find((article) => article.slug === slug)!;

/** /stories/: every story with its articles. */
export function storiesPage(library: Pick<ClaimsLibrary, 'articles'>, stories: readonly Story[]): StoriesView {
  return {
    stories: stories.map((story) => ({
      id: story.id,
      title: story.title,
      href: storyPath(story.id),
      summary: story.summary,
      articles: story.articles.map((slug) => {
        const article = articleOf(library.articles, slug);
        return { title: article.title, href: article.url, sourceName: article.sourceName };
      }),
    })),
  };
}

export interface StoryView {
  title: string;
  summary: string;
  /** Oldest first, so the thread reads in time. */
  articles: { title: string; href: string; sourceName: string; published: string }[];
  count: string;
  topics: { id: string; headingId: string; label: string; rows: CompareRowView[] }[];
  legend: { label: string; meaning: string }[];
}

/** /stories/<id>/: the story's articles, then its comparison by topic. */
export function storyPage(library: Pick<ClaimsLibrary, 'articles' | 'rows' | 'views' | 'nameOf'>, story: Story): StoryView {
  const rows = storyRows(library, story);
  const articles = story.articles
    .map((slug) => articleOf(library.articles, slug))
    .sort((a, b) => a.published.localeCompare(b.published))
    .map((article) => ({
      title: article.title,
      href: article.url,
      sourceName: article.sourceName,
      published: formatPublishedDate({ date: article.published }),
    }));
  return {
    title: story.title,
    summary: story.summary,
    articles,
    count: `${rows.length} rows, ${shared(rows)} of them from two or more of its sources.`,
    topics: rowsByTopic(rows).map((group) => ({
      id: topicAnchor(group.topic),
      headingId: `topic-${group.topic}-title`,
      label: group.label,
      rows: group.rows.map((row) => compareRowView(row, (rowId) => storyPath(story.id, rowId))),
    })),
    legend: compareLegend(),
  };
}
