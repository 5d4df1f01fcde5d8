/**
 * The Content-Security-Policy: every page carries it before any script, public/_headers
 * sends the same one, and it bites (an inline script the page itself adds does not run).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, takeCspViolations, useBrowser } from './browser.ts';

const browser = useBrowser();
const article = '/articles/istanbul-talks-after-drone-attacks/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** Directive name → its value, in a canonical form for comparing two policies. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values.join(' ')]),
  );
}

const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;|&apos;/g, "'");

describe('Content-Security-Policy', () => {
  it('is the first thing after the charset on every page, before any script, the same everywhere', () => {
    const pages = htmlFiles('dist');
    const policies = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = metaPolicy(html);
      expect(policy, file).toBeDefined();
      policies.add(policy!);
      expect(html, file).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
    }
    expect(policies.size).toBe(1);
    console.log(`CSP meta checked on ${pages.length} pages`);
  });

  it('forbids inline script and other origins, and public/_headers sends the same policy plus frame-ancestors', () => {
    const meta = directives(metaPolicy(readFileSync(`dist${article}index.html`, 'utf8'))!);
    expect(meta.get('script-src')).toBe("'self'");
    expect(meta.get('default-src')).toBe("'self'");
    expect(meta.get('object-src')).toBe("'none'");
    const headers = readFileSync('public/_headers', 'utf8');
    // Netlify / Cloudflare Pages syntax: a path line, then indented `Name: value` lines.
    expect(headers).toMatch(/^\/\*\n(?: {2}[A-Za-z-]+: .+\n)+/m);
    const header = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
    expect(header).toBeDefined();
    const sent = directives(header!);
    expect(sent.get('frame-ancestors')).toBe("'none'");
    sent.delete('frame-ancestors');
    expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(meta));
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^ {2}Referrer-Policy: /m);
  });

  it('blocks an inline script and an inline event handler the page adds, and reports them', async () => {
    const page = await openPage(browser(), article);
    // The page's JSON-LD is data, not script: loading the article violated nothing.
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    expect(takeCspViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.head.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__handler = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
    });
    await expect.poll(() => takeCspViolations(page).length, { timeout: 2000 }).toBeGreaterThan(0);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => [(window as { __ran?: boolean }).__ran, (window as { __handler?: boolean }).__handler])).toEqual([
      undefined,
      undefined,
    ]);
    takeCspViolations(page);
    await page.context().close();
  });

  it('blocks scripts from other origins', async () => {
    const page = await openPage(browser(), article);
    const loaded = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = 'https://example.org/x.js';
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('blocked');
          document.head.append(script);
        }),
    );
    expect(loaded).toBe('blocked');
    expect(takeCspViolations(page).map((violation) => violation.directive)).toContain('script-src-elem');
    await page.context().close();
  });
});
