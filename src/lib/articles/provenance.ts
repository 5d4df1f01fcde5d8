/**
 * What pages say about an article beyond its text: provenance badges, reading
 * time, language names, bylines. Pure, so every page says it the same way.
 */
import type { ArticleFrontmatter, Author } from './schema.ts';

export interface Badge {
  /** Short visible label, e.g. "translated". */
  label: string;
  /** One sentence that explains it (shown as the badge's description). */
  detail: string;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Russian", "Chinese"…; "an unknown language" for `unknown`. */
export function languageName(tag: string): string {
  if (tag === 'unknown') return 'an unknown language';
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "Russian → Chinese → English". */
export function describeTranslationChain(chain: readonly string[]): string {
  return chain.map((tag) => (tag === 'unknown' ? 'unknown language' : languageName(tag))).join(' → ');
}

export function authorName(author: Author): string | undefined {
  return author === 'unknown' ? undefined : author.name;
}

export function provenanceBadges(article: ArticleFrontmatter): Badge[] {
  const badges: Badge[] = [];
  const { language } = article;
  if (language.chain.length > 1) {
    badges.push({
      label: 'translated',
      detail: `Reached English through ${describeTranslationChain(language.chain)}${language.inferred ? ' (our inference)' : ''}.`,
    });
  }
  if (article.titleSupplied) badges.push({ label: 'title supplied', detail: 'The source had no title; this one is ours.' });
  if (article.author === 'unknown') badges.push({ label: 'no byline', detail: 'The source names no author.' });
  if (article.published.basis !== 'stated') {
    badges.push({ label: `date ${article.published.basis}`, detail: article.published.explanation ?? '' });
  }
  if (article.parts.length) {
    badges.push({
      label: `${article.parts.length + 1} pieces`,
      detail: 'This file holds several pieces by the same author, each titled in the text.',
    });
  }
  return badges;
}

/** Whole minutes to read `words` words at `wordsPerMinute` (default 230), at least 1. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export const KIND_LABEL: Record<ArticleFrontmatter['kind'], string> = {
  'news-report': 'News report',
  analysis: 'Analysis',
  opinion: 'Opinion',
};
