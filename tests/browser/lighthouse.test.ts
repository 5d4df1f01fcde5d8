/**
 * Lighthouse (its Node API, mobile emulation and simulated throttling, the defaults) on the locally served
 * build, driving the same Chromium as the other browser tests through chrome-launcher. Prints the four category
 * scores of each page; accessibility, best practices and SEO must be 100, performance at least 98, and article
 * pages must not shift (CLS 0). Every request Lighthouse's page makes must stay on the loopback server.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reviewPages } from '../../src/cli/review-pages.ts';
import { baseUrl } from './browser.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM: Record<(typeof CATEGORIES)[number], number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

// The front page, one article and /claims/ (add the comparison pages here when they exist).
const pages = reviewPages().filter((page, index, all) => ['home', 'claims'].includes(page.kind) || all.indexOf(page) === 1);

let chrome: LaunchedChrome | undefined;
beforeAll(async () => {
  chrome = await launch({ chromePath: inject('chromiumPath'), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
});
afterAll(async () => {
  chrome?.kill();
});

describe('Lighthouse (mobile)', () => {
  for (const review of pages) {
    it(
      `scores ${review.path} 100 for accessibility, best practices and SEO, and 98 or more for performance`,
      { timeout: 60_000 },
      async () => {
        const result = await lighthouse(
          `${baseUrl}${review.path}`,
          { port: chrome!.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
          { extends: 'lighthouse:default', settings: { disableFullPageScreenshot: true } },
        );
        const lhr = result!.lhr;
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
        const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
        const failing = CATEGORIES.flatMap((id) =>
          (lhr.categories[id]?.auditRefs ?? [])
            .map((ref) => lhr.audits[ref.id]!)
            .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
            .map((audit) => `${id}/${audit.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
        );
        console.log(`lighthouse ${review.path}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}, CLS ${cls}`);
        if (failing.length) console.log(`  below 1: ${failing.join('; ')}`);
        expect(lhr.runWarnings).toEqual([]);
        for (const id of CATEGORIES) expect(scores[id], `${id}: ${failing.join('; ')}`).toBeGreaterThanOrEqual(MINIMUM[id]);
        if (review.kind === 'article') expect(cls).toBe(0);
        const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter((request) => !request.url.startsWith(baseUrl) && !request.url.startsWith('data:'))).toEqual([]);
      },
    );
  }
});
