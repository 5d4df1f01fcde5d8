/**
 * Bundles the search interface and its worker at build time with esbuild into
 * content-hashed files under /search-assets/. They are not Astro page scripts
 * on purpose: the header box loads them with a one-line inline handler on first
 * focus, so a plain read loads no search code and article pages keep their
 * single script.
 */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { BASE_PATH, searchAssetPath } from '../routes.ts';

export interface SearchAsset {
  /** File name under /search-assets/. */
  file: string;
  url: string;
  code: string;
}

export interface SearchAssets {
  ui: SearchAsset;
  worker: SearchAsset;
}

async function bundle(entry: string, name: string): Promise<SearchAsset> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    // The bundles build their URLs with src/lib/routes.ts: give them the site's base path, as Vite does for page scripts.
    define: { 'import.meta.env.BASE_URL': JSON.stringify(BASE_PATH) },
  });
  const code = result.outputFiles[0]!.text;
  const file = `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  return { file, url: searchAssetPath(file), code };
}

let cache: Promise<SearchAssets> | undefined;

/** The search UI and worker bundles, built once per build. */
export function loadSearchAssets(): Promise<SearchAssets> {
  cache ??= Promise.all([
    bundle('src/components/search/search-ui.ts', 'search-ui'),
    bundle('src/components/search/search-worker.ts', 'search-worker'),
  ]).then(([ui, worker]) => ({ ui, worker }));
  return cache;
}
