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

// The front page, one article, /claims/ and /positions/ (add the other comparison pages here when they exist).
const pages = (['home', 'article', 'claims', 'positions'] as const).map((kind) => reviewPages().find((page) => page.kind === kind)!);

let chrome: LaunchedChrome | undefined;
beforeAll(async () => {
  chrome = await launch({ chromePath: inject('chromiumPath'), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
});
afterAll(async () => {
  chrome?.kill();
});

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function run(path: string, categories: readonly string[]): Promise<Lhr> {
  const result = await lighthouse(
    `${baseUrl}${path}`,
    { port: chrome!.port, logLevel: 'error', output: 'json', onlyCategories: [...categories] },
    { extends: 'lighthouse:default', settings: { disableFullPageScreenshot: true } },
  );
  return result!.lhr;
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** The audits that cost points, for the failure message and the log. */
function losses(lhr: Lhr): string[] {
  return CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map((audit) => `${id}/${audit.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
  );
}

/**
 * The performance score is timing, and timing on a shared 2-core machine varies with whatever else runs: when the
 * first run scores under the minimum, two more runs (performance only) are made and the median of the three counts,
 * as Lighthouse's own guidance on variability advises. Every run's figures are printed.
 */
async function medianPerformance(path: string, first: Lhr): Promise<{ median: number; runs: string[] }> {
  const describeRun = (lhr: Lhr) =>
    `${score(lhr, 'performance')} (TBT ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms, ` +
    `LCP ${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)} ms, CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)})`;
  const lhrs = [first];
  if (score(first, 'performance') < MINIMUM.performance) {
    for (let extra = 0; extra < 2; extra++) lhrs.push(await run(path, ['performance']));
  }
  const scores = lhrs.map((lhr) => score(lhr, 'performance')).sort((a, b) => a - b);
  return { median: scores[Math.floor(scores.length / 2)]!, runs: lhrs.map(describeRun) };
}

describe('Lighthouse (mobile)', () => {
  for (const review of pages) {
    it(
      `scores ${review.path} 100 for accessibility, best practices and SEO, and 98 or more for performance`,
      { timeout: 90_000 },
      async () => {
        const lhr = await run(review.path, CATEGORIES);
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr, id)]));
        const performance = await medianPerformance(review.path, lhr);
        scores.performance = performance.median;
        const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
        console.log(`lighthouse ${review.path}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}, CLS ${cls}`);
        console.log(`  performance run${performance.runs.length > 1 ? 's' : ''}: ${performance.runs.join('; ')}`);
        const lost = losses(lhr);
        if (lost.length) console.log(`  below 1: ${lost.join('; ')}`);
        expect(lhr.runWarnings).toEqual([]);
        for (const id of CATEGORIES) expect(scores[id], `${id}: ${lost.join('; ')}`).toBeGreaterThanOrEqual(MINIMUM[id]);
        if (review.kind === 'article') expect(cls).toBe(0);
        const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter((request) => !request.url.startsWith(baseUrl) && !request.url.startsWith('data:'))).toEqual([]);
      },
    );
  }
});
