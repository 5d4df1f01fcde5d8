/**
 * Every URL of the site, as src/lib/routes.ts builds it, and the page file that
 * serves it: a route without a page, or a page without a route, fails here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes.ts';
import { filesUnder } from '../../src/cli/files-under.ts';

/** Each route with an example, what it must build, and the file under src/pages that serves it. */
const ROUTES: [name: string, built: string, expected: string, page: string][] = [
  ['home', routes.homePath(), '/', 'index.astro'],
  ['home, later page', routes.homePath(3), '/page/3/', 'page/[page].astro'],
  ['month', routes.monthPath('2025-06'), '/archive/2025-06/', 'archive/[month].astro'],
  ['month, later page', routes.monthPath('2025-06', 2), '/archive/2025-06/2/', 'archive/[month]/[page].astro'],
  ['article', routes.articlePath('istanbul-talks'), '/articles/istanbul-talks/', 'articles/[slug].astro'],
  [
    'passage',
    routes.passagePath('istanbul-talks', 'a-day-after-35f1'),
    '/articles/istanbul-talks/#a-day-after-35f1',
    'articles/[slug].astro',
  ],
  [
    'passage from a search',
    routes.passagePath('istanbul-talks', 'a-day-after-35f1', 'kiev talks'),
    '/articles/istanbul-talks/?q=kiev+talks#a-day-after-35f1',
    'articles/[slug].astro',
  ],
  [
    'share page',
    routes.sharePagePath('istanbul-talks', 'a-day-after-35f1'),
    '/articles/istanbul-talks/p/a-day-after-35f1/',
    'articles/[slug]/p/[passage].astro',
  ],
  [
    'card',
    routes.cardPath('istanbul-talks', 'a-day-after-35f1'),
    '/articles/istanbul-talks/p/a-day-after-35f1.png',
    '(written after the pages from passage-cards.json.ts)',
  ],
  ['card list (removed once the cards are written)', routes.cardListPath(), '/passage-cards.json', 'passage-cards.json.ts'],
  [
    'claim',
    routes.claimPath('istanbul-talks', 'ndtv-spiders-web-40'),
    '/articles/istanbul-talks/#claim-ndtv-spiders-web-40',
    'articles/[slug].astro',
  ],
  ['claims', routes.claimsPath(), '/claims/', 'claims/index.astro'],
  ['claims topic', routes.claimsPath('territory'), '/claims/#topic-territory', 'claims/index.astro'],
  ['claims of a kind', routes.claimsOfKindPath('figure'), '/claims/kind/figure/', 'claims/kind/[kind].astro'],
  ['claims of a source', routes.claimsOfSourcePath('istanbul-talks'), '/claims/source/istanbul-talks/', 'claims/source/[source].astro'],
  ['positions', routes.positionsPath(), '/positions/', 'positions/index.astro'],
  [
    'one position',
    routes.positionsPath(routes.positionAnchor('ndtv-roadmap-reparations')),
    '/positions/#position-ndtv-roadmap-reparations',
    'positions/index.astro',
  ],
  ['one issue', routes.positionsPath(routes.issueAnchor('territory')), '/positions/#issue-territory', 'positions/index.astro'],
  ['claims row', routes.claimsRowPath('row-ndtv-spiders-web-40'), '/claims/#row-ndtv-spiders-web-40', 'claims/index.astro'],
  [
    'claims of a story',
    routes.claimsOfStoryPath('istanbul-talks-2025'),
    '/claims/story/istanbul-talks-2025/',
    'claims/story/[story].astro',
  ],
  [
    'claims, filters combined',
    routes.claimsQueryPath({ kind: 'position', source: 'istanbul-talks', topic: '', story: 'istanbul-talks-2025' }),
    '/claims/?kind=position&source=istanbul-talks&story=istanbul-talks-2025',
    'claims/index.astro',
  ],
  ['compare', routes.comparePath(), '/compare/', 'compare/index.astro'],
  ['compare a topic', routes.compareTopicPath('territory'), '/compare/territory/', 'compare/[topic].astro'],
  ['compare row', routes.compareTopicPath('territory', 'row-a'), '/compare/territory/#row-a', 'compare/[topic].astro'],
  ['compare a topic, page 2', routes.compareTopicPath('territory', undefined, 2), '/compare/territory/2/', 'compare/[topic]/[page].astro'],
  [
    'compare row on page 3',
    routes.compareTopicPath('territory', 'row-b', 3),
    '/compare/territory/3/#row-b',
    'compare/[topic]/[page].astro',
  ],
  ['stories', routes.storiesPath(), '/stories/', 'stories/index.astro'],
  ['story', routes.storyPath('istanbul-talks-2025'), '/stories/istanbul-talks-2025/', 'stories/[id].astro'],
  ['story row', routes.storyPath('istanbul-talks-2025', 'row-a'), '/stories/istanbul-talks-2025/#row-a', 'stories/[id].astro'],
  ['entities', routes.entitiesPath(), '/entities/', 'entities/index.astro'],
  ['entities of a type', routes.entitiesPath('person'), '/entities/#person', 'entities/index.astro'],
  ['entity', routes.entityPath('vladimir-putin'), '/entities/vladimir-putin/', 'entities/[id].astro'],
  ['entity, first page of mentions', routes.entityPath('vladimir-putin', 1), '/entities/vladimir-putin/', 'entities/[id].astro'],
  [
    'entity, later mentions',
    routes.entityPath('vladimir-putin', 2),
    '/entities/vladimir-putin/mentions/2/',
    'entities/[id]/mentions/[page].astro',
  ],
  ['framing', routes.framingPath(), '/framing/', 'framing.astro'],
  ['framing concept', routes.framingPath('kyiv'), '/framing/#kyiv', 'framing.astro'],
  ['timeline', routes.timelinePath(), '/timeline/', 'timeline.astro'],
  ['timeline, page 2', routes.timelinePath(undefined, 2), '/timeline/2/', 'timeline/[page].astro'],
  [
    'timeline entry',
    routes.timelinePath(routes.eventAnchor('ndtv-talks-monday-istanbul')),
    '/timeline/#event-ndtv-talks-monday-istanbul',
    'timeline.astro',
  ],
  ['notes', routes.notesPath(), '/notes/', 'notes.astro'],
  ['notes of a kind', routes.notesPath('place'), '/notes/#kind-place', 'notes.astro'],
  ['every note of a kind', routes.notesOfKindPath('place'), '/notes/kind/place/', 'notes/kind/[kind].astro'],
  ['every note of a kind, page 2', routes.notesOfKindPath('place', 2), '/notes/kind/place/2/', 'notes/kind/[kind]/[page].astro'],
  ['sources', routes.sourcesPath(), '/sources/', 'sources.astro'],
  ['source card', routes.sourcesPath('ndtv'), '/sources/#ndtv', 'sources.astro'],
  ['search', routes.searchPath(), '/search/', 'search.astro'],
  [
    'search with state',
    routes.searchPath({ query: 'Kiev & <b>', source: 'ndtv', entity: '' }),
    '/search/?q=Kiev+%26+%3Cb%3E&source=ndtv',
    'search.astro',
  ],
  ['search index file', routes.searchIndexPath('root'), '/search-index/root.json', 'search-index/[file].json.ts'],
  ['search bundle', routes.searchAssetPath('search-ui.0123456789.js'), '/search-assets/search-ui.0123456789.js', 'search-assets/[file].ts'],
  ['feed', routes.feedPath(), '/rss.xml', 'rss.xml.ts'],
  ['sitemap', routes.sitemapPath(), '/sitemap-index.xml', '(@astrojs/sitemap)'],
  ['favicon', routes.faviconPath(), '/favicon.svg', '(public/favicon.svg)'],
  ['layers script', routes.layersScriptPath(), '/layers.js', '(public/layers.js)'],
];

const pageFiles = () => filesUnder('src/pages').map((path) => path.slice('src/pages/'.length));

describe('routes', () => {
  it.each(ROUTES)('%s: %s', (_name, built, expected) => {
    expect(built).toBe(expected);
  });

  it('has a page file for every route, and a route for every page file', () => {
    for (const [, , , page] of ROUTES) {
      if (page.startsWith('(')) continue;
      expect(existsSync(join('src/pages', page)), page).toBe(true);
    }
    const routed = new Set(ROUTES.map(([, , , page]) => page));
    // The 404 page and robots.txt are served by name, not linked.
    const unrouted = pageFiles().filter((page) => !routed.has(page) && page !== '404.astro' && page !== 'robots.txt.ts');
    expect(unrouted).toEqual([]);
    expect(existsSync('public/favicon.svg')).toBe(true);
    expect(existsSync('public/layers.js')).toBe(true);
  });

  it('resolves a share page from the article page a reader is on, dropping query and fragment', () => {
    expect(routes.sharePageUrlFrom('https://example.org/articles/a/?quote=x#p1:~:text=y', 'p 1')).toBe(
      'https://example.org/articles/a/p/p%201/',
    );
  });

  it('puts every path under the base path, added in one place', () => {
    expect(routes.BASE_PATH).toBe('/');
    expect(routes.withBase('/claims/')).toBe('/claims/');
  });
});
