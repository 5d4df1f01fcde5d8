/** The timeline's inputs, from the claims and articles loaded once per build. */
import { loadArticles } from '../articles/load.ts';
import { loadClaims } from '../claims/load.ts';
import { type Timeline, timeline } from './views.ts';

let built: Promise<Timeline> | undefined;

/** Every article's and every piece's date, and the shaped claims, made into the timeline (once per build: its pages share it). */
export function loadTimeline(): Promise<Timeline> {
  built ??= buildTimeline();
  return built;
}

async function buildTimeline(): Promise<Timeline> {
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
  return timeline(views, dated.reverse());
}
