import { describe, expect, it } from 'vitest';
import { articleSlugs, axeViolations, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

const pages = [
  '/',
  '/sources/',
  '/entities/',
  '/entities/volodymyr-zelensky/',
  '/claims/',
  '/framing/',
  '/compare/',
  '/compare/negotiations/',
  '/stories/',
  '/stories/istanbul-talks-2025/',
  '/positions/',
  '/timeline/',
  '/notes/',
  '/notes/kind/translation/',
  '/archive/2025-06/',
  '/entities/ukraine/mentions/2/',
  // Search: results on the page, results with a matched claim, and no result (the hint).
  '/search/?q=Istanbul%20talks',
  '/search/?q=bargaining%20chips',
  '/search/?q=zzyzx',
  ...articleSlugs().map((slug) => `/articles/${slug}/`),
  // An article arriving from a quote link whose words have changed: the notice and highlight must pass too.
  `/articles/${articleSlugs()[0]}/?quote=words%20no%20longer%20in%20the%20article`,
];

describe('WCAG 2.2 A/AA (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      it(`finds no violation on ${path} (${colorScheme} theme)`, async () => {
        const page = await openPage(browser(), path, { colorScheme });
        if (path.includes('?quote=')) await page.locator('.quote-notice').waitFor();
        if (path.startsWith('/search/')) await page.locator('.search-status').filter({ hasText: /match/ }).waitFor();
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('keyboard', () => {
  it('shows the header search results popup without violations (both themes)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(browser(), '/entities/', { colorScheme });
      await page.keyboard.press('/');
      await page.keyboard.type('Zelenski');
      await page.locator('.search-popup a.search-hit-link').first().waitFor();
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.keyboard.press('ArrowDown');
      const outline = await page
        .locator('.search-popup a.search-hit-link')
        .first()
        .evaluate((node) => getComputedStyle(node).outlineStyle);
      expect(outline).toBe('solid');
      await page.context().close();
    }
  });

  it('offers a visible skip link first, which moves to the main content', async () => {
    const page = await openPage(browser(), '/articles/stalemate-continues-istanbul-talks/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    // The fragment navigation reaches page.url() asynchronously; under load it can lag the key press.
    await expect.poll(() => page.url()).toMatch(/#main$/);
    await page.context().close();
  });

  it('shows a visible focus outline on permalinks', async () => {
    const page = await openPage(browser(), '/articles/stalemate-continues-istanbul-talks/');
    const link = page.locator('a.passage-permalink').first();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await link.evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(outline).toBe('solid');
    await page.context().close();
  });
});
