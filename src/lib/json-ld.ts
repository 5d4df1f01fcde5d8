/**
 * Structured data for pages, serialised so that no text from an article can
 * close the <script> element it sits in.
 */
import type { ArticleFrontmatter } from './articles/schema.ts';
import { authorName } from './articles/provenance.ts';

/** JSON safe to place inside <script type="application/ld+json">. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
  article: ArticleFrontmatter;
  url: string;
  outletName: string;
  description: string;
  wordCount: number;
}

/** schema.org NewsArticle (an OpinionNewsArticle / AnalysisNewsArticle where the kind says so). */
export function newsArticleJsonLd({ article, url, outletName, description, wordCount }: NewsArticleInput): Record<string, unknown> {
  const type = { 'news-report': 'NewsArticle', analysis: 'AnalysisNewsArticle', opinion: 'OpinionNewsArticle' }[article.kind];
  const name = authorName(article.author);
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description,
    datePublished: article.published.date,
    inLanguage: 'en',
    wordCount,
    ...(name ? { author: { '@type': 'Person', name } } : {}),
    publisher: { '@type': 'Organization', name: outletName },
    ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
    ...(article.language.chain.length > 1 ? { translationOfWork: { '@type': 'CreativeWork', inLanguage: article.language.original } } : {}),
    ...(article.tags.length ? { keywords: article.tags.map((tag) => tag.replace(/^#/, '')) } : {}),
  };
}
