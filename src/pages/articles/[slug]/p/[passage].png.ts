import type { APIRoute, GetStaticPaths } from 'astro';
import { type LoadedArticle, loadArticles } from '../../../../lib/articles/load.ts';
import { renderPassageCard } from '../../../../lib/passages/load-card.ts';
import type { Passage } from '../../../../lib/passages/passage.ts';
import { SITE } from '../../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const articles = await loadArticles();
  return articles.flatMap((article) =>
    article.passages.map((passage) => ({ params: { slug: article.slug, passage: passage.id }, props: { article, passage } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: LoadedArticle; passage: Passage }> = async ({ props }) => {
  const png = await renderPassageCard({
    quote: props.passage.text,
    articleTitle: props.article.entry.data.title,
    outlet: props.article.outlet.data.name,
    siteName: SITE.name,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
