import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleSlugs, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

/** Entities each article's sidebar must list (by canonical name), read off the texts. */
const EXPECTED: Record<string, string[]> = {
  'istanbul-talks-after-drone-attacks': [
    'Donald Trump',
    'Vladimir Putin',
    'Volodymyr Zelensky',
    'Vladimir Medinsky',
    'Rustem Umerov',
    'Joe Biden',
    'Kremlin',
    'NATO',
    'Reuters',
    'Istanbul',
    'Çırağan Palace',
    'Bosphorus',
    'Moscow',
    'Kyiv',
    'Ohio',
    'Oval Office',
    "Operation Spider's Web",
  ],
  'stalemate-continues-istanbul-talks': [
    'Donald Trump',
    'Vladimir Putin',
    'Volodymyr Zelensky',
    'Vladimir Medinsky',
    'Rustem Umerov',
    'Istanbul',
    'Siberia',
    'United States',
    'Istanbul talks (2025)',
  ],
  'trump-putin-alaska-meeting-expectations': [
    'Donald Trump',
    'Vladimir Putin',
    'Volodymyr Zelensky',
    'NATO',
    'European Union',
    'G20',
    'Alaska',
    'Helsinki',
    'Japan',
  ],
  'trumps-patience-is-not-eternal': [
    'Donald Trump',
    'Vladimir Putin',
    'Volodymyr Zelensky',
    'Steve Witkoff',
    'Marco Rubio',
    'Sergey Lavrov',
    'Joe Biden',
    'OSCE Minsk Group',
    'UN Security Council',
    'Democratic Party',
    'Republican Party',
    'Armenia',
    'Azerbaijan',
    'Nagorno-Karabakh',
    'Nagorno-Karabakh Republic',
    'Yerevan',
    'Baku',
    'Baltic states',
    'Soviet Union',
    'Kursk Oblast',
    'Kyiv',
    'Moscow',
    'Minsk agreements',
    'Istanbul talks (2022)',
  ],
  'what-comes-next-after-putin-and-trump-agreed-to-talk': [
    'Donald Trump',
    'Vladimir Putin',
    'Volodymyr Zelensky',
    'Pete Hegseth',
    'Vasily Nebenzia',
    'NATO',
    'European Union',
    'United Nations',
    'UN Security Council',
    'Bloomberg',
    'Kremlin',
    'Armed Forces of Ukraine',
    'Saudi Arabia',
    'Donbas',
    'Zaporizhzhia',
    'Dnipro (river)',
    'Trans-Dnieper region',
    'Kyiv',
    'Kharkiv Oblast',
    'Kursk Oblast',
    'Finland',
    'Sweden',
    'Belarus',
    'Poland',
    'United Kingdom',
    'Western Ukraine',
    'Line of Contact',
    'Cold War',
    'New START',
    'Article 5 of the North Atlantic Treaty',
  ],
};

const sidebar = (page: Page) => page.locator('aside.sidebar section.entity-sidebar');

async function sidebarEntries(page: Page) {
  return sidebar(page)
    .locator('.entity-list > li')
    .evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('a')!.textContent!,
        href: item.querySelector('a')!.getAttribute('href')!,
        count: Number(item.querySelector('.entity-count')!.firstChild!.textContent),
        group: item.closest('.entity-group')!.querySelector('h3')!.textContent!,
      })),
    );
}

describe('article entity sidebar', () => {
  it('covers the five articles', () => {
    expect(articleSlugs()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const slug of Object.keys(EXPECTED)) {
    it(`lists the entities /articles/${slug}/ names, grouped by type, most mentioned first`, async () => {
      const page = await openPage(browser(), `/articles/${slug}/`);
      const entries = await sidebarEntries(page);
      expect(entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(EXPECTED[slug]!));
      for (const entry of entries) expect(entry.href).toMatch(/^\/entities\/[a-z0-9-]+\/$/);
      // Within a group, counts never rise; each count equals the marks in the text.
      const groups = [...new Set(entries.map((entry) => entry.group))];
      for (const group of groups) {
        const counts = entries.filter((entry) => entry.group === group).map((entry) => entry.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
      for (const entry of entries.slice(0, 3)) {
        const id = entry.href.split('/')[2]!;
        expect(await page.locator(`.article-body .mention[data-entity="${id}"]`).count()).toBe(entry.count);
      }
      await page.context().close();
    });
  }

  it('highlights an entity’s mentions and steps through them by keyboard', async () => {
    const page = await openPage(browser(), '/articles/trumps-patience-is-not-eternal/');
    const find = sidebar(page).locator('button.entity-find[data-entity="volodymyr-zelensky"]');
    await find.focus();
    await page.keyboard.press('Enter');
    expect(await find.getAttribute('aria-pressed')).toBe('true');
    const found = page.locator('.article-body .mention.is-found');
    expect(await found.count()).toBe(3);
    expect(await found.allTextContents()).toEqual(['Zelenskyy', 'Zelenskyy', 'Zelenskyy']);
    const status = page.locator('[data-entity-status]');
    await expect.poll(() => status.textContent()).toBe('Volodymyr Zelensky: mention 1 of 3');
    await page.locator('[data-entity-step="1"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Volodymyr Zelensky: mention 2 of 3');
    const current = page.locator('.article-body .mention.is-current');
    expect(await current.count()).toBe(1);
    expect(await current.evaluate((node) => node === document.querySelectorAll('.article-body .mention.is-found')[1])).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Volodymyr Zelensky: mention 1 of 3');
    await page.keyboard.press('Escape');
    expect(await found.count()).toBe(0);
    expect(await page.locator('[data-entity-stepper]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('finds mentions only in the article body its data-controls names', async () => {
    const page = await openPage(browser(), '/articles/trumps-patience-is-not-eternal/');
    const find = sidebar(page).locator('button.entity-find[data-entity="volodymyr-zelensky"]');
    const found = page.locator('.article-body .mention.is-found');
    await page.locator('entity-finder').evaluate((node) => node.setAttribute('data-controls', 'no-such-body'));
    await find.click();
    expect(await found.count()).toBe(0);
    await find.click();
    await page.locator('entity-finder').evaluate((node) => node.setAttribute('data-controls', 'article-body'));
    await find.click();
    expect(await found.count()).toBe(3);
    await page.context().close();
  });

  it('keeps working without JavaScript: every entity links to its page, Find is out of reach', async () => {
    const page = await openPage(browser(), '/articles/trumps-patience-is-not-eternal/', { javaScriptEnabled: false });
    expect(await sidebar(page).locator('a[href="/entities/steve-witkoff/"]').textContent()).toBe('Steve Witkoff');
    expect(
      await sidebar(page)
        .locator('button.entity-find')
        .first()
        .evaluate((node) => getComputedStyle(node).visibility),
    ).toBe('hidden');
    // The source's spelling stays in the text, linked to the entity.
    expect(await page.locator('.article-body a.mention[data-entity="steve-witkoff"]').textContent()).toBe('Whitkov');
    await page.context().close();
  });
});

async function mentionLinks(page: Page) {
  return page.locator('.mention-list > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('.mention-source a')!.getAttribute('href')!,
      source: item.querySelector('.mention-source a')!.textContent!,
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!),
    })),
  );
}

describe('entity pages', () => {
  const cases = [
    { id: 'volodymyr-zelensky', spellings: ['Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy'], sources: 5 },
    { id: 'steve-witkoff', spellings: ['Whitkov'], sources: 1 },
    { id: 'kyiv', spellings: ['Kyiv', 'Kiev'], sources: 3 },
  ];

  for (const { id, spellings, sources } of cases) {
    it(`/entities/${id}/ lists mentions from every source under each spelling, and its permalinks land on them`, async () => {
      const page = await openPage(browser(), `/entities/${id}/`);
      const links = await mentionLinks(page);
      expect(new Set(links.map((link) => link.source.split(':')[0])).size).toBe(sources);
      expect(new Set(links.flatMap((link) => link.marked))).toEqual(new Set(spellings));
      // "As written" shows each spelling with the sources that used it.
      expect(new Set(await page.locator('.entity-facts .spellings').first().locator('q').allTextContents())).toEqual(new Set(spellings));

      const byArticle = new Map<string, { id: string; marked: string[] }[]>();
      for (const link of links) {
        const [path, passageId] = link.href.split('#');
        expect(path).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
        byArticle.set(path!, [...(byArticle.get(path!) ?? []), { id: passageId!, marked: link.marked }]);
      }
      for (const [path, targets] of byArticle) {
        const article = await openPage(browser(), path);
        for (const target of targets) {
          const passage = article.locator(`[id="${target.id}"]`);
          expect(await passage.count()).toBe(1);
          expect(await passage.evaluate((node) => node.classList.contains('passage'))).toBe(true);
          const marks = await passage.locator(`.mention[data-entity="${id}"]`).allTextContents();
          for (const text of target.marked) expect(marks).toContain(text);
        }
        await article.context().close();
      }
      await page.context().close();
    });
  }

  it('follows a mention link to the passage, highlighted', async () => {
    const page = await openPage(browser(), '/entities/steve-witkoff/');
    await page.locator('.mention-source a').first().click();
    await page.waitForURL(/\/articles\/trumps-patience-is-not-eternal\/#/);
    const targetText = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(targetText).toContain('Trump, Rubio, and Whitkov');
    await page.context().close();
  });

  it('shows adjectives apart from name mentions, and co-occurring entities', async () => {
    const page = await openPage(browser(), '/entities/russia/');
    const adjectives = page.locator('.entity-facts div', { hasText: 'Adjectives' });
    expect(await adjectives.locator('q').allTextContents()).toEqual(['Russian', 'Russians']);
    expect(await page.locator('.mention-list mark', { hasText: /^Russian$/ }).count()).toBe(0);
    expect(await page.locator('.related-entities a').allTextContents()).toEqual(expect.arrayContaining(['Ukraine', 'Donald Trump']));
    await page.context().close();
  });

  it('splits a long list of mentions into numbered pages that together hold every passage once', async () => {
    const first = await openPage(browser(), '/entities/ukraine/', { javaScriptEnabled: false });
    const pages = await first
      .locator('nav.pagination a:not([rel])')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(pages).toEqual(['/entities/ukraine/', '/entities/ukraine/mentions/2/']);
    expect(await first.locator('nav.pagination a[aria-current="page"]').textContent()).toContain('1');
    expect(await first.locator('nav.pagination a[rel="next"]').getAttribute('href')).toBe('/entities/ukraine/mentions/2/');
    const seen = (await mentionLinks(first)).map((link) => link.href);
    expect(seen).toHaveLength(30);
    const second = await openPage(browser(), '/entities/ukraine/mentions/2/', { javaScriptEnabled: false });
    expect(await second.locator('h1').textContent()).toBe('Ukraine');
    expect(await second.title()).toMatch(/^Ukraine, mentions page 2/);
    expect(await second.locator('.mention-list').getAttribute('start')).toBe('31');
    expect(await second.locator('nav.pagination a[rel="prev"]').getAttribute('href')).toBe('/entities/ukraine/');
    seen.push(...(await mentionLinks(second)).map((link) => link.href));
    // Every passage naming Ukraine is on one page or the other, once: as many as the per-source counts' passages.
    expect(new Set(seen).size).toBe(seen.length);
    const rendered = await first.evaluate(() => document.querySelector('.entity-facts')?.textContent ?? '');
    expect(rendered).toMatch(/mentions in 5 articles/);
    await Promise.all([first.context().close(), second.context().close()]);
  });

  it('links an author entity to its source card', async () => {
    const page = await openPage(browser(), '/entities/andrew-korybko/');
    expect(await page.locator('a[href="/sources/#andrew-korybko"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('entity claims', () => {
  for (const id of ['kremlin', 'volodymyr-zelensky']) {
    it(`/entities/${id}/ lists its claims by source, each linking to the claim in an article sidebar and to its passage`, async () => {
      const page = await openPage(browser(), `/entities/${id}/`, { javaScriptEnabled: false });
      expect(await page.locator('#claims-title').textContent()).toBe('Claims');
      const items = await page.locator('.entity-claims li').evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.getAttribute('data-claim')!,
          href: node.querySelector('a')!.getAttribute('href')!,
          passage: node.querySelector('a.claim-quote')!.getAttribute('href')!,
          quote: node.querySelector('q')!.textContent!,
        })),
      );
      expect(items.length).toBeGreaterThan(2);
      expect(await page.locator('.entity-claims h3').count()).toBeGreaterThan(1);
      const byArticle = new Map<string, typeof items>();
      for (const item of items) {
        const [path, anchor] = item.href.split('#');
        expect(anchor).toBe(`claim-${item.id}`);
        expect(item.passage.split('#')[0]).toBe(path);
        byArticle.set(path!, [...(byArticle.get(path!) ?? []), item]);
      }
      for (const [path, claims] of byArticle) {
        const article = await openPage(browser(), path, { javaScriptEnabled: false });
        for (const claim of claims) {
          expect(await article.locator(`aside [id="claim-${claim.id}"]`).count()).toBe(1);
          const passage = article.locator(`[id="${claim.passage.split('#')[1]}"]`);
          expect(await passage.textContent()).toContain(claim.quote);
        }
        await article.context().close();
      }
      await page.context().close();
    });
  }

  const events = [
    { id: 'istanbul-talks-2025-second-round', sources: 3 },
    { id: 'istanbul-talks-2025-first-round', sources: 2 },
    { id: 'russia-ukraine-war', sources: 5 },
    { id: 'june-2025-memoranda', sources: 1 },
    { id: 'ukraine-peace-roadmap-2025', sources: 1 },
  ];
  for (const { id, sources } of events) {
    it(`/entities/${id}/ lists the texts' mentions of it from ${sources} source(s)`, async () => {
      const page = await openPage(browser(), `/entities/${id}/`, { javaScriptEnabled: false });
      const links = await mentionLinks(page);
      expect(new Set(links.map((link) => link.source.split(':')[0])).size).toBe(sources);
      expect(links.every((link) => link.marked.length > 0)).toBe(true);
      expect(await page.locator('.entity-facts .spellings q').count()).toBeGreaterThan(0);
      await page.context().close();
    });
  }
});

describe('entities index', () => {
  it('lists every entity by type with counts per source, and filters by type through anchors', async () => {
    const page = await openPage(browser(), '/entities/', { javaScriptEnabled: false });
    const headers = await page.locator('#person thead th').allTextContents();
    // Sources as columns, newest article first.
    expect(headers).toEqual([
      'Entity',
      'Unattributed translation',
      'Toutiao (今日头条)',
      'NDTV',
      'Unnamed news site',
      'Voice of East',
      'All',
    ]);
    const zelensky = await page.locator('#row-volodymyr-zelensky td').allTextContents();
    expect(zelensky.slice(0, 5).every((count) => Number(count) > 0)).toBe(true);
    expect(await page.locator('#row-steve-witkoff td').allTextContents()).toEqual(['–0', '1', '–0', '–0', '–0', '1']);
    await page.locator('.type-filter a[href="#agreement"]').click();
    expect(page.url()).toMatch(/#agreement$/);
    expect(await page.locator('#agreement tbody th a').allTextContents()).toEqual(
      expect.arrayContaining(['New START', 'Minsk agreements', 'Article 5 of the North Atlantic Treaty']),
    );
    expect(await page.locator('#place tbody th a', { hasText: 'Kyiv' }).count()).toBe(1);
    await page.context().close();
  });

  it('is in the site navigation', async () => {
    const page = await openPage(browser(), '/entities/');
    expect(await page.locator('.site-header nav a[aria-current="page"]').textContent()).toBe('Entities');
    await page.context().close();
  });
});
