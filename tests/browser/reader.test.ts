import { describe, expect, it } from 'vitest';
import { committedArticles } from '../helpers/articles.ts';
import { openPage, useBrowser } from './browser.ts';

const articles = committedArticles();
const slugOf = (file: string) => file.replace(/^content\/articles\//, '').replace(/\.md$/, '');
const browser = useBrowser();

describe('home page', () => {
  it('lists every article with its outlet, author, date, kind, reading time and provenance', async () => {
    const page = await openPage(browser(), '/');
    const cards = page.locator('ol.card-list > li');
    expect(await cards.count()).toBe(articles.length);
    expect(articles.length).toBe(5);
    const titles = await page.locator('.card-title').allTextContents();
    expect(titles.sort()).toEqual(articles.map((article) => article.frontmatter.title).sort());
    const khramchikhin = page.locator('.card', { hasText: "Trump's Patience Is Not Eternal" });
    await expect
      .poll(() => khramchikhin.locator('.meta').textContent())
      .toMatch(/Toutiao.*Alexander Khramchikhin.*11 June 2025.*Opinion.*\d+ min read/);
    expect(await khramchikhin.locator('.badge').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('translated')]));
    await page.context().close();
  });
});

describe('article pages', () => {
  for (const article of articles) {
    it(`renders ${slugOf(article.file)} with its title, provenance and body`, async () => {
      const page = await openPage(browser(), `/articles/${slugOf(article.file)}/`);
      expect(await page.locator('article h1').textContent()).toBe(article.frontmatter.title);
      const body = page.locator('.article-body');
      const passages = body.locator('.passage');
      expect(await passages.count()).toBeGreaterThan(3);
      // The first sentence of the body is on the page, verbatim.
      const firstLine = article.body.trim().split('\n')[0]!.slice(0, 60);
      expect(await body.textContent()).toContain(firstLine);
      expect(await page.locator('.provenance').textContent()).toContain('Outlet');
      expect(await page.locator('aside.sidebar').count()).toBe(1);
      await page.context().close();
    });
  }

  it('defines its custom elements, each wrapping the markup it enhances, the sidebars naming the body they act on', async () => {
    const page = await openPage(browser(), '/articles/istanbul-talks-after-drone-attacks/');
    const defined = await page.evaluate(() =>
      ['article-body', 'entity-finder', 'claim-highlight'].map((name) => Boolean(customElements.get(name))),
    );
    expect(defined).toEqual([true, true, true]);
    expect(await page.locator('article-body > .article-body .passage').count()).toBeGreaterThan(3);
    expect(await page.locator('aside.sidebar entity-finder > section.entity-sidebar').count()).toBe(1);
    expect(await page.locator('aside.sidebar claim-highlight > section.claim-sidebar').count()).toBe(1);
    const body = await page.locator('article-body').getAttribute('id');
    expect(await page.locator('entity-finder').getAttribute('data-controls')).toBe(body);
    expect(await page.locator('claim-highlight').getAttribute('data-controls')).toBe(body);
    // The wrappers draw no box of their own, so the layout is the one without them.
    expect(
      await page
        .locator('article-body, entity-finder, claim-highlight')
        .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).display)),
    ).toEqual(['contents', 'contents', 'contents']);
    await page.context().close();
  });

  it('shows the editorial note beside the passage it is about, without changing the text', async () => {
    const page = await openPage(browser(), '/articles/trump-putin-alaska-meeting-expectations/');
    const passage = page.locator('.passage', { hasText: 'Helsinki (France)' });
    const note = passage.locator('xpath=following-sibling::*[1]');
    expect(await note.getAttribute('role')).toBe('note');
    expect(await note.textContent()).toMatch(/Helsinki is the capital of Finland/);
    await page.context().close();
  });

  it('titles the second piece of a two-piece file with its own standfirst and byline', async () => {
    const page = await openPage(browser(), '/articles/what-comes-next-after-putin-and-trump-agreed-to-talk/');
    const part = page.locator('h2.part-title');
    expect(await part.textContent()).toContain('The Merits Of A Demilitarized “Trans-Dnieper” Region');
    expect(await page.locator('.part-header .part-standfirst').textContent()).toBe(
      'This proposal is the most realistic means for keeping the peace after an armistice.',
    );
    expect(await page.locator('.part-header .part-byline').textContent()).toMatch(/^By Andrew Korybko · 17 January 2025/);
    await page.context().close();
  });

  it('shows raw HTML from a source as text and runs none of it', async () => {
    // The articles carry no HTML; this checks the page's handling of the one untranslated fragment and quotes.
    const page = await openPage(browser(), '/articles/trumps-patience-is-not-eternal/');
    expect(await page.locator('.article-body').textContent()).toContain('The新一轮 "hellish sanctions"');
    await page.context().close();
  });
});

describe('sources page', () => {
  it('has one card per outlet or author, each listing its articles', async () => {
    const page = await openPage(browser(), '/sources/');
    const ndtv = page.locator('#ndtv');
    expect(await ndtv.locator('h2').textContent()).toBe('NDTV');
    expect(await ndtv.locator('li a').allTextContents()).toEqual([
      articles.find((article) => article.frontmatter.outlet === 'ndtv')!.frontmatter.title,
    ]);
    expect(await page.locator('#andrew-korybko li').count()).toBe(1);
    await page.context().close();
  });
});
