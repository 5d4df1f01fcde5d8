/** The site's search index and the search page's filters, from the loaded articles and entities; once per build. */
import { loadArticles } from '../articles/load.ts';
import { loadEntities } from '../entities/load.ts';
import { buildSearchIndex, indexFiles } from './build-index.ts';
import { claimSummariesByPassage, entitySpellings, searchArticles } from './records.ts';

let searchIndexCache: Promise<Map<string, string>> | undefined;

async function buildSiteSearchIndex(): Promise<Map<string, string>> {
  const [articles, { entities }] = await Promise.all([loadArticles(), loadEntities()]);
  const input = searchArticles(
    articles.map((article) => ({
      slug: article.slug,
      title: article.entry.data.title,
      outlet: { id: article.outlet.id, name: article.outlet.data.name },
      passages: article.passages,
      mentions: article.mentions,
      claims: claimSummariesByPassage(article.claims),
    })),
  );
  return indexFiles(buildSearchIndex(input, entitySpellings(entities)));
}

/** The search index files (name without `.json` → JSON text), built once per build. */
export function loadSearchIndexFiles(): Promise<Map<string, string>> {
  searchIndexCache ??= buildSiteSearchIndex();
  return searchIndexCache;
}

export interface SearchFilterOptions {
  outlets: { id: string; name: string }[];
  entities: { id: string; name: string }[];
}

/** The search page's filters: outlets with articles, and entities named at least once, by name. */
export async function loadSearchFilterOptions(): Promise<SearchFilterOptions> {
  const [articles, { table }] = await Promise.all([loadArticles(), loadEntities()]);
  const outlets = [...new Map(articles.map((article) => [article.outlet.id, article.outlet.data.name]))].map(([id, name]) => ({
    id,
    name,
  }));
  const entities = table.filter((row) => row.total > 0).map(({ entity }) => ({ id: entity.id, name: entity.name }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { outlets: outlets.sort(byName), entities: entities.sort(byName) };
}
