/**
 * Every URL of the site, built in this one module: pages, passages, share pages
 * and cards, entities, claims and their filters, positions, search, source cards, feeds and
 * the search index. Paths are site-relative and carry the site's base path, added
 * here only (`withBase`). Nothing else in the code joins `/articles/` and friends.
 *
 * Pure: it runs at build time in Node (where the BASE_PATH environment variable,
 * which astro.config.mjs also reads, gives the base), in the browser (where Vite
 * writes the configured base into `import.meta.env.BASE_URL`) and in the search
 * bundles built by esbuild (which defines `import.meta.env.BASE_URL` the same way).
 */

const configuredBase =
  (typeof process !== 'undefined' ? process.env?.BASE_PATH : undefined) ?? (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** The base path the site is served under, with a leading and a trailing slash (`/` at the root, `/crossread/`). */
export const BASE_PATH = `/${configuredBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A site path (`/claims/`) under the base path. */
export function withBase(path: string): string {
  return `${BASE_PATH}${path.replace(/^\//, '')}`;
}

/** A URL with a fragment, `#` only when there is one. */
function withFragment(path: string, fragment: string | undefined): string {
  return fragment ? `${path}#${fragment}` : path;
}

/** The front page; its later pages (older articles) are `/page/<n>/`. */
export const homePath = (page = 1): string => withBase(page > 1 ? `/page/${page}/` : '/');

/** The articles published in a month (`2025-06`), in pages past the first. */
export const monthPath = (month: string, page = 1): string => withBase(page > 1 ? `/archive/${month}/${page}/` : `/archive/${month}/`);

export const articlePath = (slug: string): string => withBase(`/articles/${slug}/`);

/**
 * A passage's permalink: its article with the passage id as fragment. From a search result, with the words
 * searched for (`?q=`), which the article page then highlights in the passage.
 */
export const passagePath = (slug: string, passageId: string, searchedWords?: string): string =>
  withFragment(searchedWords ? `${articlePath(slug)}?${new URLSearchParams({ q: searchedWords })}` : articlePath(slug), passageId);

/** The share page of a passage (or a retired id): preview tags and card, then a redirect to the passage. */
export const sharePagePath = (slug: string, id: string): string => withBase(`/articles/${slug}/p/${id}/`);

/** Where a passage's card lies in the build's folder (no base path there): written after the pages, not a page route. */
export const cardFile = (slug: string, passageId: string): string => `articles/${slug}/p/${passageId}.png`;

/** The 1200×630 preview card of a passage. */
export const cardPath = (slug: string, passageId: string): string => withBase(`/${cardFile(slug, passageId)}`);

/** The list of cards the build writes once the pages are done (removed from the build's folder then). */
export const CARD_LIST_FILE = 'passage-cards.json';
export const cardListPath = (): string => withBase(`/${CARD_LIST_FILE}`);

/** An editorial note beside its passage (`note-<passage id>`, as rehype-editorial-notes names it). */
export const notePath = (slug: string, noteId: string): string => withFragment(articlePath(slug), noteId);

/** The removed-lines record at the foot of an article, or one line of it (from 1). */
export const removedLinePath = (slug: string, line?: number): string => withFragment(articlePath(slug), removedLineAnchor(line));

/** Element id of the removed-lines record, or of one line in it (from 1). */
export const removedLineAnchor = (line?: number): string => (line ? `removed-${line}` : 'removed-lines');

/** Element id of a claim in its article's sidebar. */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`;

/** Element id of the first piece of a claim's quoted words in the text, where its sidebar entry links back. */
export const claimMarkAnchor = (claimId: string): string => `said-${claimId}`;

/** A claim in its article's sidebar. */
export const claimPath = (slug: string, claimId: string): string => withFragment(articlePath(slug), claimAnchor(claimId));

/** `/claims/`, or one topic's table on it. */
export const claimsPath = (topic?: string): string => withFragment(withBase('/claims/'), topic && topicAnchor(topic));

/** Element id of a topic's table on the claims pages. */
export const topicAnchor = (topic: string): string => `topic-${topic}`;

export const claimsOfKindPath = (kind: string): string => withBase(`/claims/kind/${kind}/`);

/** The claims one source (an article, by slug) makes. */
export const claimsOfSourcePath = (slug: string): string => withBase(`/claims/source/${slug}/`);

/** `/positions/`, or one issue's section or one position on it. */
export const positionsPath = (fragment?: string): string => withFragment(withBase('/positions/'), fragment);

/** Element id of a position on /positions/. */
export const positionAnchor = (claimId: string): string => `position-${claimId}`;

/** Element id of an issue's section on /positions/. */
export const issueAnchor = (issue: string): string => `issue-${issue}`;

/** A row of the claims tables on /claims/ (`row-<claim id>`), where every row is. */
export const claimsRowPath = (rowId: string): string => withFragment(withBase('/claims/'), rowId);

/** The claims of one story's articles (`content/stories.yaml`), a column for each. */
export const claimsOfStoryPath = (storyId: string): string => withBase(`/claims/story/${storyId}/`);

/** The filters a claims page can combine; the page's script reads them from the query. */
export interface ClaimsQuery {
  kind?: string;
  source?: string;
  topic?: string;
  story?: string;
}

/** `/claims/?kind=…&source=…&topic=…&story=…`, empty filters left out: the filters combined (with JavaScript). */
export function claimsQueryPath(query: ClaimsQuery): string {
  const params = new URLSearchParams();
  for (const name of ['kind', 'source', 'topic', 'story'] as const) if (query[name]) params.set(name, query[name]);
  const search = params.toString();
  return search ? `${withBase('/claims/')}?${search}` : withBase('/claims/');
}

/** `/compare/`: the topics and stories, with counts. */
export const comparePath = (): string => withBase('/compare/');

/** One topic's comparison (its rows past the first page on `/compare/<topic>/<n>/`), or one row on it. */
export const compareTopicPath = (topic: string, rowId?: string, page = 1): string =>
  withFragment(withBase(page > 1 ? `/compare/${topic}/${page}/` : `/compare/${topic}/`), rowId);

/** `/stories/`: every story, with its articles. */
export const storiesPath = (): string => withBase('/stories/');

/** One story: its articles and their comparison, or one row on it. */
export const storyPath = (storyId: string, rowId?: string): string => withFragment(withBase(`/stories/${storyId}/`), rowId);

/** `/entities/`, or one type's table on it (`#person`). */
export const entitiesPath = (type?: string): string => withFragment(withBase('/entities/'), type);

/** An entity's page; its mentions past the first page are on `/entities/<id>/mentions/<n>/`. */
export const entityPath = (entityId: string, page = 1): string =>
  withBase(page > 1 ? `/entities/${entityId}/mentions/${page}/` : `/entities/${entityId}/`);

/** `/framing/`, or one concept on it (`/framing/#kyiv`): how each source words the same things. */
export const framingPath = (conceptId?: string): string => withFragment(withBase('/framing/'), conceptId);

/** `/timeline/`, or one entry on it (`event-<lead claim id>`, `written-<slug>`). */
export const timelinePath = (entry?: string, page = 1): string =>
  withFragment(withBase(page > 1 ? `/timeline/${page}/` : '/timeline/'), entry);

/** Element id of an event on the timeline, from the id of the claim it is about. */
export const eventAnchor = (claimId: string): string => `event-${claimId}`;

/** `/notes/`, every editorial note by kind, or one kind's list on it. */
export const notesPath = (kind?: string): string => withFragment(withBase('/notes/'), kind && noteKindAnchor(kind));

/** Element id of one kind's list on the notes page. */
export const noteKindAnchor = (kind: string): string => `kind-${kind}`;

/** Every note of one kind, a page at a time (/notes/ shows each kind's first few). */
export const notesOfKindPath = (kind: string, page = 1): string =>
  withBase(page > 1 ? `/notes/kind/${kind}/${page}/` : `/notes/kind/${kind}/`);

/** `/sources/`, or one source card on it. */
export const sourcesPath = (cardId?: string): string => withFragment(withBase('/sources/'), cardId);

export interface SearchState {
  query: string;
  /** Outlet id, or empty. */
  source: string;
  /** Entity id, or empty. */
  entity: string;
}

/** The search page, `/search/?q=<query>&source=<outlet id>&entity=<entity id>`, empty parts left out. */
export function searchPath(state: Partial<SearchState> = {}): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.source) params.set('source', state.source);
  if (state.entity) params.set('entity', state.entity);
  const search = params.toString();
  const path = withBase('/search/');
  return search ? `${path}?${search}` : path;
}

/** A file of the search index (name without `.json`). */
export const searchIndexPath = (name: string): string => withBase(`/search-index/${name}.json`);

/** A bundle of the search code, by file name. */
export const searchAssetPath = (file: string): string => withBase(`/search-assets/${file}`);

export const feedPath = (): string => withBase('/rss.xml');

export const sitemapPath = (): string => withBase('/sitemap-index.xml');

export const faviconPath = (): string => withBase('/favicon.svg');

/** The classic script that applies the reader's layer choices before first paint (public/layers.js). */
export const layersScriptPath = (): string => withBase('/layers.js');

/**
 * The share page of a passage from the URL of the article page the reader is on
 * (any query or fragment dropped), for the copy button: `…/articles/<slug>/p/<id>/`.
 */
export function sharePageUrlFrom(pageUrl: string, passageId: string): string {
  const article = new URL(pageUrl);
  article.search = '';
  article.hash = '';
  return new URL(`p/${encodeURIComponent(passageId)}/`, article).href;
}
