/** The sources page's cards: what we know of each source, and its articles here. */
import type { CollectionEntry } from 'astro:content';
import { describePublished } from './dates.ts';
import { type LoadedArticle, articlesOfSource } from './load.ts';

const KIND_LABEL: Record<CollectionEntry<'sources'>['data']['kind'], string> = {
  author: 'Author',
  outlet: 'Outlet',
  platform: 'Platform',
  unknown: 'Unidentified source',
};

export interface SourceCard {
  /** The card's element id, the source's id (`sourcesPath(id)` links to it). */
  id: string;
  /** "Outlet · China". */
  kicker: string;
  name: string;
  about: string;
  homepage?: string;
  articles: { url: string; title: string; date: string; published: string }[];
}

export function sourceCards(sources: readonly CollectionEntry<'sources'>[], articles: readonly LoadedArticle[]): SourceCard[] {
  return sources.map(({ id, data }) => ({
    id,
    kicker: data.country ? `${KIND_LABEL[data.kind]} · ${data.country}` : KIND_LABEL[data.kind],
    name: data.name,
    about: data.about,
    homepage: data.homepage,
    articles: articlesOfSource(articles, id).map(({ url, entry }) => ({
      url,
      title: entry.data.title,
      date: entry.data.published.date,
      published: describePublished(entry.data.published),
    })),
  }));
}
