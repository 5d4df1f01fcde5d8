import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('search', () => {
  it('shows results under the header box as the reader types, loading the search code only on focus', async () => {
    const context = await browser().newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/sources/', { waitUntil: 'networkidle' });
    // Only the box's loader, a few hundred bytes, until the box is focused.
    expect(requested.filter((path) => /search-(assets\/search-(ui|worker)|index)/.test(path))).toEqual([]);
    await page.keyboard.press('/');
    const input = page.locator('#site-search-q');
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    await input.pressSequentially('Istambul', { delay: 20 });
    const results = page.locator('header [data-search-results] a.search-hit-link');
    await results.first().waitFor();
    expect(requested.some((path) => path.startsWith('/search-assets/search-ui.'))).toBe(true);
    expect(await page.evaluate(() => ['site-search', 'search-page'].map((name) => customElements.get(name) !== undefined))).toEqual([
      true,
      true,
    ]);
    expect(await results.first().getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+\/\?q=[^#]+#[a-z0-9-]+$/);
    expect(await results.first().locator('mark').first().textContent()).toBe('Istanbul');
    // Arrow keys move into and through the results; Escape closes them.
    await page.keyboard.press('ArrowDown');
    expect(await results.first().evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await results.nth(1).evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-popup').isHidden()).toBe(true);
    await context.close();
  });

  it('renders /search/?q=… with ranked passage links, outlet, title and marked words', async () => {
    const page = await openPage(browser(), '/search/?q=Siberia%20drones%20trucks');
    const results = page.locator('main [data-search-results] > li');
    await results.first().waitFor();
    const first = results.first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/articles\/stalemate-continues-istanbul-talks\/\?q=[^#]+#/);
    expect(await first.locator('.search-hit-outlet').textContent()).toBeTruthy();
    const marked = (await first.locator('mark').allTextContents()).map((word) => word.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['siberia', 'trucks']));
    expect(await page.locator('main input[name="q"]').inputValue()).toBe('Siberia drones trucks');
    expect(await page.evaluate(() => customElements.get('search-page') !== undefined)).toBe(true);
    await page.context().close();
  });

  it('finds a passage by the words of its claim, and shows that claim marked', async () => {
    const page = await openPage(browser(), '/search/?q=bargaining%20chips');
    const results = page.locator('main [data-search-results] > li');
    await results.first().waitFor();
    const first = results.first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/articles\/trump-putin-alaska-meeting-expectations\/\?q=[^#]+#/);
    const claim = first.locator('.search-hit-claim');
    expect(await claim.textContent()).toBe('Claim: Putin holds more bargaining chips than Trump.');
    expect(await claim.locator('mark').allTextContents()).toEqual(['bargaining', 'chips']);
    await page.context().close();
  });

  it('finds a name by another spelling and filters by source and entity', async () => {
    const page = await openPage(browser(), '/search/?q=Witkoff');
    const results = page.locator('main [data-search-results] > li');
    await results.first().waitFor();
    expect(await results.first().locator('mark').first().textContent()).toBe('Whitkov');
    await page.goto('/search/?q=Istanbul&entity=volodymyr-zelensky');
    await results.first().waitFor();
    expect(await page.locator('main select[name="entity"]').inputValue()).toBe('volodymyr-zelensky');
    const hrefs = await results.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    // Every result is a passage that names Zelensky (checked on the article page), with "Istanbul" in it or its title.
    for (const href of hrefs.slice(0, 3)) {
      await page.goto(href);
      const passage = page.locator(`[id="${href.split('#')[1]}"]`);
      expect(await passage.locator('[data-entity="volodymyr-zelensky"]').count()).toBeGreaterThan(0);
      expect(`${await page.locator('h1').textContent()} ${await passage.textContent()}`).toMatch(/Istanbul/);
    }
    await page.goto('/search/?q=Istanbul&source=toutiao');
    await results.first().waitFor();
    for (const outlet of await page.locator('.search-hit-outlet').allTextContents()) expect(outlet).toMatch(/Toutiao/);
    await page.context().close();
  });

  it('keeps the URL in step with the query, and back and forward restore it', async () => {
    const page = await openPage(browser(), '/search/');
    await page.locator('.search-status').filter({ hasText: 'Type a few words' }).waitFor();
    const input = page.locator('main input[name="q"]');
    await input.fill('Putin');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Putin');
    await input.press('Enter');
    await input.fill('Kiev');
    await input.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Kiev');
    await page.locator('main [data-search-results] mark').first().waitFor();
    await page.goBack();
    await expect.poll(() => input.inputValue()).toBe('Putin');
    await expect.poll(() => page.locator('main [data-search-results] mark').first().textContent()).toBe('Putin');
    await page.goForward();
    await expect.poll(() => input.inputValue()).toBe('Kiev');
    await page.context().close();
  });

  it('shows on reload of a URL written mid-word what it showed while typing', async () => {
    const page = await openPage(browser(), '/search/');
    const input = page.locator('main input[name="q"]');
    await input.pressSequentially('Siberia dro', { delay: 20 });
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Siberia+dro');
    const results = page.locator('main [data-search-results] > li a');
    const hrefs = () => results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // The answers to earlier keystrokes may still be landing: take the list once it has settled.
    const settled = async () => {
      let last = '';
      for (let round = 0; round < 40; round++) {
        await page.waitForTimeout(250);
        const now = JSON.stringify(await hrefs());
        if (now === last && now !== '[]') return JSON.parse(now) as string[];
        last = now;
      }
      throw new Error(`the results never settled: ${last}`);
    };
    const typed = await settled();
    expect(typed.length).toBeGreaterThan(0);
    await page.reload();
    expect(await settled()).toEqual(typed);
    await page.context().close();
  });

  it('drops a slow answer once the box is cleared, on the page and in the header popup', async () => {
    const context = await browser().newContext({ baseURL: baseUrl });
    // The index arrives slowly, so the answer to "kyiv" comes after the box is emptied.
    await context.route('**/search-index/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto('/search/');
    const input = page.locator('main input[name="q"]');
    await input.pressSequentially('kyiv');
    await page.waitForTimeout(300);
    await input.fill('');
    await page.waitForTimeout(2500);
    expect(await page.locator('main [data-search-results] > li').count()).toBe(0);
    expect(await page.locator('.search-status').textContent()).toMatch(/Type a few words/);
    expect(await page.locator('main [data-search-results]').getAttribute('aria-busy')).toBe('false');
    await page.goto('/sources/');
    await page.keyboard.press('/');
    await page.keyboard.type('kyiv');
    await page.waitForTimeout(300);
    await page.locator('#site-search-q').fill('');
    await page.waitForTimeout(2500);
    expect(await page.locator('header [data-search-results] > li').count()).toBe(0);
    await page.keyboard.type('zzq');
    await page.locator('.search-popup .search-status').filter({ hasText: 'No passage matches' }).waitFor();
    expect(await page.locator('header [data-search-results] > li').count()).toBe(0);
    await context.close();
  });

  it('lets the header box drive the results on the search page', async () => {
    const page = await openPage(browser(), '/search/');
    await page.locator('.search-status').filter({ hasText: 'Type a few words' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('Bosphorus');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Bosphorus');
    await page.locator('main [data-search-results] mark').first().waitFor();
    expect(await page.locator('main input[name="q"]').inputValue()).toBe('Bosphorus');
    expect(await page.locator('[data-search-results]').count()).toBe(1);
    await page.context().close();
  });

  it('shows the passages holding most of the words when none holds them all, each saying what it lacks', async () => {
    const page = await openPage(browser(), '/search/?q=Medinsky%20history%20textbooks');
    await page.locator('.search-status').filter({ hasText: 'No passage holds every word' }).waitFor();
    const first = page.locator('main [data-search-results] > li').first();
    expect(await first.locator('.search-hit-missing').textContent()).toBe('Missing: history');
    expect(await first.locator('.search-hit-snippet').textContent()).toContain('textbooks');
    await page.context().close();
  });

  it('says when nothing matches, with a hint, and notes an over-long query', async () => {
    const page = await openPage(browser(), '/search/?q=zzyzx%20quokka');
    await page.locator('.search-status').filter({ hasText: 'No passage matches' }).waitFor();
    expect(await page.locator('.search-status').textContent()).toMatch(/Try fewer words/);
    await page.goto(`/search/?q=${'Putin '.repeat(40)}`);
    await page.locator('.search-length-note:not([hidden])').waitFor();
    expect(await page.locator('.search-length-note').textContent()).toMatch(/200 characters/);
    await page.context().close();
  });

  it('lands on the highlighted passage when Enter opens a result', async () => {
    const page = await openPage(browser(), '/search/?q=Istambul');
    const first = page.locator('main [data-search-results] a.search-hit-link').first();
    await first.waitFor();
    const href = (await first.getAttribute('href'))!;
    await page.keyboard.press('/');
    await page.locator('main input[name="q"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
    const id = href.split('#')[1]!;
    const target = page.locator(`[id="${id}"]`);
    expect(await target.evaluate((node) => node.matches(':target'))).toBe(true);
    expect(await target.evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('shows a hostile query as literal text and runs none of it', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const page = await openPage(browser(), `/search/?q=${encodeURIComponent(hostile)}`);
    await page.locator('.search-status').filter({ hasText: 'No passage matches' }).waitFor();
    expect(await page.locator('.search-status').textContent()).toContain(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    const input = page.locator('#site-search-q');
    expect(await input.inputValue()).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.context().close();
  });

  it('tells readers without JavaScript that search needs it, and links the articles', async () => {
    const page = await openPage(browser(), '/search/?q=Putin', { javaScriptEnabled: false });
    const notice = page.locator('.search-needs-js');
    expect(await notice.textContent()).toMatch(/Search needs JavaScript/);
    expect(await notice.locator('a[href^="/articles/"]').count()).toBe(5);
    await page.context().close();
  });

  it('submits the header box as a plain GET to /search/ without JavaScript', async () => {
    const page = await openPage(browser(), '/', { javaScriptEnabled: false });
    await page.locator('#site-search-q').fill('Kyiv');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=Kyiv$/);
    await page.context().close();
  });
});
