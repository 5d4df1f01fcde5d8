/**
 * The "Show" toolbar, as a reader meets it: each switch turns its layer (claims,
 * names, notes) into plain text and back, the choice holds across reloads and
 * pages and is on <html> before the body is parsed (so before first paint), and
 * without JavaScript the page reads as it is, with no toolbar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();
const ARTICLE = '/articles/istanbul-talks-after-drone-attacks/';
const OTHER_ARTICLE = '/articles/trump-putin-alaska-meeting-expectations/';

const layerSwitch = (page: Page, label: string) => page.locator('.layer-switches').getByRole('button', { name: label, exact: true });

/** How each layer looks in the text now, from computed styles. */
function layerLooks(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      claimNumber: style('.article-body a.claim-ref').display,
      nameUnderline: style('.article-body a.mention').textDecorationLine,
      nameColour: style('.article-body a.mention').color === style('.article-body p.passage').color,
      note: style('.article-body .editorial-note').display,
    };
  });
}

/** Records <html>'s classes the moment <body> is parsed: after the head's scripts, before any module or paint. */
async function recordClassesAtBody(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      (window as unknown as { classesAtBody: string }).classesAtBody = document.documentElement.className;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}
const classesAtBody = (page: Page) => page.evaluate(() => (window as unknown as { classesAtBody: string }).classesAtBody.split(' ').sort());

describe('layers a reader controls', () => {
  it('starts calm: claim numbers and our notes shown, names as plain text, each switch saying so', async () => {
    const page = await openPage(browser(), ARTICLE);
    expect(await page.locator('.layer-switches').isVisible()).toBe(true);
    expect(await layerSwitch(page, 'Claims').getAttribute('aria-pressed')).toBe('true');
    expect(await layerSwitch(page, 'Names').getAttribute('aria-pressed')).toBe('false');
    expect(await layerSwitch(page, 'Notes').getAttribute('aria-pressed')).toBe('true');
    expect(await layerLooks(page)).toEqual({ claimNumber: 'inline', nameUnderline: 'none', nameColour: true, note: 'block' });
    // The quoted words carry no band until their claim is pointed at.
    const mark = page.locator('mark.claim-quote').first();
    expect(await mark.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('turns each layer off and on: no number, underline, tint or note left for a layer that is off', async () => {
    const page = await openPage(browser(), ARTICLE);
    await layerSwitch(page, 'Claims').click();
    await layerSwitch(page, 'Names').click();
    await layerSwitch(page, 'Notes').click();
    expect(await layerSwitch(page, 'Claims').getAttribute('aria-pressed')).toBe('false');
    expect(await layerSwitch(page, 'Names').getAttribute('aria-pressed')).toBe('true');
    expect(await layerLooks(page)).toEqual({ claimNumber: 'none', nameUnderline: 'underline', nameColour: true, note: 'none' });
    expect(await page.locator('aside .notes-sidebar').isVisible()).toBe(false);
    // With claims off, pointing at a claim in the sidebar lights nothing in the text.
    await page.locator('#claim-ndtv-spiders-web-40 > a').first().focus();
    const lit = page.locator('mark.claim-quote.is-lit').first();
    expect(await lit.evaluate((node) => [getComputedStyle(node).backgroundColor, getComputedStyle(node).boxShadow])).toEqual([
      'rgba(0, 0, 0, 0)',
      'none',
    ]);
    await layerSwitch(page, 'Claims').click();
    await layerSwitch(page, 'Names').click();
    await layerSwitch(page, 'Notes').click();
    expect(await layerLooks(page)).toEqual({ claimNumber: 'inline', nameUnderline: 'none', nameColour: true, note: 'block' });
    await page.context().close();
  });

  it('keeps the choice across a reload and on other articles, applied before the body is parsed', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await recordClassesAtBody(page);
    await page.goto(new URL(ARTICLE, baseUrl).href);
    expect(await classesAtBody(page)).toEqual(['claims-on', 'layers', 'names-off', 'notes-on']);
    await layerSwitch(page, 'Claims').click();
    await layerSwitch(page, 'Names').click();
    await page.reload();
    expect(await classesAtBody(page)).toEqual(['claims-off', 'layers', 'names-on', 'notes-on']);
    expect(await layerSwitch(page, 'Claims').getAttribute('aria-pressed')).toBe('false');
    expect(await layerSwitch(page, 'Names').getAttribute('aria-pressed')).toBe('true');
    expect((await layerLooks(page)).claimNumber).toBe('none');
    await page.goto(new URL(OTHER_ARTICLE, baseUrl).href);
    expect(await classesAtBody(page)).toEqual(['claims-off', 'layers', 'names-on', 'notes-on']);
    await context.close();
  });

  it('without JavaScript shows no toolbar and reads with the default layers', async () => {
    const page = await openPage(browser(), ARTICLE, { javaScriptEnabled: false });
    expect(await page.locator('.layer-switches').isVisible()).toBe(false);
    expect(await layerLooks(page)).toEqual({ claimNumber: 'inline', nameUnderline: 'none', nameColour: true, note: 'block' });
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with every layer on and with every layer off (${colorScheme} theme)`, async () => {
      const page = await openPage(browser(), ARTICLE, { colorScheme });
      await layerSwitch(page, 'Names').click();
      expect(await axeViolations(page)).toEqual([]);
      for (const label of ['Claims', 'Names', 'Notes']) await layerSwitch(page, label).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
