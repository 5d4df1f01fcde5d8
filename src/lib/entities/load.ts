/** The registry with every article's mentions, from astro:content, shaped for entity pages and sidebars. */
import { getCollection } from 'astro:content';
import { loadArticles } from '../articles/load.ts';
import { REGISTRY_FILE, loadRegistryFile } from './load-registry.ts';
import { findUnknownSourceCards } from './registry.ts';
import type { Entity } from './schema.ts';
import {
  articleEntities,
  type EntityGroup,
  type EntityProfile,
  type EntitySalience,
  entityProfiles,
  type MentionedArticle,
  mentionTable,
  type MentionTableRow,
} from './views.ts';

export interface EntityLibrary {
  /** Registry order. */
  entities: Entity[];
  /** Articles as the table's columns, newest first. */
  articles: MentionedArticle[];
  table: MentionTableRow[];
  profiles: Map<string, EntityProfile>;
  /** Each article's sidebar groups, by slug. */
  sidebars: Map<string, EntityGroup<EntitySalience>[]>;
}

let entityCache: Promise<EntityLibrary> | undefined;

async function loadEntityLibrary(): Promise<EntityLibrary> {
  // The file loader only logs a parse error and keeps its old entries; checking the file here makes a bad registry fail the build.
  loadRegistryFile(REGISTRY_FILE);
  const [loaded, entries, sources] = await Promise.all([loadArticles(), getCollection('entities'), getCollection('sources')]);
  const entities = entries.map((entry) => entry.data);
  const problems = findUnknownSourceCards(REGISTRY_FILE, entities, new Set(sources.map((source) => source.id)));
  if (problems.length) throw new Error(`Broken references in content:\n${problems.join('\n')}`);
  const articles: MentionedArticle[] = loaded.map((article) => ({
    slug: article.slug,
    url: article.url,
    title: article.entry.data.title,
    sourceName: article.outlet.data.name,
    passages: article.passages,
    mentions: article.mentions,
  }));
  return {
    entities,
    articles,
    table: mentionTable(entities, articles),
    profiles: entityProfiles(entities, articles),
    sidebars: new Map(articles.map((article) => [article.slug, articleEntities(entities, article.mentions)])),
  };
}

/** The registry with every article's mentions, shaped for the entity pages and sidebars; once per build. */
export function loadEntities(): Promise<EntityLibrary> {
  entityCache ??= loadEntityLibrary();
  return entityCache;
}
