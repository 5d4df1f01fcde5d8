import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedInstant } from '../lib/articles/dates.ts';
import { loadArticles } from '../lib/articles/load.ts';
import { FEED_ITEMS, SITE } from '../lib/site.ts';
import { escapeHtml } from '../lib/text.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = await loadArticles();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site!,
    trailingSlash: true,
    // Newest first (loadArticles' order); a feed carries the latest, not the archive.
    items: articles.slice(0, FEED_ITEMS).map((article) => ({
      title: article.entry.data.title,
      link: article.url,
      pubDate: publishedInstant(article.entry.data.published),
      // Feed readers read a description as HTML: escaped once more here, the source's words show as words.
      description: escapeHtml(article.summary),
      categories: [article.outlet.data.name, ...article.entry.data.tags],
    })),
  });
};
