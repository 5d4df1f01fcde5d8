/** The search interface and worker bundles (src/lib/search/load-assets.ts), emitted as static files. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearchAssets } from '../../lib/search/load-assets.ts';

export const getStaticPaths = (async () => {
  const { ui, worker } = await loadSearchAssets();
  return [ui, worker].map((asset) => ({ params: { file: asset.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { ui, worker } = await loadSearchAssets();
  const asset = [ui, worker].find((candidate) => candidate.file === params.file);
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(asset.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
