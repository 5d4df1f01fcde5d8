import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articleSlugs, baseUrl, openPage, useBrowser } from './browser.ts';

const BUDGET_BYTES = 30 * 1024;
const browser = useBrowser();

describe('page weight and scripts', () => {
  for (const slug of articleSlugs()) {
    it(`keeps /articles/${slug}/ under 30 KB gzipped (HTML+CSS+JS), loading only the script a plain read uses`, async () => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const loaded: { url: string; type: string; gzipped: number }[] = [];
      page.on('response', async (response) => {
        const type = response.request().resourceType();
        if (['document', 'stylesheet', 'script'].includes(type)) {
          loaded.push({ url: response.url(), type, gzipped: gzipSync(await response.body()).length });
        }
      });
      await page.goto(`${baseUrl}/articles/${slug}/`, { waitUntil: 'networkidle' });
      const total = loaded.reduce((sum, resource) => sum + resource.gzipped, 0);
      console.log(`page weight /articles/${slug}/: ${(total / 1024).toFixed(1)} KB gzipped (${loaded.length} resources)`);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
      // One small script (copy/share buttons); the quote-link code loads only when a reader selects text or follows a quote link.
      const scripts = loaded.filter((resource) => resource.type === 'script');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.gzipped).toBeLessThan(3 * 1024);
      expect(loaded.some((resource) => /quote-(share|highlight)/.test(resource.url))).toBe(false);
      await context.close();
    });
  }

  for (const path of ['/', '/sources/', '/entities/', '/entities/volodymyr-zelensky/', '/claims/']) {
    it(`loads no JavaScript on ${path}`, async () => {
      const page = await openPage(browser(), path);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      await page.context().close();
    });
  }

  it('does not shift the layout while an article loads', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl}/articles/what-comes-next-after-putin-and-trump-agreed-to-talk/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    await context.close();
  });
});
