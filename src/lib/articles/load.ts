/**
 * Loads the articles and sources from astro:content once per build, checks
 * references between them, and shapes what every page needs of an article.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { readPageData } from '../../plugins/page-data.ts';
import type { AnchoredClaim } from '../claims/anchor.ts';
import type { EntityMention } from '../entities/mentions.ts';
import type { Passage } from '../passages/passage.ts';
import { truncate, wordCount } from '../text.ts';
import { findBrokenReferences } from './checks.ts';
import { publishedInstant } from './dates.ts';
import type { AnchoredNote } from './notes.ts';
import { type Badge, provenanceBadges, readingMinutes } from './provenance.ts';
import { articlePath } from '../routes.ts';
import { CONTENT } from '../content-root.ts';
import { join } from 'node:path';

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
    entries.map((entry) => ({ file: entry.filePath ?? join(CONTENT.articles, `${entry.id}.md`), data: entry.data })),
    new Set(sourcesById.keys()),
  );
  if (problems.length) throw new Error(`Broken references in content:\n${problems.join('\n')}`);

  const articles = await Promise.all(
    entries.map(async (entry): Promise<LoadedArticle> => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const { passages, anchoredNotes: notes, entityMentions: mentions, anchoredClaims: claims } = readPageData(remarkPluginFrontmatter);
      const text = passages.map((passage) => passage.text).join(' ');
      const words = wordCount(text);
      const authorId = entry.data.author === 'unknown' ? undefined : entry.data.author.source;
      const firstParagraph = passages.find((passage) => passage.kind === 'paragraph')?.text ?? '';
      return {
        entry,
        slug: entry.id,
        url: articlePath(entry.id),
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
