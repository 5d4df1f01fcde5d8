/**
 * Issue 14's reading fixes, as a reader meets them: claims first beside the text,
 * whole numbers at any count, numbers and sidebar entries linking both ways, a
 * phone's claim sheet that keeps the reader in place, print with the claims
 * listed, Escape back to Find, controls at 3:1, highlights apart from the
 * arrival tint, the legend on /claims/ and the badges in words.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser.ts';

const browser = useBrowser();
const ARTICLE = '/articles/what-comes-next-after-putin-and-trump-agreed-to-talk/';
const NDTV = '/articles/istanbul-talks-after-drone-attacks/';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** WCAG contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((part) => {
        const c = Number(part) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const colours = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((node) => [getComputedStyle(node).color, getComputedStyle(document.body).backgroundColor]);

describe('claims in reach', () => {
  it('puts the claims first in the sidebar and the names in a fold', async () => {
    const page = await openPage(browser(), ARTICLE);
    expect(await page.locator('aside.sidebar > *').first().locator('section.claim-sidebar').count()).toBe(1);
    const fold = page.locator('.entity-sidebar details.entity-details');
    expect(await fold.getAttribute('open')).toBe('');
    expect(await fold.locator('summary').textContent()).toMatch(/^\d+ names, by type$/);
    await page.context().close();
  });

  it('shows every claim number whole, 10 and up included, inside the sidebar', async () => {
    const page = await openPage(browser(), ARTICLE);
    const numbers = await page.locator('.claim-list > li').evaluateAll((items) => {
      const sidebar = document.querySelector('aside.sidebar')!.getBoundingClientRect();
      return items.map((item) => {
        const text = getComputedStyle(item, '::before').content;
        const box = item.getBoundingClientRect();
        return { text, inside: box.left >= sidebar.left && box.right <= sidebar.right };
      });
    });
    expect(numbers.length).toBeGreaterThanOrEqual(39);
    numbers.forEach((number) => expect(number.inside).toBe(true));
    // The number is drawn in the item's own first column, wide enough for two digits.
    const column = await page
      .locator('.claim-list > li')
      .nth(38)
      .evaluate((item) => getComputedStyle(item).gridTemplateColumns.split(' ')[0]);
    expect(parseFloat(column!)).toBeGreaterThan(25);
    await page.context().close();
  });

  it('links a number in the text to its sidebar entry and the entry back to the number’s words', async () => {
    const page = await openPage(browser(), ARTICLE);
    const ref = page.locator('a.claim-ref[data-claim-number="12"]');
    const claim = (await ref.getAttribute('href'))!.slice('#claim-'.length);
    await ref.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#claim-${claim}`);
    expect(await page.locator(`#claim-${claim}`).evaluate((node) => node.matches(':target'))).toBe(true);
    await page.locator(`#claim-${claim} > a`).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#said-${claim}`);
    expect(await page.locator(`#said-${claim}`).evaluate((node) => node.matches('mark.claim-quote[data-claim]'))).toBe(true);
    await page.context().close();
  });

  it('on a phone opens a number’s claim over the text, in place, with a way back', async () => {
    const page = await openPage(browser(), NDTV, PHONE);
    const ref = page.locator('a.claim-ref').nth(3);
    await ref.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await ref.tap();
    const entry = page.locator('.claim-list > li:target');
    await entry.waitFor();
    const sheet = await entry.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return { position: getComputedStyle(node).position, bottom: Math.round(box.bottom), top: box.top };
    });
    expect(sheet.position).toBe('fixed');
    expect(sheet.bottom).toBe(844);
    expect(sheet.top).toBeGreaterThan(844 / 3);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(5);
    // Its words, above the sheet, are lit; the way back names itself.
    expect(await page.locator('mark.claim-quote.is-lit').count()).toBeGreaterThan(0);
    const back = entry.locator('> a').first();
    expect(await back.evaluate((node) => getComputedStyle(node, '::before').content)).toContain('Back to the text');
    await back.tap();
    await expect.poll(() => page.locator('.claim-list > li:target').count()).toBe(0);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(400);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the text with its provenance and notes, and the claims as a numbered list after it', async () => {
    const page = await openPage(browser(), NDTV);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.provenance').isVisible()).toBe(true);
    expect(await page.locator('.editorial-note').first().isVisible()).toBe(true);
    expect(await page.locator('.claim-list').isVisible()).toBe(true);
    expect(await page.locator('.entity-sidebar').isVisible()).toBe(false);
    expect(
      await page
        .locator('.claim-list > li')
        .nth(9)
        .evaluate((node) => getComputedStyle(node, '::before').content),
    ).toBe('counter(claim) "."');
    const [bodyBottom, listTop] = await page.evaluate(() => [
      document.querySelector('.article-body')!.getBoundingClientRect().bottom,
      document.querySelector('.claim-list')!.getBoundingClientRect().top,
    ]);
    expect(listTop).toBeGreaterThan(bodyBottom);
    await page.context().close();
  });

  it('prints no claim list when the reader switched the claim marks off', async () => {
    const page = await openPage(browser(), NDTV);
    await page.locator('.layer-switch[data-layer="claims"]').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.claim-list').isVisible()).toBe(false);
    expect(await page.locator('a.claim-ref').first().isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('controls and highlights', () => {
  it('returns focus to the Find button when Escape closes the entity stepper', async () => {
    const page = await openPage(browser(), NDTV);
    const find = page.locator('button.entity-find').first();
    await find.click();
    await page.locator('[data-entity-step="1"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => find.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await page.locator('[data-entity-stepper]').isVisible()).toBe(false);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws the ¶ and copy icons, claim numbers and layer switches at 3:1 or more (${colorScheme})`, async () => {
      const page = await openPage(browser(), NDTV, { colorScheme });
      for (const selector of ['a.passage-permalink', 'button.passage-copy', 'a.claim-ref', '.layer-switch[aria-pressed="false"]']) {
        const [fore, back] = await colours(page, selector);
        expect(contrast(fore!, back!), selector).toBeGreaterThanOrEqual(3);
      }
      await page.context().close();
    });

    it(`highlights searched words in the passage, in a colour apart from the arrival tint (${colorScheme})`, async () => {
      const search = await openPage(browser(), '/search/?q=Bosphorus', { colorScheme });
      const href = (await search.locator('main a.search-hit-link').first().getAttribute('href'))!;
      expect(href).toMatch(/\?q=bosphorus(\+[a-z]+)*#/);
      const page = await search.context().newPage();
      await page.goto(href);
      await expect.poll(() => page.evaluate(() => CSS.highlights.get('searched-words')?.size ?? 0)).toBeGreaterThan(0);
      const [hit, tint] = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.background = 'var(--hit)';
        document.body.append(probe);
        return [getComputedStyle(probe).backgroundColor, getComputedStyle(document.querySelector('.passage:target')!).backgroundColor];
      });
      expect(hit).not.toBe(tint);
      expect(contrast(hit!, tint!)).toBeGreaterThan(1.3);
      await search.context().close();
    });
  }
});

describe('explained in words', () => {
  it('explains the cell labels of /claims/ in a visible legend', async () => {
    const page = await openPage(browser(), '/claims/');
    const legend = page.locator('.cell-legend');
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.locator('dt').allTextContents()).toEqual([
      'Reports',
      'Same',
      'Agrees',
      'Differs',
      'Contradicts',
      'Updates',
      'Before this',
      'Silent',
      'Opposed by',
      'Aligned with',
      'Answers',
      'Answered by',
      'Only in',
    ]);
    await page.context().close();
  });

  it('explains each provenance badge in text, and keeps the first paragraph on a phone’s first screen', async () => {
    const page = await openPage(browser(), NDTV, PHONE);
    const badges = await page.locator('.badges .badge').allTextContents();
    await page.locator('.provenance-details > summary').click();
    const meanings = await page.locator('.badge-meanings li strong').allTextContents();
    expect(meanings).toEqual(badges);
    await page.reload();
    const top = await page
      .locator('.article-body p.passage')
      .first()
      .evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 - 60);
    await page.context().close();
  });
});
