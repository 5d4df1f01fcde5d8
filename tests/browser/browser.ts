/**
 * Shared browser-test helpers: one Chromium per test file, axe-core, page lists.
 * Every context the file's browser opens reports Content-Security-Policy violations,
 * and a test with any it did not take (`takeCspViolations`) fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export const baseUrl = inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export interface CspViolation {
  page: Page;
  /** The directive that blocked it (`script-src-elem`), or the console's message. */
  directive: string;
  blocked: string;
  where: string;
}

/** Violations not yet taken by a test; the afterEach of `useBrowser` fails on any left. */
const cspViolations: CspViolation[] = [];

/** Records the context's CSP violations: the page's own event, and Chromium's console report as a second witness. */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__reportCspViolation', ({ page }, event: Omit<CspViolation, 'page'>) => {
    cspViolations.push({ page, ...event });
  });
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __reportCspViolation: (event: unknown) => void }).__reportCspViolation;
        report({ directive: event.effectiveDirective, blocked: event.blockedURI, where: `${event.sourceFile}:${event.lineNumber}` });
      },
      true,
    );
  });
  const watchPage = (page: Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        cspViolations.push({ page, directive: message.text(), blocked: '', where: message.location().url });
      }
    });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

/** The CSP violations `page` caused so far (events and console reports), which then no longer fail the test. */
export function takeCspViolations(page: Page): CspViolation[] {
  const taken = cspViolations.filter((violation) => violation.page === page);
  for (const violation of taken) cspViolations.splice(cspViolations.indexOf(violation), 1);
  return taken;
}

/** Makes every context (and `newPage`'s own) of `browser` watch for CSP violations. */
function watchContexts(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    await watchCsp(context);
    return context;
  };
  browser.newPage = async (options?: BrowserContextOptions) => (await browser.newContext(options)).newPage();
  return browser;
}

/** One Chromium for the test file: launched before its tests, closed after. Call the result to get it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = watchContexts(await launch());
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    const left = cspViolations.splice(0).map(({ page, ...violation }) => ({ url: page.url(), ...violation }));
    expect(left, 'Content-Security-Policy violations').toEqual([]);
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top level of the test file.');
    return browser;
  };
}

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, ...options });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Slugs of the built article pages. */
export function articleSlugs(): string[] {
  return readdirSync('dist/articles').sort();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let axe: string | undefined;
const axeSource = () => (axe ??= readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));

/** Runs axe-core with the WCAG 2.0–2.2 A and AA rules; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, which the page's CSP does not govern (a <script> tag added by the test would be blocked).
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
}
