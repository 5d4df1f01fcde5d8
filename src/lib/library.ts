/**
 * Loads the articles and sources once per build, checks references between
 * them, and shapes what pages show. The only module that reads astro:content.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import type { AnchoredNote, EntityMention, Passage } from '../plugins/page-data.ts';
import { authorName, provenanceBadges, readingMinutes, type Badge } from './article-meta.ts';
import { findBrokenReferences } from './content-checks.ts';
import {
  articleEntities,
  type EntityGroup,
  type EntityProfile,
  type EntitySalience,
  entityProfiles,
  type MentionedArticle,
  mentionTable,
  type MentionTableRow,
} from './entity-index.ts';
import { type AnchoredClaim, findClaimProblems } from './claim-checks.ts';
import { claimFileSlugs, claimsFilePath } from './claim-files.ts';
import { type Asserter, type ClaimedArticle, type ClaimView, claimMatrix, claimViews, entityAsserter, type MatrixRow } from './claim-index.ts';
import { compileMatcher } from './entity-matcher.ts';
import { REGISTRY_FILE, findUnknownSourceCards, loadRegistryFile } from './entity-registry.ts';
import type { Entity } from './entity-schema.ts';
import { publishedInstant } from './dates.ts';
import { truncate, wordCount } from './text.ts';
import { buildSearchIndex, indexFiles } from './search/build-index.ts';
import { claimSummariesByPassage, entitySpellings, searchArticles } from './search/records.ts';

export interface LoadedArticle {
  entry: CollectionEntry<'articles'>;
  slug: string;
  url: string;
  outlet: CollectionEntry<'sources'>;
  authorSource?: CollectionEntry<'sources'>;
  passages: Passage[];
  notes: AnchoredNote[];
  /** Entity mentions in reading order (rehype-entity-mentions). */
  mentions: EntityMention[];
  /** Claims in reading order, anchored to their passages (rehype-claim-quotes). */
  claims: AnchoredClaim[];
  badges: Badge[];
  minutes: number;
  words: number;
  /** Standfirst, or the opening of the text where the source has none. */
  summary: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

let cache: Promise<LoadedArticle[]> | undefined;

async function load(): Promise<LoadedArticle[]> {
  const [entries, sources] = await Promise.all([getCollection('articles'), getCollection('sources')]);
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const problems = findBrokenReferences(
    entries.map((entry) => ({ file: entry.filePath ?? `content/articles/${entry.id}.md`, data: entry.data })),
    new Set(sourcesById.keys()),
  );
  if (problems.length) throw new Error(`Broken references in content:\n${problems.join('\n')}`);

  const articles = await Promise.all(
    entries.map(async (entry): Promise<LoadedArticle> => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const passages = (remarkPluginFrontmatter.passages ?? []) as Passage[];
      const notes = (remarkPluginFrontmatter.anchoredNotes ?? []) as AnchoredNote[];
      const mentions = (remarkPluginFrontmatter.entityMentions ?? []) as EntityMention[];
      const claims = (remarkPluginFrontmatter.anchoredClaims ?? []) as AnchoredClaim[];
      const text = passages.map((passage) => passage.text).join(' ');
      const words = wordCount(text);
      const authorId = entry.data.author === 'unknown' ? undefined : entry.data.author.source;
      const firstParagraph = passages.find((passage) => passage.kind === 'paragraph')?.text ?? '';
      return {
        entry,
        slug: entry.id,
        url: `/articles/${entry.id}/`,
        outlet: sourcesById.get(entry.data.outlet)!,
        authorSource: authorId ? sourcesById.get(authorId) : undefined,
        passages,
        notes,
        mentions,
        claims,
        badges: provenanceBadges(entry.data),
        minutes: readingMinutes(words),
        words,
        summary: entry.data.standfirst ?? truncate(firstParagraph, 220),
        Content,
      };
    }),
  );
  // Newest first; equal dates by title so the order never depends on file-system order.
  return articles.sort(
    (a, b) =>
      publishedInstant(b.entry.data.published).getTime() - publishedInstant(a.entry.data.published).getTime() ||
      a.entry.data.title.localeCompare(b.entry.data.title),
  );
}

/** All articles, newest first, checked and rendered once per build. */
export function loadArticles(): Promise<LoadedArticle[]> {
  cache ??= load();
  return cache;
}

export async function loadSources(): Promise<CollectionEntry<'sources'>[]> {
  const sources = await getCollection('sources');
  return sources.sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Articles a source card lists: those it published or wrote (any piece of). */
export function articlesOfSource(articles: readonly LoadedArticle[], sourceId: string): LoadedArticle[] {
  return articles.filter(
    ({ entry }) =>
      entry.data.outlet === sourceId ||
      (entry.data.author !== 'unknown' && entry.data.author.source === sourceId) ||
      entry.data.parts.some((part) => part.author && part.author !== 'unknown' && part.author.source === sourceId),
  );
}

export { authorName };

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
    profiles: entityProfiles(entities, articles, compileMatcher(entities)),
    sidebars: new Map(articles.map((article) => [article.slug, articleEntities(entities, article.mentions)])),
  };
}

/** The registry with every article's mentions, shaped for the entity pages and sidebars; once per build. */
export function loadEntities(): Promise<EntityLibrary> {
  entityCache ??= loadEntityLibrary();
  return entityCache;
}

export interface ClaimLibrary {
  /** Articles as the matrix's columns, newest first. */
  articles: ClaimedArticle[];
  /** Every claim by id. */
  views: Map<string, ClaimView>;
  /** Each article's claims in reading order, by slug. */
  byArticle: Map<string, ClaimView[]>;
  rows: MatrixRow[];
}

let claimCache: Promise<ClaimLibrary> | undefined;

/** Who `assertedBy: author` is: the author's entity, else their source card, else the outlet (unsigned pieces). */
function authorAsserter(article: LoadedArticle, entities: readonly Entity[]): Asserter {
  const card = article.authorSource ?? article.outlet;
  const entity = entities.find((candidate) => candidate.source === card.id);
  if (entity) return entityAsserter(entity);
  return { name: card.data.name, href: `/sources/#${card.id}`, type: article.authorSource ? 'Person' : 'Organization' };
}

async function loadClaimLibrary(): Promise<ClaimLibrary> {
  const [loaded, { entities }] = await Promise.all([loadArticles(), loadEntities()]);
  const slugs = new Set(loaded.map((article) => article.slug));
  const orphans = claimFileSlugs().filter((slug) => !slugs.has(slug));
  const problems = orphans.map((slug) => `${claimsFilePath(slug)}: no article content/articles/${slug}.md`);
  // The marking plugin read each claims file and anchored every quote while the article rendered (or failed the build).
  const files = loaded.map((article) => ({ slug: article.slug, file: claimsFilePath(article.slug), claims: article.claims.map(({ claim }) => claim) }));
  problems.push(...findClaimProblems(files, new Set(entities.map((entity) => entity.id))));
  const articles: ClaimedArticle[] = loaded.map((article) => ({
    slug: article.slug,
    url: article.url,
    title: article.entry.data.title,
    sourceName: article.outlet.data.name,
    author: authorAsserter(article, entities),
    anchored: article.claims,
  }));
  if (problems.length) throw new Error(`Invalid claims\n${problems.join('\n')}`);
  const views = claimViews(articles, entities);
  return {
    articles,
    views,
    byArticle: new Map(articles.map((article) => [article.slug, article.anchored.map(({ claim }) => views.get(claim.id)!)])),
    rows: claimMatrix(articles, views),
  };
}

/** Every article's claims, checked across files (ids, relations, attributions) and shaped for pages; once per build. */
export function loadClaims(): Promise<ClaimLibrary> {
  claimCache ??= loadClaimLibrary();
  return claimCache;
}

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
  const outlets = [...new Map(articles.map((article) => [article.outlet.id, article.outlet.data.name]))].map(([id, name]) => ({ id, name }));
  const entities = table.filter((row) => row.total > 0).map(({ entity }) => ({ id: entity.id, name: entity.name }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { outlets: outlets.sort(byName), entities: entities.sort(byName) };
}
