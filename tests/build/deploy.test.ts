/**
 * Deploy anywhere: the real content built with a base path and a site address,
 * as for a project page (`https://<user>.github.io/<repo>/`), has every internal
 * link, source and fragment resolve under that base, and every absolute URL on
 * that address.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/cli/check-links.ts';

const BASE = '/crossread/';
const SITE = 'https://example.github.io/crossread/';
const root = mkdtempSync(join(tmpdir(), 'crossread-deploy-'));
const dist = join(root, 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

beforeAll(() => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BASE_PATH: BASE,
      SITE_URL: SITE,
      ASTRO_OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(root, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`astro build with a base path failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build under a base path', () => {
  it('has no broken internal link, source or fragment, feeds and sitemaps included', () => {
    const report = checkLinks(dist, { base: BASE, site: SITE });
    console.log(`link check under ${BASE}: ${report.pages} pages, ${report.checked} internal links checked, ${report.external} external`);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(150);
    expect(report.checked).toBeGreaterThan(5000);
  });

  it('puts every internal link under the base path and every absolute URL on the site address', () => {
    const home = read('index.html');
    const paths = [...home.matchAll(/\s(?:href|src|action|data-search-ui|data-search-worker)="([^"#][^"]*)"/g)].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(path.startsWith(BASE) || path.startsWith('https://'), path).toBe(true);
    const article = read('articles/istanbul-talks-after-drone-attacks/index.html');
    expect(article).toContain(`<link rel="canonical" href="${SITE}articles/istanbul-talks-after-drone-attacks/">`);
    expect(article).toMatch(new RegExp(`class="mention" href="${BASE}entities/`));
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    expect(read('rss.xml')).toContain(`<link>${SITE}articles/`);
  });

  it('serves a 404 page whose links work at any address under the base', () => {
    const notFound = read('404.html');
    expect(notFound).toContain(`href="${BASE}"`);
    expect(notFound).not.toMatch(/rel="canonical"/);
  });

  it('gives the search bundles the base path for the index they fetch', () => {
    const worker = /data-search-worker="([^"]+)"/.exec(read('index.html'))![1]!;
    expect(read(worker.slice(BASE.length))).toContain(BASE);
  });
});
