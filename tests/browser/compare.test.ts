/**
 * The comparison pages: every quote links to a passage that holds its words, they
 * read without JavaScript and pass axe in both themes, and paired rows link both ways.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const topicPages = folders('dist/compare').map((topic) => `/compare/${topic}/`);
const storyPages = folders('dist/stories').map((story) => `/stories/${story}/`);
const claimsStoryPages = folders('dist/claims/story').map((story) => `/claims/story/${story}/`);

/** Normalised for comparing a quote with a passage's text (marks and mentions split text nodes; spacing varies). */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('comparison pages', () => {
  it('lists every topic and story with counts on /compare/, linking to each page', async () => {
    const page = await openPage(browser(), '/compare/', { javaScriptEnabled: false });
    expect(await page.locator('nav[aria-label="Site"] a[aria-current="page"]').textContent()).toBe('Compare');
    const links = await page.locator('main .compare-list a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([...topicPages, ...storyPages]));
    expect(await page.locator('main .compare-counts').first().textContent()).toMatch(/^\d+ rows, \d+ shared by two or more sources$/);
    await page.context().close();
  });

  for (const path of [...topicPages, ...storyPages]) {
    it(`lands every quote on ${path} on a passage holding its words`, async () => {
      const page = await openPage(browser(), path, { javaScriptEnabled: false });
      const quotes = await page
        .locator('.voice-quote a')
        .evaluateAll((nodes) => nodes.map((node) => ({ href: node.getAttribute('href')!, text: node.textContent!.replace(/^“|”$/g, '') })));
      expect(quotes.length).toBeGreaterThan(0);
      const byArticle = new Map<string, { id: string; text: string }[]>();
      for (const quote of quotes) {
        const url = new URL(quote.href, page.url());
        const list = byArticle.get(url.pathname) ?? [];
        list.push({ id: decodeURIComponent(url.hash.slice(1)), text: quote.text });
        byArticle.set(url.pathname, list);
      }
      // One visit per article: every passage named there must hold its quote.
      for (const [articlePath, wanted] of byArticle) {
        await page.goto(articlePath);
        const found = await page.evaluate(
          (items) =>
            items.map(
              (item) =>
                document.getElementById(item.id)?.closest('.passage')?.textContent ?? document.getElementById(item.id)?.textContent ?? '',
            ),
          wanted,
        );
        wanted.forEach((item, index) => expect(squash(found[index]!), `${articlePath}#${item.id}`).toContain(squash(item.text)));
      }
      await page.context().close();
    });
  }

  it('shows each row with only the sources that speak to it, a relation for each, and single-source rows marked', async () => {
    const page = await openPage(browser(), topicPages[0]!, { javaScriptEnabled: false });
    const rows = page.locator('article.compare-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const shapes = await rows.evaluateAll((nodes) =>
      nodes.map((node) => ({
        voices: node.querySelectorAll('.compare-voice').length,
        relations: [...node.querySelectorAll('.voice-relation strong')].map((strong) => strong.textContent),
        sources: node.querySelector('.compare-row-meta')!.textContent!,
        chains: [...node.querySelectorAll('.voice-chain')].map((chain) => chain.textContent),
      })),
    );
    for (const shape of shapes) {
      expect(shape.relations[0]).toBe('Reports');
      expect(shape.chains.every((chain) => /^Chain: \S/.test(chain ?? ''))).toBe(true);
      if (shape.voices === 1) expect(shape.sources).toMatch(/^Only in /);
      else expect(shape.sources).toMatch(/^\d+ sources/);
    }
    await page.context().close();
  });

  it('links paired positions to each other’s rows', async () => {
    for (const path of topicPages) {
      const page = await openPage(browser(), path, { javaScriptEnabled: false });
      const pairs = await page.locator('.compare-pairs a').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
      for (const href of pairs) {
        const url = new URL(href);
        await page.goto(href);
        expect(await page.locator(`[id="${url.hash.slice(1)}"]`).count(), href).toBe(1);
        expect(await page.locator(':target.compare-row').count(), href).toBe(1);
      }
      await page.context().close();
    }
  });

  it('lists a story’s articles, each linking to it, before its comparison', async () => {
    const page = await openPage(browser(), storyPages[0]!, { javaScriptEnabled: false });
    const articles = await page.locator('.story-articles a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((href) => /^\/articles\/[a-z0-9-]+\/$/.test(href ?? ''))).toBe(true);
    // Every source quoted on the story page is one of its articles.
    const quoted = await page
      .locator('.voice-quote a')
      .evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href).pathname));
    expect(quoted.every((path) => articles.includes(path))).toBe(true);
    await page.context().close();
  });

  it('reads at 390 px without sideways scrolling, the sources stacked', async () => {
    for (const path of [topicPages[0]!, storyPages[0]!, '/compare/', '/stories/']) {
      const page = await openPage(browser(), path, { viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      const lefts = await page
        .locator('article.compare-row')
        .first()
        .locator('.compare-voice')
        .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().left));
      expect(new Set(lefts).size, path).toBeLessThanOrEqual(1);
      await page.context().close();
    }
  });
});

describe('WCAG 2.2 A/AA on the comparison pages (axe-core)', () => {
  const pages = [
    '/compare/',
    '/stories/',
    ...topicPages,
    ...storyPages,
    ...claimsStoryPages,
    '/claims/?kind=position&story=' + folders('dist/stories')[0],
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      it(`finds no violation on ${path} (${colorScheme} theme)`, async () => {
        const page = await openPage(browser(), path, { colorScheme });
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('shows a visible focus outline on a quote link', async () => {
    const page = await openPage(browser(), topicPages[0]!);
    const link = page.locator('.voice-quote a').first();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await link.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
    await page.context().close();
  });
});
