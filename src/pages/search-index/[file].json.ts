/**
 * The search index, emitted at build time as static JSON files (root, word
 * parts, term shards, record blocks; see src/lib/search/index-format.ts). The
 * browser fetches only the files a query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearchIndexFiles } from '../../lib/search/load.ts';

export const getStaticPaths = (async () => {
  const files = await loadSearchIndexFiles();
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await loadSearchIndexFiles();
  const body = files.get(params.file ?? '');
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
