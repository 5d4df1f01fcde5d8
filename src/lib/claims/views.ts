/**
 * Shapes claims for pages: each article's claim list (sidebar), relation chips
 * shown on both sides, the claim × source matrix of /claims/ and what its pages
 * show (`claimsPage`; schema.org Claim objects are in json-ld.ts). Pure: takes the
 * anchored claims and the registry.
 */
import {
  AUTHOR,
  type Claim,
  CLAIM_KIND_LABEL,
  type ClaimKind,
  claimKinds,
  type ClaimTopic,
  type RelationType,
  SIDE_LABEL,
} from './schema.ts';
import { timeGap } from './when.ts';
import type { AnchoredClaim } from './anchor.ts';
import { claimsGraph } from './json-ld.ts';
import type { Entity } from '../entities/schema.ts';
import { type AnchoredNote, type ClaimNote, notesOnClaim } from '../articles/notes.ts';
import {
  claimPath,
  claimsOfKindPath,
  claimsOfSourcePath,
  claimsOfStoryPath,
  claimsPath,
  claimsRowPath,
  compareTopicPath,
  entityPath,
  passagePath,
  topicAnchor,
} from '../routes.ts';
import type { Story } from '../stories/schema.ts';
import {
  type CompareRow,
  compareRowHref,
  type JoiningType,
  type NameOf,
  publishedBefore,
  restrictRow,
  type RowEntry,
  rowsByTopic,
  type TopicRows,
} from '../compare/rows.ts';

/** What this module needs of an article (a subset of articles/load.ts's LoadedArticle). */
export interface ClaimedArticle {
  slug: string;
  url: string;
  title: string;
  /** Publication date as the article gives it (`2025-06-02` or `2025-06`). */
  published: string;
  /** Outlet or platform name: the matrix's column heading. */
  sourceName: string;
  /** Where `assertedBy: author` points: the author's entity, or else the source card. */
  author: Asserter;
  /** Claims in reading order, anchored to their passages. */
  anchored: AnchoredClaim[];
  /** The article's editorial notes, for the claims whose words they share. */
  notes?: readonly AnchoredNote[];
}

export interface Asserter {
  name: string;
  /** Entity page, or source card for an unsigned article. */
  href: string;
  /** schema.org type: people are Persons; organisations, states and outlets Organizations. */
  type: 'Person' | 'Organization';
}

export interface RelationChip {
  type: RelationType;
  /** Short text of the chip: "also reported by NDTV", "differs: approximately 40 bomber aircraft". */
  label: string;
  /** Name of the other claim's source, for the chip's accessible description. */
  sourceName: string;
  /** The other claim in its article's sidebar. */
  href: string;
}

export interface ClaimView {
  claim: Claim;
  /** Position in the article's reading order, from 1. */
  number: number;
  article: { slug: string; url: string; title: string; sourceName: string; published: string };
  passageId: string;
  /** Passage permalink, `/articles/<slug>/#<passage-id>`. */
  passageHref: string;
  /** The claim in its article's sidebar, `/articles/<slug>/#claim-<id>`. */
  href: string;
  asserter: Asserter;
  /** Its relations, declared on either side, as seen from this claim. */
  relations: RelationSide[];
  chips: RelationChip[];
  /** Editorial notes on words this claim quotes (a slip in them: "Helsinki (France)"). */
  notes: ClaimNote[];
}

/** A relation as seen from one side: the other claim, why they are tied, and the words the chip shows. */
export interface RelationSide {
  type: RelationType;
  other: string;
  reason: string;
  /** Whether this claim declared the relation; for `responds-to` and `updates` the declaring claim is the later answer. */
  declared: boolean;
  /** The other claim's words, for differs and contradicts (and updates, when given). */
  theirWords?: string;
  /** This claim's own words in the same detail. */
  ownWords?: string;
}

function relationSides(articles: readonly ClaimedArticle[]): Map<string, RelationSide[]> {
  const sides = new Map<string, RelationSide[]>();
  const add = (id: string, side: RelationSide) => sides.set(id, [...(sides.get(id) ?? []), side]);
  for (const article of articles) {
    for (const { claim } of article.anchored) {
      for (const relation of claim.relations) {
        const { type, reason, detail } = relation;
        add(claim.id, { type, reason, other: relation.claim, declared: true, theirWords: detail?.there, ownWords: detail?.here });
        add(relation.claim, { type, reason, other: claim.id, declared: false, theirWords: detail?.here, ownWords: detail?.there });
      }
    }
  }
  return sides;
}

/** The date each side of a relation speaks of: the event's date where recorded, else its article's publication. */
export function relationDate(view: Pick<ClaimView, 'claim' | 'article'>): string {
  return view.claim.when?.date ?? view.article.published;
}

function chipLabel(side: RelationSide, here: ClaimView, other: ClaimView): string {
  const sourceName = other.article.sourceName;
  switch (side.type) {
    case 'same':
      return `also reported by ${sourceName}`;
    case 'agrees':
      return `agrees: ${sourceName}`;
    case 'differs':
      return `differs: ${side.theirWords ?? sourceName}`;
    case 'contradicts':
      return `contradicts: ${side.theirWords ?? sourceName}`;
    case 'opposes':
      return `opposed: ${other.claim.party ? SIDE_LABEL[other.claim.party] : other.asserter.name}`;
    case 'aligns':
      return `aligned: ${other.claim.party ? SIDE_LABEL[other.claim.party] : other.asserter.name}`;
    case 'responds-to':
      return side.declared ? `responds to ${other.asserter.name}` : `answered by ${other.asserter.name}`;
    case 'updates': {
      const gap = timeGap(relationDate(here), relationDate(other));
      return side.declared ? `earlier report: ${sourceName}, ${gap}` : `later report: ${sourceName}, ${gap}`;
    }
  }
}

export function entityAsserter(entity: Entity): Asserter {
  return { name: entity.name, href: entityPath(entity.id), type: entity.type === 'person' ? 'Person' : 'Organization' };
}

function resolveAsserter(claim: Claim, article: ClaimedArticle, entities: ReadonlyMap<string, Entity>): Asserter {
  if (claim.assertedBy === AUTHOR) return article.author;
  const entity = entities.get(claim.assertedBy);
  if (!entity) throw new Error(`claim "${claim.id}": no entity "${claim.assertedBy}"`);
  return entityAsserter(entity);
}

/** Every claim shaped for pages, by id, each article's in reading order. */
export function claimViews(articles: readonly ClaimedArticle[], entities: readonly Entity[]): Map<string, ClaimView> {
  const byEntity = new Map(entities.map((entity) => [entity.id, entity]));
  const views = new Map<string, ClaimView>();
  for (const article of articles) {
    const ref = {
      slug: article.slug,
      url: article.url,
      title: article.title,
      sourceName: article.sourceName,
      published: article.published,
    };
    article.anchored.forEach(({ claim, passageId, start, end }, index) => {
      views.set(claim.id, {
        claim,
        number: index + 1,
        article: ref,
        passageId,
        passageHref: passagePath(article.slug, passageId),
        href: claimPath(article.slug, claim.id),
        asserter: resolveAsserter(claim, article, byEntity),
        relations: [],
        chips: [],
        notes: notesOnClaim(article.slug, article.notes ?? [], { passageId, start, end }),
      });
    });
  }
  for (const [id, sides] of relationSides(articles)) {
    const view = views.get(id);
    if (!view) continue;
    view.relations = sides;
    view.chips = sides.map((side) => {
      const other = views.get(side.other)!;
      return { type: side.type, label: chipLabel(side, view, other), sourceName: other.article.sourceName, href: other.href };
    });
  }
  return views;
}

/** What a cell of the claims tables says: how the source's claim stands to the row's, or why it says nothing. */
export type CellStatus = 'reports' | JoiningType | 'before' | 'silent';

export const CELL_LABEL: Record<CellStatus, string> = {
  reports: 'Reports',
  same: 'Same',
  agrees: 'Agrees',
  differs: 'Differs',
  contradicts: 'Contradicts',
  updates: 'Updates',
  before: 'Before this',
  silent: 'Silent',
};

/** What each cell label means, for the legend above the tables. */
export const CELL_MEANING: Record<CellStatus, string> = {
  reports: 'the claim the row is about, as this source makes it',
  same: 'this source states the same thing, in the same terms',
  agrees: 'this source says something compatible, in other terms',
  differs: 'this source gives a different version (its words follow)',
  contradicts: 'this source says what cannot also be true (its words follow)',
  updates: 'this source reports the same matter at another time, after it changed (how much earlier or later follows)',
  before: 'this source was published before the event took place, so it could not report it',
  silent: 'this source, published after the event or about no dated event, does not address it',
};

/** What the pairing labels under a claim mean (positions are paired, not merged into one row). */
export const PAIR_MEANING: Record<string, string> = {
  'Opposed by': "another party's position against this one, in its own row",
  'Aligned with': "another party's position in line with this one, in its own row",
  Answers: 'this position answers the one named, in its own row',
  'Answered by': 'a position answering this one, in its own row',
  'Only in': 'no other source speaks to this claim',
};

/** Rows with a claim of the kind, from the source and in the story asked for (no filter: all rows). */
export function filterRows(rows: readonly CompareRow[], filter: ClaimFilter, stories: readonly Story[] = []): CompareRow[] {
  const story = stories.find((candidate) => candidate.id === filter.story);
  return rows.filter(
    (row) =>
      (!filter.kind || row.kinds.includes(filter.kind)) &&
      (!filter.source || row.sources.includes(filter.source)) &&
      (!filter.topic || row.topic === filter.topic) &&
      (!story || row.sources.some((slug) => story.articles.includes(slug))),
  );
}

export interface ClaimFilter {
  kind?: ClaimKind;
  /** Article slug: rows in which that source makes a claim. */
  source?: string;
  topic?: ClaimTopic;
  /** Story id: rows its articles speak to, with a column for each of them only. */
  story?: string;
}

/** A filter link: on its own page it is marked current; `name` and `value` let the page's script combine filters. */
export interface FilterLink {
  label: string;
  href: string;
  ariaCurrent?: 'page';
  /** Rows behind the link (topics only). */
  count?: number;
  /** Absent where filters cannot combine: an archive's /claims/ has no matrix to filter, so each link stays its static page. */
  name?: keyof ClaimFilter;
  /** Empty for "All". */
  value?: string;
}

export interface ClaimFilters {
  kinds: FilterLink[];
  sources: FilterLink[];
  stories: FilterLink[];
  topics: FilterLink[];
}

export interface MatrixCellView {
  /** `is-silent`, `is-before`, or the status of the cell's first claim (`is-differs`). */
  className: string;
  /** What an empty cell says ("Silent", "Before this"). */
  empty?: string;
  claims: { href: string; title: string; label: string; detail?: string }[];
}

export interface RowHeadView {
  id: string;
  kindLabel: string;
  summary: string;
  asserter: string;
  onlySource?: string;
  pairs: { label: string; href: string; text: string }[];
  /** Editorial notes on words the row's claims quote, with the source whose words they are. */
  notes: (ClaimNote & { sourceName: string })[];
  /** For the filter script: space-separated kinds, source slugs and story ids. */
  data: { kinds: string; sources: string; stories: string; topic: string };
}

export interface TopicTableView {
  /** Element id of the topic's section (`topic-sanctions`), a filter link's target. */
  id: string;
  headingId: string;
  label: string;
  rows: (RowHeadView & { cells: MatrixCellView[] })[];
}

/** What the claims pages show: heading, counts, filters, one table per topic, and the graph on the unfiltered page. */
export interface ClaimsPageView {
  heading: string;
  /** "120 rows, 180 claims." */
  count: string;
  filters: ClaimFilters;
  /** The page's own filter, for the script (which combines filters on /claims/ only, where every row is). */
  current: ClaimFilter;
  columns: { name: string; href: string; title: string }[];
  topics: TopicTableView[];
  /**
   * Set instead of the tables when the page would need more than MATRIX_MAX_SOURCES columns (an archive,
   * not five articles): a claim × source matrix that wide is unreadable and huge, so the page sends the
   * reader to the stories' matrices and the per-topic comparisons instead.
   */
  tooWide?: { sources: number; stories: { label: string; href: string }[] };
  /** What "Reports", "Same", "Silent"… mean. */
  legend: { label: string; meaning: string }[];
  /** schema.org Claims, on /claims/ only (filtered pages show subsets of it). */
  jsonLd?: Record<string, unknown>;
}

function filterLink(label: string, href: string, currentPath: string, name: keyof ClaimFilter, value: string): FilterLink {
  return { label, href, name, value, ...(currentPath === href ? { ariaCurrent: 'page' as const } : {}) };
}

/** The link without what lets the page's script combine it with others. */
const staticLink = ({ name: _name, value: _value, ...link }: FilterLink): FilterLink => link;

function entryCell(entry: RowEntry): MatrixCellView['claims'][number] {
  const detail = entry.status === 'updates' ? `${entry.gap} than ${entry.against!.article.sourceName}` : entry.ownWords;
  return {
    href: entry.view.passageHref,
    title: entry.view.claim.summary,
    label: CELL_LABEL[entry.status],
    ...(entry.status !== 'reports' && entry.status !== 'same' && entry.status !== 'agrees' && detail ? { detail } : {}),
  };
}

function cellView(row: CompareRow, article: ClaimedArticle): MatrixCellView {
  const entries = row.entries.filter((entry) => entry.view.article.slug === article.slug);
  if (entries.length) return { className: `is-${entries[0]!.status}`, claims: entries.map(entryCell) };
  const status = publishedBefore(article.published, row) ? 'before' : 'silent';
  return { className: `is-${status}`, empty: CELL_LABEL[status], claims: [] };
}

function pairText(view: ClaimView): string {
  return `${view.claim.party ? SIDE_LABEL[view.claim.party] : view.asserter.name} (${view.article.sourceName})`;
}

/** The row's heading cell: its claim, who asserts it, the positions paired with it, and what the filters need. */
export function rowHead(row: CompareRow, stories: readonly Story[], pairHref: (rowId: string) => string): RowHeadView {
  return {
    id: row.id,
    kindLabel: CLAIM_KIND_LABEL[row.lead.claim.kind],
    summary: row.lead.claim.summary,
    asserter: row.lead.asserter.name,
    ...(row.sources.length === 1 ? { onlySource: row.lead.article.sourceName } : {}),
    pairs: row.pairs.map((pair) => ({ label: pair.label, href: pairHref(pair.rowId), text: pairText(pair.other) })),
    notes: [
      ...new Map(
        row.entries.flatMap(({ view }) => view.notes.map((note) => [note.href, { ...note, sourceName: view.article.sourceName }] as const)),
      ).values(),
    ],
    data: {
      kinds: row.kinds.join(' '),
      sources: row.sources.join(' '),
      stories: stories
        .filter((story) => row.sources.some((slug) => story.articles.includes(slug)))
        .map((story) => story.id)
        .join(' '),
      topic: row.topic,
    },
  };
}

function topicTable(
  group: TopicRows,
  articles: readonly ClaimedArticle[],
  stories: readonly Story[],
  pairHref: (rowId: string) => string,
): TopicTableView {
  return {
    id: topicAnchor(group.topic),
    headingId: `topic-${group.topic}-title`,
    label: group.label,
    rows: group.rows.map((row) => ({
      ...rowHead(row, stories, pairHref),
      cells: articles.map((article) => cellView(row, article)),
    })),
  };
}

/**
 * The filter links. Topics jump to their table on the page, or (a page too wide for tables) to the topic's
 * comparison. `combinable`: /claims/ shows every row, so the page's script can combine filters there.
 */
function claimFilters(
  articles: readonly ClaimedArticle[],
  stories: readonly Story[],
  groups: TopicRows[],
  currentPath: string,
  { tablesShown, combinable }: { tablesShown: boolean; combinable: boolean },
): ClaimFilters {
  const filters: ClaimFilters = {
    kinds: [
      filterLink('All', claimsPath(), currentPath, 'kind', ''),
      ...claimKinds.map((kind) => filterLink(CLAIM_KIND_LABEL[kind], claimsOfKindPath(kind), currentPath, 'kind', kind)),
    ],
    sources: articles.map((article) =>
      filterLink(article.sourceName, claimsOfSourcePath(article.slug), currentPath, 'source', article.slug),
    ),
    stories: stories.map((story) => filterLink(story.title, claimsOfStoryPath(story.id), currentPath, 'story', story.id)),
    topics: groups.map((group) => ({
      label: group.label,
      href: tablesShown ? `#${topicAnchor(group.topic)}` : compareTopicPath(group.topic),
      count: group.rows.length,
      name: 'topic' as const,
      value: group.topic,
    })),
  };
  if (combinable) return filters;
  return {
    kinds: filters.kinds.map(staticLink),
    sources: filters.sources.map(staticLink),
    stories: filters.stories.map(staticLink),
    topics: filters.topics.map(staticLink),
  };
}

export interface ClaimsLibrary {
  articles: readonly ClaimedArticle[];
  rows: readonly CompareRow[];
  views: ReadonlyMap<string, ClaimView>;
  nameOf: NameOf;
}

/** The rows and columns a filter shows: a story's page has its articles' columns only, its rows as they see them. */
function shownRows(library: ClaimsLibrary, stories: readonly Story[], filter: ClaimFilter) {
  const story = stories.find((candidate) => candidate.id === filter.story);
  if (!story) return { articles: library.articles, rows: filterRows(library.rows, filter), story };
  const slugs = new Set(story.articles);
  const rows = library.rows.flatMap((row) => restrictRow(row, slugs, library.views, library.nameOf) ?? []);
  return {
    articles: library.articles.filter((article) => slugs.has(article.slug)),
    rows: filterRows(rows, { ...filter, story: undefined }),
    story,
  };
}

function heading(filter: ClaimFilter, sourceName: string | undefined, storyTitle: string | undefined): string {
  if (filter.kind) return `Claims: ${CLAIM_KIND_LABEL[filter.kind]}`;
  if (sourceName) return `Claims made in ${sourceName}`;
  if (storyTitle) return `Claims in the story “${storyTitle}”`;
  return 'Claims';
}

/** Most columns a claims matrix page shows; past it, the page links to the stories' matrices. */
export const MATRIX_MAX_SOURCES = 12;

/**
 * The articles offered as source filters: the library's while they fit a matrix's width, else those of the rows
 * shown when they do (a story's dozen), else none; an archive's every article on every claims page would
 * outweigh the page, and its stories narrow it instead.
 */
function filterArticles(library: ClaimsLibrary, shown: readonly ClaimedArticle[]): readonly ClaimedArticle[] {
  if (library.articles.length <= MATRIX_MAX_SOURCES) return library.articles;
  return shown.length <= MATRIX_MAX_SOURCES ? shown : [];
}

/** The claims page for a filter (none: /claims/), at `currentPath`. */
export function claimsPage(
  library: ClaimsLibrary,
  stories: readonly Story[],
  filter: ClaimFilter,
  currentPath: string,
  site: URL,
): ClaimsPageView {
  const { articles, rows, story } = shownRows(library, stories, filter);
  const groups = rowsByTopic(rows);
  const sourceName = library.articles.find((article) => article.slug === filter.source)?.sourceName;
  const claimCount = rows.reduce((sum, row) => sum + row.entries.length, 0);
  const unfiltered = !filter.kind && !filter.source && !filter.story;
  const libraryFits = library.articles.length <= MATRIX_MAX_SOURCES;
  const tooWide =
    articles.length > MATRIX_MAX_SOURCES
      ? {
          sources: articles.length,
          stories: stories
            .filter((candidate) => !filter.source || candidate.articles.includes(filter.source))
            .map((candidate) => ({ label: candidate.title, href: claimsOfStoryPath(candidate.id) })),
        }
      : undefined;
  return {
    tooWide,
    heading: heading(filter, sourceName, story?.title),
    count: `${rows.length} rows, ${claimCount} claims.`,
    filters: claimFilters(filterArticles(library, articles), stories, groups, currentPath, {
      tablesShown: !tooWide,
      combinable: libraryFits,
    }),
    current: filter,
    columns: articles.map((article) => ({ name: article.sourceName, href: article.url, title: article.title })),
    // Past a matrix's width /claims/ has no rows to jump to: a paired row is shown where its topic is compared.
    topics: tooWide
      ? []
      : groups.map((group) => topicTable(group, articles, stories, libraryFits ? claimsRowPath : compareRowHref(library.rows))),
    legend: [
      ...(Object.keys(CELL_LABEL) as CellStatus[]).map((status) => ({ label: CELL_LABEL[status], meaning: CELL_MEANING[status] })),
      ...Object.entries(PAIR_MEANING).map(([label, meaning]) => ({ label, meaning })),
    ],
    jsonLd: unfiltered && !tooWide ? claimsGraph(library.views.values(), site) : undefined,
  };
}
