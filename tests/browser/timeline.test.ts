/**
 * /timeline/ and /notes/ in the built site: every event and every note links to a
 * passage holding its words (links followed), the texts' publication markers sit
 * in date order among the events, both pages pass axe in both themes and need no
 * JavaScript, and a note's slip ("Helsinki (France)") is no mention of France.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

/** Text compared as the quote anchor compares it: case, quote style, dashes and spacing ignored. */
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

interface Link {
  href: string;
  words: string;
}

/** Opens each link's page once and checks that the element its fragment names holds the words. */
async function expectLinksHoldWords(page: Page, links: Link[]): Promise<void> {
  const byPath = Map.groupBy(links, (link) => new URL(link.href, page.url()).pathname);
  for (const [path, group] of byPath) {
    await page.goto(new URL(path, page.url()).href);
    for (const link of group) {
      const id = decodeURIComponent(new URL(link.href, page.url()).hash.slice(1));
      const text = await page.evaluate((target) => document.getElementById(target)?.textContent ?? null, id);
      expect(text, `${link.href} exists`).not.toBeNull();
      expect(normal(text!), `${link.href} holds ${JSON.stringify(link.words)}`).toContain(normal(link.words));
    }
  }
}

const noScript = { javaScriptEnabled: false } as const;

describe('/timeline/', () => {
  it('links every event to passages holding its claims’ quoted words', async () => {
    const page = await openPage(browser(), '/timeline/', noScript);
    const links = await page
      .locator('.timeline-event .timeline-sources > li')
      .evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, words: item.querySelector('q')!.textContent! })),
      );
    expect(links.length).toBeGreaterThanOrEqual(await page.locator('.timeline-event').count());
    await expectLinksHoldWords(page, links);
    await page.context().close();
  });

  it('sits the texts’ publication markers in date order among the events', async () => {
    const page = await openPage(browser(), '/timeline/', noScript);
    const entries = await page.locator('ol.timeline > li').evaluateAll((items) =>
      items.map((item) => ({
        marker: item.classList.contains('timeline-marker'),
        date: item.querySelector('time')!.getAttribute('datetime')!,
      })),
    );
    const markers = entries.filter((entry) => entry.marker).map((entry) => entry.date);
    expect(markers.length).toBeGreaterThanOrEqual(5);
    // A text dated to the month may sit anywhere in its month: no marker may start after the next one can end.
    const earliest = (date: string) => date.padEnd(10, '-01').slice(0, 10);
    const latest = (date: string) => (date.length === 10 ? date : `${date}-31`);
    markers
      .slice(1)
      .forEach((next, index) => expect(earliest(markers[index]!) <= latest(next), `${markers[index]} before ${next}`).toBe(true));
    // Against every event dated to the day: before a marker only if no later than it, after it only if no earlier.
    entries.forEach((marker, at) => {
      if (!marker.marker) return;
      entries.forEach((event, index) => {
        if (event.marker || event.date.length !== 10) return;
        if (index < at) expect(event.date.slice(0, marker.date.length) <= marker.date, `${event.date} before ${marker.date}`).toBe(true);
        else expect(event.date >= marker.date, `${event.date} after ${marker.date}`).toBe(true);
      });
    });
    await page.context().close();
  });

  it('needs no JavaScript: the list, dates, anchors and the overview are in the HTML', async () => {
    const page = await openPage(browser(), '/timeline/', noScript);
    const events = page.locator('.timeline-event');
    expect(await events.count()).toBeGreaterThan(20);
    const ids = await events.evaluateAll((items) => items.map((item) => item.id));
    expect(ids.every((id) => /^event-[a-z0-9-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.locator('.timeline-overview svg[aria-hidden="true"] circle').count()).toBeGreaterThan(10);
    expect(await page.locator('.timeline-overview svg script, .timeline-overview svg a').count()).toBe(0);
    await page.goto(page.url().replace(/#.*$/, '') + `#${ids[3]}`);
    expect(await page.locator(`#${ids[3]}`).evaluate((item) => item.matches(':target'))).toBe(true);
    await page.context().close();
  });

  it('reads at 390 px without scrolling sideways', async () => {
    const page = await openPage(browser(), '/timeline/', { viewport: { width: 390, height: 844 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});

describe('/notes/', () => {
  it('links every note to the passage (or removed line) holding its words', async () => {
    const page = await openPage(browser(), '/notes/', noScript);
    const links = await page
      .locator('.notes-kind li')
      .evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, words: item.querySelector('q')!.textContent! })),
      );
    expect(links.length).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.notes-kind').count()).toBeGreaterThanOrEqual(8);
    await expectLinksHoldWords(page, links);
    await page.context().close();
  });

  it('shows a note on the claim whose words it is about, in the article’s sidebar', async () => {
    const page = await openPage(browser(), '/articles/trump-putin-alaska-meeting-expectations/', noScript);
    const note = page.locator('.claim-sidebar .claim-note a[href*="#note-"]').first();
    const target = (await note.getAttribute('href'))!.split('#')[1]!;
    expect(await page.locator(`#${target}`).getAttribute('role')).toBe('note');
    await page.context().close();
  });
});

describe('a note marking a slip', () => {
  it('keeps "Helsinki (France)" out of France’s mentions, and Helsinki in its own', async () => {
    const page = await openPage(browser(), '/articles/trump-putin-alaska-meeting-expectations/', noScript);
    const passage = page.locator('.passage', { hasText: 'Helsinki (France)' });
    expect(await passage.locator('[data-entity="helsinki"]').count()).toBe(1);
    expect(await passage.locator('[data-entity="france"]').count()).toBe(0);
    await page.goto(new URL('/entities/france/', page.url()).href);
    expect(await page.locator('main').textContent()).not.toContain('Helsinki (France)');
    expect(await page.locator('main a[href*="/articles/trump-putin-alaska-meeting-expectations/#"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['/timeline/', '/notes/']) {
      it(`finds no violation on ${path} (${colorScheme} theme)`, async () => {
        const page = await openPage(browser(), path, { colorScheme });
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
