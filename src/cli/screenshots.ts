/**
 * npm run screenshots -- [--dist dist] [--out screenshots]
 *
 * A gallery for reviewing the layout: serves an existing build (it builds
 * nothing: run `npm run build` first) on a loopback port and, in Chromium, takes
 * a full-page PNG of each review page (src/cli/review-pages.ts) at 390 and
 * 1366 px in the light and dark themes, plus the header search popup open, into
 * the output folder with an `index.html` that shows them side by side.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/browser/chromium.ts';
import { startStaticServer } from '../../tests/browser/static-server.ts';
import { type ReviewPage, reviewPages } from './review-pages.ts';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];
const THEMES = ['light', 'dark'] as const;
/** The query typed into the header box for the popup shots. */
const POPUP_QUERY = 'Istanbul';

interface Shot {
  /** The page's name, or `popup`. */
  group: string;
  path: string;
  width: number;
  theme: (typeof THEMES)[number];
  file: string;
}

/** Waits for what a page fills in after load (search results, fonts), then for the popup when asked. */
async function settle(page: Page, review: ReviewPage | 'popup'): Promise<void> {
  if (review === 'popup') {
    await page.locator('#site-search-q').click();
    await page.keyboard.type(POPUP_QUERY);
    await page.locator('.search-popup a.search-hit-link').first().waitFor();
  } else if (review.kind === 'search') {
    await page.locator('.search-status').filter({ hasText: /match/ }).waitFor();
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function shoot(browser: Browser, baseURL: string, out: string, pages: ReviewPage[]): Promise<Shot[]> {
  const shots: Shot[] = [];
  const home = pages.find((page) => page.kind === 'home')!;
  for (const theme of THEMES) {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ baseURL, viewport, colorScheme: theme });
      const page = await context.newPage();
      for (const review of [...pages, 'popup' as const]) {
        const group = review === 'popup' ? 'popup' : review.name;
        const path = review === 'popup' ? home.path : review.path;
        const file = `${group}-${viewport.width}-${theme}.png`;
        await page.goto(path);
        await settle(page, review);
        await page.screenshot({ path: join(out, file), fullPage: review !== 'popup' });
        shots.push({ group, path, width: viewport.width, theme, file });
        process.stdout.write('.');
      }
      await context.close();
    }
  }
  process.stdout.write('\n');
  return shots;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The gallery page: one section per page, its four shots side by side, each a link to the full image. */
function galleryHtml(shots: Shot[]): string {
  const groups = [...new Set(shots.map((shot) => shot.group))];
  const sections = groups.map((group) => {
    const own = shots.filter((shot) => shot.group === group);
    const figures = own.map(
      (shot) =>
        `<figure><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${group} at ${shot.width} px, ${shot.theme}`)}" ` +
        `width="${shot.width === 390 ? 195 : 342}" loading="lazy"></a><figcaption>${shot.width} px · ${shot.theme}</figcaption></figure>`,
    );
    return `<section><h2>${escape(group)} <code>${escape(own[0]!.path)}</code></h2><div class="row">${figures.join('')}</div></section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crossread screenshots</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;background:#eee;color:#222}.row{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}
figure{margin:0;background:#fff;padding:.4rem;border:1px solid #ccc}img{display:block;height:auto;max-height:40rem;object-fit:cover;object-position:top}
figcaption{font-size:13px;color:#555}h2{font-size:1.05rem;margin:2rem 0 .6rem}</style></head>
<body><h1>Crossread screenshots</h1><p>${shots.length} full-page shots, ${new Date().toISOString()}.</p>
${sections.join('\n')}
</body></html>
`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' } } });
  const { dist, out } = values as { dist: string; out: string };
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}/: run \`npm run build\` first.`);
  mkdirSync(out, { recursive: true });
  const { server, url } = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const shots = await shoot(browser, url, out, reviewPages(dist));
    writeFileSync(join(out, 'index.html'), galleryHtml(shots));
    console.log(`${shots.length} screenshots and index.html in ${out}/`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
