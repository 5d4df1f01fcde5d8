/**
 * The dev server's card route, `/articles/<slug>/p/<passage>.png`: astro.config.mjs
 * injects it for `astro dev` only. A build writes every card once the pages are
 * done instead (writePassageCards in load-card.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../articles/load.ts';
import { SITE } from '../site.ts';
import { cardOrders, type PassageCardInput } from './card.ts';
import { renderPassageCard } from './load-card.ts';

export const getStaticPaths = (async () =>
  cardOrders(await loadArticles(), SITE.name).map((order) => ({
    params: { slug: order.slug, passage: order.passageId },
    props: { input: order.input },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: PassageCardInput }> = async ({ props }) =>
  new Response((await renderPassageCard(props.input)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
