import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.ts';

const path = '/articles/istanbul-talks-after-drone-attacks/';
const browser = useBrowser();

const backgroundOf = (page: Page, id: string) =>
  page.evaluate((targetId) => getComputedStyle(document.getElementById(targetId)!).backgroundColor, id);
const isInViewport = (page: Page, id: string) =>
  page.evaluate((targetId) => {
    const box = document.getElementById(targetId)!.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  }, id);

describe('passage permalinks', () => {
  it('gives every passage a unique id and a labelled permalink', async () => {
    const page = await openPage(browser(), path);
    const ids = await page.locator('.article-body .passage').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const link = page.locator(`.article-body a.passage-permalink[href="#${id}"]`);
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('aria-label')).toMatch(/^Permalink to /);
    }
    await page.context().close();
  });

  it('highlights a passage when its permalink is followed, by keyboard too', async () => {
    const page = await openPage(browser(), path);
    const passage = page.locator('.article-body p.passage').nth(4);
    const id = (await passage.getAttribute('id'))!;
    const unhighlighted = await backgroundOf(page, id);
    await passage.locator('a.passage-permalink').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseUrl}${path}#${id}`);
    await expect.poll(() => backgroundOf(page, id)).not.toBe(unhighlighted);
    await expect.poll(() => isInViewport(page, id)).toBe(true);
    await page.context().close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`lands on and highlights the passage of an arriving link (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const probe = await openPage(browser(), path);
      const ids = await probe.locator('.article-body p.passage').evaluateAll((nodes) => nodes.map((node) => node.id));
      const id = ids.at(-2)!;
      const plain = await backgroundOf(probe, id);
      await probe.context().close();

      const page = await openPage(browser(), `${path}#${id}`, { javaScriptEnabled });
      await expect.poll(() => isInViewport(page, id)).toBe(true);
      expect(await backgroundOf(page, id)).not.toBe(plain);
      expect(await page.evaluate((targetId) => document.querySelector(':target')?.id === targetId, id)).toBe(true);
      await page.context().close();
    });
  }

  it('copies the passage’s share URL to the clipboard and confirms it', async () => {
    const page = await openPage(browser(), `${path}?from=test`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const passage = page.locator('.article-body p.passage').nth(2);
    const id = (await passage.getAttribute('id'))!;
    const button = passage.locator('button.passage-copy');
    await passage.hover();
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${path}p/${id}/`);
    await expect.poll(() => page.locator('[data-passage-status]').textContent()).toBe('Link to this passage copied');
    expect(await button.getAttribute('data-state')).toBe('copied');
    await page.context().close();
  });

  it('keeps the copy button out of reach without JavaScript, where it could not work', async () => {
    const page = await openPage(browser(), path, { javaScriptEnabled: false });
    const visibility = await page
      .locator('button.passage-copy')
      .first()
      .evaluate((node) => getComputedStyle(node).visibility);
    expect(visibility).toBe('hidden');
    await page.context().close();
  });
});
