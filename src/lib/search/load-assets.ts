/**
 * Bundles the search interface, its worker and the header box's loader at build
 * time with esbuild into content-hashed files under /search-assets/. They are not
 * Astro page scripts on purpose: the loader (search-box.ts) fetches the interface
 * only on first focus of the box, so a plain read loads no search code; and Astro
 * would inline a script as small as the loader, which the Content-Security-Policy
 * forbids. Article pages run the loader from their own single script instead.
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
  /** The header box's loader, for pages without a script of their own. */
  box: SearchAsset;
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

/** The search UI, worker and box loader bundles, built once per build. */
export function loadSearchAssets(): Promise<SearchAssets> {
  cache ??= Promise.all([
    bundle('src/components/search/search-ui.ts', 'search-ui'),
    bundle('src/components/search/search-worker.ts', 'search-worker'),
    bundle('src/components/search/search-box.ts', 'search-box'),
  ]).then(([ui, worker, box]) => ({ ui, worker, box }));
  return cache;
}
