/**
 * The cards the build draws and writes once every page is done (writePassageCards in
 * src/lib/passages/load-card.ts, called from astro.config.mjs), which then removes this
 * list: a card per passage as a route of its own cost an archive more in routing and
 * writing than in drawing.
 */
import type { APIRoute } from 'astro';
import { loadArticles } from '../lib/articles/load.ts';
import { cardOrders } from '../lib/passages/card.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async () => Response.json(cardOrders(await loadArticles(), SITE.name));
