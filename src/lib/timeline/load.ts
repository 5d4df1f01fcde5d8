/** The timeline's inputs, from the claims and articles loaded once per build. */
import { loadArticles } from '../articles/load.ts';
import { loadClaims } from '../claims/load.ts';
import { type TimelinePage, timelinePage } from './views.ts';

/** Every article's and every piece's date, and the shaped claims, made into /timeline/. */
export async function loadTimeline(): Promise<TimelinePage> {
  const [articles, { views }] = await Promise.all([loadArticles(), loadClaims()]);
  const dated = articles.map((article) => ({
    slug: article.slug,
    title: article.entry.data.title,
    sourceName: article.outlet.data.name,
    url: article.url,
    published: article.entry.data.published,
    parts: article.entry.data.parts.flatMap((part) => (part.published ? [{ title: part.title, published: part.published }] : [])),
  }));
  // Oldest first, so equal days keep a stable order.
  return timelinePage(views, dated.reverse());
}
