/** The pages that list articles: the front page and the month pages, each linking every way into the archive. */
import { describe, expect, it } from 'vitest';
import { articleSlugs, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('listing pages', () => {
  it('lists every article newest first on the front page, with the months and stories to browse by', async () => {
    const page = await openPage(browser(), '/', { javaScriptEnabled: false });
    const cards = await page.locator('ol.card-list .card-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(cards.sort()).toEqual(
      articleSlugs()
        .map((slug) => `/articles/${slug}/`)
        .sort(),
    );
    const dates = await page.locator('ol.card-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates.map((date) => date));
    // Five articles fit on one page: no page links.
    expect(await page.locator('nav.pagination').count()).toBe(0);
    const months = await page
      .locator('.browse-months a')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(months).toEqual([
      ['August 2025', '/archive/2025-08/'],
      ['June 2025', '/archive/2025-06/'],
      ['February 2025', '/archive/2025-02/'],
    ]);
    expect(await page.locator('#by-story + ul a').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('shows on each month page exactly the articles published that month', async () => {
    const home = await openPage(browser(), '/');
    const all = await home.locator('ol.card-list .card').evaluateAll((cards) =>
      cards.map((card) => ({
        href: card.querySelector('.card-title a')!.getAttribute('href'),
        date: card.querySelector('time')!.getAttribute('datetime')!,
      })),
    );
    for (const month of ['2025-02', '2025-06', '2025-08']) {
      const page = await openPage(browser(), `/archive/${month}/`, { javaScriptEnabled: false });
      expect(await page.locator('h1').textContent()).toMatch(/^Published in \w+ 2025$/);
      const listed = await page
        .locator('ol.card-list .card-title a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(listed.sort()).toEqual(
        all
          .filter((card) => card.date.startsWith(month))
          .map((card) => card.href)
          .sort(),
      );
      await page.context().close();
    }
    await home.context().close();
  });
});
