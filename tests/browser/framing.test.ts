/**
 * /framing/ as built: every wording links to passages that hold it (the links
 * followed into the article pages), each source that never names a concept says
 * so, it reads without JavaScript and fits a 390 px screen; each article's
 * Wording section links to concepts on it.
 */
import { describe, expect, it } from 'vitest';
import { articleSlugs, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();
const NO_JS = { javaScriptEnabled: false };
const collapse = (text: string) => text.replace(/\s+/g, ' ');

interface WordingLink {
  href: string;
  text: string;
  wording: string;
}

describe('/framing/', () => {
  it('links every wording to passages that hold it, in the built articles (no JavaScript)', async () => {
    const page = await openPage(browser(), '/framing/', NO_JS);
    const links: WordingLink[] = await page.locator('a.wording-passage').evaluateAll((nodes) =>
      nodes.map((node) => ({
        href: node.getAttribute('href')!,
        text: node.getAttribute('data-wording-text')!,
        wording: node.closest('li')!.querySelector('.wording')!.textContent!,
      })),
    );
    expect(links.length).toBeGreaterThan(100);
    const byArticle = Map.groupBy(links, (link) => link.href.split('#')[0]!);
    expect([...byArticle.keys()].sort()).toEqual(
      articleSlugs()
        .map((slug) => `/articles/${slug}/`)
        .sort(),
    );
    for (const [articleUrl, held] of byArticle) {
      const article = await page.context().newPage();
      await article.goto(new URL(articleUrl, page.url()).href);
      const texts: Record<string, string | null> = await article.evaluate(
        (ids) => Object.fromEntries(ids.map((id) => [id, document.getElementById(id)?.textContent ?? null])),
        held.map((link) => decodeURIComponent(link.href.split('#')[1]!)),
      );
      for (const link of held) {
        const passage = texts[decodeURIComponent(link.href.split('#')[1]!)];
        expect(passage, `${link.href} (${link.wording})`).not.toBeNull();
        expect(collapse(passage!), `${link.href} should hold "${link.text}"`).toContain(collapse(link.text));
      }
      await article.close();
    }
    await page.context().close();
  });

  it('shows each concept with every source, saying so where a source never names it', async () => {
    const page = await openPage(browser(), '/framing/', NO_JS);
    const concepts = page.locator('section.concept');
    expect(await concepts.count()).toBeGreaterThanOrEqual(15);
    for (const section of await concepts.all()) {
      expect(await section.locator('li.framing-source').count()).toBe(articleSlugs().length);
    }
    const kyiv = page.locator('section#kyiv');
    await expect.poll(() => kyiv.locator('.silent').count()).toBe(2);
    expect(collapse(await kyiv.innerText())).toMatch(/Voice of East\s?“?Kiev”? ×4/);
    expect(await page.locator('section#donbas .unused').innerText()).toContain('Donbas');
    await page.context().close();
  });

  it('fits a 390 px screen without scrolling sideways', async () => {
    const page = await openPage(browser(), '/framing/', { viewport: { width: 390, height: 844 } });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.context().close();
  });

  it('gives each article a short Wording section whose links land on concepts of /framing/', async () => {
    const framing = await openPage(browser(), '/framing/', NO_JS);
    const ids = new Set(await framing.locator('section.concept').evaluateAll((nodes) => nodes.map((node) => node.id)));
    for (const slug of articleSlugs()) {
      const page = await framing.context().newPage();
      await page.goto(new URL(`/articles/${slug}/`, framing.url()).href);
      const hrefs = await page
        .locator('section[aria-labelledby="wording-title"] a')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
      expect(hrefs.length, slug).toBeGreaterThan(0);
      expect(hrefs.length).toBeLessThanOrEqual(6);
      for (const href of hrefs) {
        const id = href.split('#')[1];
        if (id) expect(ids.has(id), href).toBe(true);
        else expect(href).toBe('/framing/');
      }
      await page.close();
    }
    await framing.context().close();
  });
});
