/**
 * The committed articles as search input, rendered through the site's own
 * Markdown pipeline outside Astro (for unit tests and the bench), so passage ids,
 * entity mentions and claims are the site's.
 */
import { readFileSync } from 'node:fs';
import { renderArticles } from '../articles/load-rendered.ts';
import { loadRegistryFile } from '../entities/load-registry.ts';
import type { SearchArticleInput } from './build-index.ts';
import type { EntitySpellings } from './expand.ts';
import { claimSummariesByPassage, entitySpellings, searchArticles } from './records.ts';
import { CONTENT } from '../content-root.ts';
import { parseYaml } from '../schema-parts.ts';

export interface SearchCorpus {
  articles: SearchArticleInput[];
  entities: EntitySpellings[];
}

export async function loadSearchCorpus(directory: string = CONTENT.articles): Promise<SearchCorpus> {
  const sources = parseYaml(CONTENT.sources, readFileSync(CONTENT.sources, 'utf8')) as Record<string, { name: string }>;
  const articles = (await renderArticles(directory)).map(({ slug, frontmatter, passages, mentions, claims }) => {
    const { title, outlet } = frontmatter as { title: string; outlet: string };
    return {
      slug,
      title,
      outlet: { id: outlet, name: sources[outlet]?.name ?? outlet },
      passages,
      mentions,
      claims: claimSummariesByPassage(claims),
    };
  });
  return { articles: searchArticles(articles), entities: entitySpellings(loadRegistryFile().entities) };
}
