import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.ts';

const path = '/articles/stalemate-continues-istanbul-talks/';
const browser = useBrowser();

/** Drags the mouse across `words` inside the passage that contains them, as a reader would. */
async function selectWords(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((needle) => {
    const passage = [...document.querySelectorAll('.article-body .passage')].find((element) => element.textContent!.includes(needle))!;
    const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + needle.length - 1);
      range.setEnd(node, at + needle.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`not found: ${needle}`);
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('quoted-text');
    return highlight ? [...highlight].map((range) => range.toString()).join('') : undefined;
  });

describe('links to quoted words', () => {
  it('round-trips: select, copy, open, and the same words are highlighted', async () => {
    const page = await openPage(browser(), path, { permissions: ['clipboard-read', 'clipboard-write'] });
    const words = 'approximately 40 bomber aircraft';
    await page.locator('.passage', { hasText: words }).scrollIntoViewIfNeeded();
    await selectWords(page, words);
    const button = page.locator('.quote-link-button');
    await button.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe(words);
    await button.click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(
      new RegExp(
        `^${baseUrl}${path}\\?quote=.*approximately%2040%20bomber%20aircraft.*#[a-z0-9-]+:~:text=approximately%2040%20bomber%20aircraft$`,
      ),
    );
    expect(await page.locator('[data-passage-status]').textContent()).toBe('Link to quote copied');
    await page.context().close();

    const reader = await openPage(browser(), link);
    await expect.poll(() => highlighted(reader)).toBe(words);
    const passageId = new URL(link).hash.slice(1).split(':~:')[0]!;
    expect(
      await reader.evaluate((id) => document.getElementById(id)!.textContent!.includes('approximately 40 bomber aircraft'), passageId),
    ).toBe(true);
    expect(await reader.locator('.quote-notice').count()).toBe(0);
    await reader.context().close();
  });

  it('lets a keyboard user reach the button with Tab after selecting', async () => {
    const page = await openPage(browser(), path, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.passage', { hasText: 'addressed journalists following' }).scrollIntoViewIfNeeded();
    await selectWords(page, 'addressed journalists following');
    await page.locator('.quote-link-button').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('quote-link-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/:~:text=addressed%20journalists%20following/);
    await page.context().close();
  });

  it('re-anchors a quote whose words changed since the link was made, and says so', async () => {
    // The link quotes "at least 40 bomber aircraft"; the article says "approximately 40 bomber aircraft".
    const page = await openPage(
      browser(),
      `${path}?quote=claiming%20to%20have-,destroyed%20at%20least%2040%20bomber%20aircraft,-This%20extensive`,
    );
    await expect.poll(() => highlighted(page)).toBe('destroyed approximately 40 bomber aircraft');
    expect(await page.locator('.quote-notice').textContent()).toMatch(
      /have changed since this link was made.*destroyed at least 40 bomber aircraft/,
    );
    // The notice shows what it found, too.
    expect(await page.locator('.quote-notice .quote-found').textContent()).toBe('destroyed approximately 40 bomber aircraft');
    await page.context().close();
  });

  it('lands on the passage and shows the original quote when the words are gone', async () => {
    const probe = await openPage(browser(), path);
    const id = await probe.locator('.article-body p.passage').nth(1).getAttribute('id');
    await probe.context().close();
    const page = await openPage(browser(), `${path}?quote=a%20ceasefire%20was%20signed%20in%20Riyadh#${id}`);
    const notice = page.locator('.quote-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('a ceasefire was signed in Riyadh');
    expect(await highlighted(page)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector('.quote-notice')!.nextElementSibling!.id)).toBe(id);
    await page.context().close();
  });

  it('shows a hostile quote parameter as text and runs nothing', async () => {
    const page = await openPage(browser(), `${path}?quote=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
    const notice = page.locator('.quote-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('.article-body img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.context().close();
  });
});
