/**
 * The real `astro build` on a small archive (synthetic articles made from the
 * committed five, as the site bench makes them): past a page's worth, the
 * listing, comparison, timeline and entity pages split into numbered pages that
 * exist, link to each other and to every row wherever it landed, hold at 390 px
 * and stay small; past a matrix's width, claims pages stop offering a filter per
 * article and /entities/ counts by outlet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/cli/check-links.ts';
import { readBaseContent, syntheticArticles, writeArchive } from '../../src/cli/synthetic-archive.ts';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { startStaticServer } from '../browser/static-server.ts';
import { type FixtureSite, fixtureSite } from '../helpers/build-fixture.ts';

/** Past ARTICLES_PER_PAGE (20) and MATRIX_MAX_SOURCES (12), and enough rows for a topic's second page. */
const ARTICLES = 30;

let site: FixtureSite;
let output = '';
let status: number | null = null;

beforeAll(() => {
  site = fixtureSite((content) => {
    const base = readBaseContent('content');
    writeArchive(content, base, syntheticArticles(base, ARTICLES), 0, ARTICLES);
  });
  ({ status, output } = site.build());
}, 600_000);
afterAll(() => site?.dispose());

const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const hrefs = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!))].filter((href) => pattern.test(href));
const pagination = (text: string) => text.match(/<nav class="pagination"[^>]*>[\s\S]*?<\/nav>/)?.[0] ?? '';
const rowIds = (text: string) => [...text.matchAll(/<article class="compare-row[^"]*" id="([^"]+)"/g)].map((match) => match[1]!);

describe(`astro build on an archive of ${ARTICLES} articles`, () => {
  it('succeeds, and every internal link and fragment of every page resolves', () => {
    expect(status, output).toBe(0);
    const report = checkLinks(site.dist);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(ARTICLES * 4);
  });

  it('splits a topic’s comparison into numbered pages, each with its own rows', () => {
    const topics = readdirSync(join(site.dist, 'compare'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const paged = topics.filter((topic) => readdirSync(join(site.dist, 'compare', topic.name)).includes('2'));
    expect(paged.length, 'a topic with a second page').toBeGreaterThan(0);
    for (const topic of paged) {
      const first = html(`compare/${topic.name}`);
      const second = html(`compare/${topic.name}/2`);
      expect(pagination(first)).toContain(`href="/compare/${topic.name}/2/"`);
      expect(pagination(first)).toMatch(/Page 1 of \d+/);
      expect(pagination(second)).toMatch(/Page 2 of \d+/);
      expect(pagination(second)).toContain(`href="/compare/${topic.name}/"`);
      const [firstRows, secondRows] = [rowIds(first), rowIds(second)];
      expect(firstRows).toHaveLength(20);
      expect(secondRows.length).toBeGreaterThan(0);
      expect(secondRows.filter((id) => firstRows.includes(id))).toEqual([]);
    }
  });

  it('splits the timeline into numbered pages, and the home page into pages of 20 articles', () => {
    const timeline = html('timeline');
    expect(pagination(timeline)).toContain('href="/timeline/2/"');
    expect(pagination(html('timeline/2'))).toMatch(/Page 2 of \d+/);
    expect(pagination(html(''))).toContain('href="/page/2/"');
    expect(hrefs(html(''), /^\/articles\/[^/]+\/$/).length).toBeGreaterThanOrEqual(20);
    expect(hrefs(html('page/2'), /^\/articles\/[^/]+\/$/).length).toBeGreaterThanOrEqual(ARTICLES - 20);
  });

  it('shows each kind’s first 20 notes on /notes/, and every note of a kind on its own pages', () => {
    const sections = [...html('notes').matchAll(/<section class="notes-kind" id="kind-([a-z]+)"[\s\S]*?<\/section>/g)];
    expect(sections.length).toBeGreaterThan(0);
    for (const [section] of sections) expect(section.match(/<li>/g)!.length).toBeLessThanOrEqual(20);
    const linked = sections.flatMap(([section, kind]) => {
      const more = section.match(/<a href="(\/notes\/kind\/[a-z]+\/)">All (\d+) notes of this kind<\/a>/);
      return more ? [{ kind: kind!, href: more[1]!, count: Number(more[2]) }] : [];
    });
    expect(linked.length, 'a kind with more than 20 notes').toBeGreaterThan(0);
    for (const { kind, href, count } of linked) {
      const section = html(href).match(/<section class="notes-kind" id="kind-([a-z]+)"[\s\S]*?<\/section>/)!;
      expect(section[1]).toBe(kind);
      expect(section[0].match(/<li>/g)!.length).toBe(Math.min(count, 100));
    }
  });

  it('offers no per-article filter on /claims/ past a dozen articles, and points to the stories instead', () => {
    const claims = html('claims');
    expect(hrefs(claims, /^\/claims\/source\//)).toEqual([]);
    expect(hrefs(claims, /^\/claims\/story\//).length).toBeGreaterThan(1);
  });

  it('keeps every page under 100 KB gzipped', () => {
    const heavy: string[] = [];
    const visit = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.html') && gzipSync(readFileSync(path)).length > 100 * 1024) heavy.push(path);
      }
    };
    visit(site.dist);
    expect(heavy).toEqual([]);
  });

  it('lays the numbered pages out at 390 px without sideways scrolling, their page links targets big enough and reachable by keyboard', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const { server, url } = await startStaticServer(site.dist);
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const topic = readdirSync(join(site.dist, 'compare'), { withFileTypes: true }).find(
        (entry) => entry.isDirectory() && readdirSync(join(site.dist, 'compare', entry.name)).includes('2'),
      )!.name;
      const noteKind = readdirSync(join(site.dist, 'notes', 'kind'))[0]!;
      for (const path of [`/compare/${topic}/2/`, '/timeline/2/', '/page/2/', '/claims/', '/notes/', `/notes/kind/${noteKind}/`]) {
        await page.goto(new URL(path, url).href);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        if (!path.endsWith('/2/')) continue;
        const previous = page.locator('nav.pagination a[rel="prev"]');
        await previous.focus();
        expect(await previous.evaluate((link) => link === document.activeElement && getComputedStyle(link).outlineStyle !== 'none')).toBe(
          true,
        );
        // Page links are 44 px targets (WCAG 2.5.8) wherever a list paginates, not only where the listing styles load.
        const box = await previous.boundingBox();
        expect(box!.height, path).toBeGreaterThanOrEqual(44);
      }
    } finally {
      await browser.close();
      server.close();
    }
  });
});
