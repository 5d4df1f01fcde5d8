/**
 * Hostile URLs and queries at the article and search pages: random fragments (bad
 * percent-encoding, `:~:text=` directives with junk, huge strings, any Unicode,
 * markup payloads), random `quote=` values and random queries. Nothing may throw,
 * log an error, break the CSP (useBrowser's afterEach) or run a payload, and the
 * page must still work afterwards. Fixed seeds, so a failure replays.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser.ts';

const browser = useBrowser();
const article = '/articles/stalemate-continues-istanbul-talks/';
const SEED = 11;
const thrown = { article: 0, hashchange: 0, search: 0, typed: 0 };
const started = Date.now();

/** Each sets `window.__pwned` or opens a dialog if it ever runs. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=alert(1)>",
  'javascript:window.__pwned=1',
  '</textarea><script>alert(1)</script>',
  '${alert(1)}',
  '<a href="javascript:alert(1)">x</a>',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '"-alert(1)-"',
];
const BAD_ESCAPES = ['%', '%E0%A4%A', '%ZZ', '%C3', '%E0%80%80', '%ED%A0%80', '%%', '%2', '%u0041', '%00', '%FF%FE'];
const DIRECTIVE_BITS = [':~:', ':~:text=', 'text=', ',', '-', '-,', ',-', '&', '#', '?', 'quote=', ' ', '%20', '\u00a0'];
const REGEX_BITS = ['.*', '(', ')', '[', ']', '\\', '^$', '|', '+?', '{2,}'];

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...BAD_ESCAPES),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(...DIRECTIVE_BITS),
  fc.constantFrom(...REGEX_BITS),
  fc.constantFrom('Istanbul', 'bomber aircraft', '新一轮', 'Zelenskyy'),
);
const junk = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
/** Up to `max` characters of one piece repeated. */
const huge = (max: number) =>
  fc.tuple(piece, fc.integer({ min: 201, max })).map(([part, length]) => (part || '%').repeat(length).slice(0, length));
/** Fragments never reach the server, so they can be huge; a query string is kept under what servers accept (about 8 KB). */
const inHash = fc.oneof({ weight: 6, arbitrary: junk }, { weight: 1, arbitrary: huge(30000) });
const inQuery = fc.oneof({ weight: 6, arbitrary: junk }, { weight: 1, arbitrary: huge(2000) });

/** Short text of a value: the inputs can be 30 000 characters long. */
const short = (value: unknown, max = 300) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
};

/** Runs a property with the fixed seed; a failure names its (shortened) input and error. */
async function check<T extends unknown[]>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  await fc.assert(property, {
    seed: SEED,
    numRuns,
    endOnFailure: true,
    reporter: (details) => {
      if (!details.failed) return;
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `fuzz failed after ${details.numRuns} inputs (seed ${details.seed}) on ${short(details.counterexample)}:\n${short(error, 1500)}`,
      );
    },
  });
}

interface Watch {
  errors: string[];
  dialogs: string[];
}

/** Uncaught errors, console errors (CSP reports are the afterEach's) and dialogs of `page`. */
function watch(page: Page): Watch {
  const seen: Watch = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Content Security Policy/i.test(message.text())) seen.errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function expectUnharmed(page: Page, seen: Watch, input: unknown): Promise<void> {
  const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
  expect(seen.errors, short(input)).toEqual([]);
  expect(seen.dialogs, short(input)).toEqual([]);
  expect(pwned, short(input)).toBeUndefined();
}

/** Until the article script, and the quote-link code a `quote=` loads, have run (or 3 s, when a crash stopped them). */
async function articleSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        customElements.get('article-body') !== undefined &&
        (!/[?&]quote=/.test(location.search) ||
          performance.getEntriesByType('resource').some((entry) => /quote-highlight/.test(entry.name))),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 10))));
}

/** Until the search page or header popup has answered (or hidden itself). */
async function searchSettled(page: Page, status: string): Promise<void> {
  await page.waitForFunction((selector) => {
    const line = document.querySelector(selector);
    return !line || line.closest('[hidden]') !== null || (line.textContent !== '' && line.textContent !== 'Searching…');
  }, status);
}

describe('fuzz', () => {
  afterAll(() => {
    const total = Object.values(thrown).reduce((sum, count) => sum + count, 0);
    console.log(`fuzz: ${total} inputs thrown (${JSON.stringify(thrown)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('survives random fragments and quote= values on an article page, whose controls then still work', async () => {
    const page = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    const seen = watch(page);
    const ids = await page.locator('.article-body .passage').evaluateAll((nodes) => nodes.map((node) => node.id));
    const hash = fc.oneof(
      inHash,
      fc.tuple(fc.constantFrom(...ids), junk).map(([id, rest]) => `${id}:~:text=${rest}`),
    );
    const quote = fc.oneof(
      inQuery,
      fc.tuple(junk, junk, junk).map((parts) => parts.join(',')),
    );
    await check(
      fc.asyncProperty(quote, hash, async (quoteValue, hashValue) => {
        thrown.article++;
        await page.goto(`${article}?quote=${quoteValue}#${hashValue}`);
        await articleSettled(page);
        await expectUnharmed(page, seen, { quote: quoteValue, hash: hashValue });
      }),
      60,
    );
    await check(
      fc.asyncProperty(hash, async (hashValue) => {
        thrown.hashchange++;
        await page.evaluate((value) => (location.hash = value), hashValue);
        await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
        await expectUnharmed(page, seen, { hash: hashValue });
      }),
      200,
    );
    await expectStillWorks(page);
    await expectUnharmed(page, seen, 'after the fuzz');
    await page.context().close();
  }, 90_000);

  it('survives random queries on the search page and in the header box, and still answers a plain one', async () => {
    const page = await openPage(browser(), '/search/');
    const seen = watch(page);
    const query = fc.oneof(inQuery, fc.constantFrom(...PAYLOADS));
    await check(
      fc.asyncProperty(query, fc.boolean(), async (value, raw) => {
        thrown.search++;
        await page.goto(`/search/?${raw ? `q=${value}` : new URLSearchParams({ q: value })}`);
        await searchSettled(page, 'main .search-status');
        await expectUnharmed(page, seen, { query: value, raw });
      }),
      60,
    );
    await page.goto(article);
    const box = page.locator('#site-search-q');
    await check(
      fc.asyncProperty(query, async (value) => {
        thrown.typed++;
        await box.fill(value);
        await searchSettled(page, 'header .search-popup .search-status');
        await expectUnharmed(page, seen, { typed: value });
      }),
      60,
    );
    await box.fill('Istanbul');
    await page.locator('header [data-search-results] a.search-hit-link').first().waitFor();
    await page.goto('/search/?q=Istanbul');
    await page.locator('main [data-search-results] > li').first().waitFor();
    await expectUnharmed(page, seen, 'after the fuzz');
    await page.context().close();
  }, 90_000);
});

/** With a malformed fragment in the URL: a copy button reports, Find marks mentions, a selection offers a quote link. */
async function expectStillWorks(page: Page): Promise<void> {
  await page.goto(`${article}?quote=%E0%A4%A#%E0%A4%A`);
  await articleSettled(page);
  const passage = page.locator('.article-body p.passage').nth(2);
  await passage.hover();
  await passage.locator('button.passage-copy').click();
  await expect.poll(() => page.locator('[data-passage-status]').textContent()).toBe('Link to this passage copied');
  const find = page.locator('button.entity-find').first();
  await find.click();
  expect(await find.getAttribute('aria-pressed')).toBe('true');
  expect(await page.locator('.article-body .mention.is-found').count()).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await passage.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents([...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE)!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.locator('.quote-link-button').waitFor({ state: 'visible' });
}
