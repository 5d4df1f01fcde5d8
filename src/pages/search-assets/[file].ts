/** The search interface, worker and box loader bundles (src/lib/search/load-assets.ts), emitted as static files. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearchAssets } from '../../lib/search/load-assets.ts';

export const getStaticPaths = (async () => {
  const assets = Object.values(await loadSearchAssets());
  return assets.map((asset) => ({ params: { file: asset.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const asset = Object.values(await loadSearchAssets()).find((candidate) => candidate.file === params.file);
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(asset.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
