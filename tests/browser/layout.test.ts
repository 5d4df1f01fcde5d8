/**
 * The layout from a phone's width to a laptop's: no page scrolls sideways, the header search popup stays on
 * screen, wide tables scroll in their own box with the header row and first column held, axe in both themes at
 * 390 px, and 3:1 contrast for controls.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ReviewPage, reviewPages } from '../../src/cli/review-pages.ts';
import { axeViolations, baseUrl, openPage, useBrowser } from './browser.ts';
import { countControls, lowContrastControls } from './contrast.ts';

const browser = useBrowser();
const pages = reviewPages();
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const DESKTOP = { width: 1366, height: 768 };
/** 320 px is WCAG's reflow width; 360–390 px today's phones. */
const VIEWPORTS = [{ width: 320, height: 640 }, { width: 360, height: 740 }, PHONE, TABLET, DESKTOP];
const THEMES = ['light', 'dark'] as const;
const pageOf = (kind: ReviewPage['kind']) => pages.find((page) => page.kind === kind)!;

/** Waits for what the page fills in after load: the search page's results. */
async function settled(page: Page, review: ReviewPage): Promise<void> {
  if (review.kind === 'search') await page.locator('.search-status').filter({ hasText: /match/ }).waitFor();
}

/** How far the page scrolls sideways (0 when it does not), and the widest element poking out. */
function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let widest = '';
    let right = root.clientWidth;
    for (const node of document.body.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.right > right + 0.5) [right, widest] = [box.right, `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`];
    }
    return { overflow: root.scrollWidth - root.clientWidth, widest };
  });
}

describe('no page scrolls sideways', () => {
  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width} px`, async () => {
      const context = await browser().newContext({ baseURL: baseUrl, viewport });
      const page = await context.newPage();
      const offenders: string[] = [];
      for (const review of pages) {
        await page.goto(review.path);
        await settled(page, review);
        const { overflow, widest } = await sidewaysOverflow(page);
        if (overflow > 0) offenders.push(`${review.path}: ${overflow} px too wide (${widest})`);
      }
      expect(offenders).toEqual([]);
      await context.close();
    });
  }
});

describe('header search popup', () => {
  // 1100 px: a laptop where the header's row is too narrow for the name, the links and the box, so it wraps.
  for (const viewport of [PHONE, TABLET, { width: 1100, height: 800 }, DESKTOP]) {
    for (const review of [pageOf('home'), pageOf('article'), pageOf('entities')]) {
      it(`stays inside the screen on ${review.path} at ${viewport.width} px`, async () => {
        const page = await openPage(browser(), review.path, { viewport });
        await page.locator('#site-search-q').click();
        await page.keyboard.type('Istanbul');
        await page.locator('.search-popup a.search-hit-link').first().waitFor();
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll('.search-popup, .search-popup .search-hit-link')].map((node) => {
            const { left, right } = node.getBoundingClientRect();
            return { left, right, width: document.documentElement.clientWidth };
          }),
        );
        expect(boxes.length).toBeGreaterThan(1);
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(box.width);
        }
        if (viewport.width < 600) expect(boxes[0]!.right - boxes[0]!.left).toBeGreaterThan(viewport.width * 0.9);
        expect((await sidewaysOverflow(page)).overflow).toBe(0);
        await page.context().close();
      });
    }
  }
});

interface StickyReading {
  positions: string[];
  backgroundAlphas: number[];
  firstColumnLeft: number;
  headerTop: number;
  bodyCellLeft: number;
  scrollLeft: number;
  containerTop: number;
}

/** Reads the first too-wide table box's sticky cells (header first cell, a header cell, a row header). */
function readSticky(page: Page): Promise<StickyReading | null> {
  return page.evaluate(() => {
    const box = [...document.querySelectorAll<HTMLElement>('.table-scroll')].find((node) => node.scrollWidth > node.clientWidth);
    if (!box) return null;
    const corner = box.querySelector('thead th')!;
    const header = box.querySelector('thead th:last-child')!;
    const rowHeader = box.querySelector('tbody th[scope="row"]')!;
    const cell = box.querySelector('tbody td')!;
    const cells = [corner, header, rowHeader];
    return {
      positions: cells.map((node) => getComputedStyle(node).position),
      backgroundAlphas: cells.map((node) => {
        const match = /rgba?\(([^)]+)\)/.exec(getComputedStyle(node).backgroundColor);
        const parts = match ? match[1]!.split(',').map(Number) : [];
        return parts.length === 4 ? parts[3]! : parts.length === 3 ? 1 : 0;
      }),
      firstColumnLeft: rowHeader.getBoundingClientRect().left,
      headerTop: header.getBoundingClientRect().top,
      bodyCellLeft: cell.getBoundingClientRect().left,
      scrollLeft: box.scrollLeft,
      containerTop: box.getBoundingClientRect().top,
    };
  });
}

describe('wide tables on a phone', () => {
  for (const review of [pageOf('entities'), pageOf('claims')]) {
    for (const colorScheme of THEMES) {
      it(`scroll inside their box on ${review.path}, header row and first column held (${colorScheme})`, async () => {
        const page = await openPage(browser(), review.path, { viewport: PHONE, colorScheme });
        const region = page.locator('.table-scroll').first();
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getAttribute('role')).toBe('region');
        expect(await region.getAttribute('aria-labelledby')).toBeTruthy();
        await page.evaluate(() =>
          [...document.querySelectorAll('.table-scroll')].find((node) => node.scrollWidth > node.clientWidth)?.scrollIntoView(),
        );
        const before = await readSticky(page);
        expect(before, 'a table wider than its box').not.toBeNull();
        expect(before!.positions).toEqual(['sticky', 'sticky', 'sticky']);
        expect(before!.backgroundAlphas).toEqual([1, 1, 1]);
        // Keyboard: the focused box scrolls with the arrow keys.
        await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.table-scroll')].find((node) => node.scrollWidth > node.clientWidth)!.focus(),
        );
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
        await expect.poll(async () => (await readSticky(page))!.scrollLeft).toBeGreaterThan(0);
        const after = (await readSticky(page))!;
        expect(after.bodyCellLeft).toBeLessThan(before!.bodyCellLeft);
        expect(Math.abs(after.firstColumnLeft - before!.firstColumnLeft)).toBeLessThanOrEqual(1);
        // The header row stays at the box's top edge (or where it was, if the box does not scroll down).
        expect(after.headerTop).toBeGreaterThanOrEqual(after.containerTop - 1);
        await page.context().close();
      });
    }
  }

  it('keep the header row at the top of the box as it scrolls down', async () => {
    const page = await openPage(browser(), pageOf('claims').path, { viewport: PHONE });
    const reading = await page.evaluate(async () => {
      const box = [...document.querySelectorAll<HTMLElement>('.table-scroll')].find((node) => node.scrollHeight > node.clientHeight + 100);
      if (!box) return null;
      box.scrollIntoView();
      box.scrollTop = 100;
      await new Promise((done) => requestAnimationFrame(done));
      const header = box.querySelector('thead th')!.getBoundingClientRect().top;
      return { header, box: box.getBoundingClientRect().top, scrolled: box.scrollTop };
    });
    expect(reading, 'a table taller than its box').not.toBeNull();
    expect(reading!.scrolled).toBe(100);
    expect(Math.abs(reading!.header - reading!.box)).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});

describe('WCAG 2.2 A/AA (axe-core) at 390 px', () => {
  for (const colorScheme of THEMES) {
    for (const review of pages) {
      it(`finds no violation on ${review.path} (${colorScheme} theme)`, async () => {
        const page = await openPage(browser(), review.path, { viewport: PHONE, colorScheme });
        await settled(page, review);
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

const CONTROLS = 'button:not(.passage-copy), input:not([type="hidden"]), select, textarea';
const PASSAGE_TOOLS = '.passage-permalink, .passage-copy';

describe('controls have 3:1 contrast against their background', () => {
  for (const colorScheme of THEMES) {
    it(`on every page at 390 px (${colorScheme} theme): buttons, fields and the search box border`, async () => {
      const context = await browser().newContext({ baseURL: baseUrl, viewport: PHONE, colorScheme });
      const page = await context.newPage();
      const low: string[] = [];
      for (const review of pages) {
        await page.goto(review.path);
        await settled(page, review);
        expect(await countControls(page, CONTROLS)).toBeGreaterThan(0);
        for (const control of await lowContrastControls(page, CONTROLS)) low.push(`${review.path} ${JSON.stringify(control)}`);
      }
      expect(low).toEqual([]);
      await context.close();
    });

    // The ¶ and copy icons used to rest at 45% opacity on screens that hover (about 2.1:1).
    it(`on an article's ¶ and copy icons at rest (${colorScheme} theme)`, async () => {
      const page = await openPage(browser(), pageOf('article').path, { viewport: PHONE, colorScheme });
      try {
        expect(await countControls(page, PASSAGE_TOOLS)).toBeGreaterThan(0);
        expect(await lowContrastControls(page, PASSAGE_TOOLS)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});
