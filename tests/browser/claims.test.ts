import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSlugs, openPage, useBrowser } from './browser.ts';

const browser = useBrowser();

const claimIds = (slug: string): string[] =>
  ((load(readFileSync(`content/claims/${slug}.yaml`, 'utf8')) as { claims: { id: string }[] }).claims ?? []).map((claim) => claim.id);

describe('claims rows', () => {
  it('show the editorial notes on words their claims quote, linking to the note in the article', async () => {
    const page = await openPage(browser(), '/claims/', { javaScriptEnabled: false });
    const notes = page.locator('th .claim-note');
    expect(await notes.count()).toBeGreaterThan(0);
    const href = (await notes.first().locator('a').getAttribute('href'))!;
    const [path, id] = href.split('#');
    const article = await openPage(browser(), path!);
    expect(await article.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await notes.first().textContent()).toContain(
      ((await article.locator(`[id="${id}"] q`).first().textContent()) ?? '').slice(0, 20),
    );
    await Promise.all([page.context().close(), article.context().close()]);
  });
});

describe('claim sidebar', () => {
  it('"Compare all sources" lands on the article\'s own rows, every claim of it there beside the other sources', async () => {
    const slug = 'istanbul-talks-after-drone-attacks';
    const page = await openPage(browser(), `/articles/${slug}/`, { javaScriptEnabled: false });
    await page.locator('aside.sidebar a', { hasText: 'Compare all sources' }).click();
    await page.waitForURL(new RegExp(`/claims/source/${slug}/$`));
    const cellLinks = await page
      .locator('table a[href^="/articles/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const own = new Set(cellLinks.filter((href) => href.startsWith(`/articles/${slug}/`)));
    expect(own.size).toBeGreaterThan(0);
    // Each of the article's claims is in some row (the rows are those in which it makes a claim).
    const rowIds = await page.locator('tr[id^="row-"]').count();
    expect(rowIds).toBeGreaterThan(0);
    expect(cellLinks.some((href) => !href.startsWith(`/articles/${slug}/`))).toBe(true);
    await page.context().close();
  });

  for (const slug of articleSlugs()) {
    it(`lists every claim of /articles/${slug}/ in the one sidebar, each with kind, who asserts it and a passage link that holds its quote`, async () => {
      const page = await openPage(browser(), `/articles/${slug}/`);
      expect(await page.locator('aside').count()).toBe(1);
      const section = page.locator('aside.sidebar section.claim-sidebar');
      expect(await section.locator('h2').textContent()).toBe('Claims');
      const items = section.locator('ol.claim-list > li');
      expect(await items.count()).toBe(claimIds(slug).length);
      expect((await items.evaluateAll((nodes) => nodes.map((node) => node.id))).sort()).toEqual(
        claimIds(slug)
          .map((id) => `claim-${id}`)
          .sort(),
      );
      // Each claim: a link to its words (the first mark), whose passage holds all its marks, then "Kind · asserter".
      const checks = await items.evaluateAll((nodes) =>
        nodes.map((node) => {
          const id = node.id.slice('claim-'.length);
          const markId = node.querySelector('a')!.getAttribute('href')!.slice(1);
          const passage = document.getElementById(markId)?.closest('.passage') ?? null;
          return {
            id,
            inPassage: Boolean(passage?.classList.contains('passage') && passage.querySelector(`mark.claim-quote[data-claim="${id}"]`)),
            marksElsewhere: [...document.querySelectorAll(`mark.claim-quote[data-claim="${id}"]`)].some(
              (mark) => mark.closest('.passage') !== passage,
            ),
            meta: node.querySelector('.claim-meta')?.textContent ?? '',
            asserter: node.querySelector('.claim-meta a')?.getAttribute('href') ?? '',
          };
        }),
      );
      for (const check of checks) {
        expect(check, check.id).toMatchObject({ inPassage: true, marksElsewhere: false });
        expect(check.meta, check.id).toMatch(/^(Figure|Event or fact|Position or demand|Forecast|Assessment) · \S/);
        expect(check.asserter, check.id).toMatch(/^\/(entities\/[a-z0-9-]+\/|sources\/#[a-z0-9-]+)$/);
      }
      await page.context().close();
    });
  }

  it('lands a claim link on its words, in their lit passage, and the words’ number links back to the claim', async () => {
    const page = await openPage(browser(), '/articles/istanbul-talks-after-drone-attacks/');
    await page.locator('#claim-ndtv-spiders-web-40 > a').first().click();
    expect(await page.locator(':target').getAttribute('id')).toBe('said-ndtv-spiders-web-40');
    const target = page.locator('.passage:has(:target)');
    expect(await target.evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // All of the claim's words are lit while it is the target, not only the first piece.
    await expect.poll(() => page.locator('mark.claim-quote.is-lit').count()).toBe(3);
    expect(await target.textContent()).toContain('operation "Spider\'s web", which destroyed at least 40 Russian bombers');
    expect(await target.locator('mark.claim-quote[data-claim="ndtv-spiders-web-40"]').allTextContents()).toEqual([
      'operation "',
      "Spider's web",
      '", which destroyed at least 40 Russian bombers',
    ]);
    await target.locator('a.claim-ref[href="#claim-ndtv-spiders-web-40"]').click();
    expect(await page.locator(':target').getAttribute('id')).toBe('claim-ndtv-spiders-web-40');
    await page.context().close();
  });

  it('highlights a claim’s quote while the claim is focused or hovered', async () => {
    const page = await openPage(browser(), '/articles/istanbul-talks-after-drone-attacks/');
    const marks = page.locator('mark.claim-quote[data-claim="ndtv-spiders-web-40"]');
    expect(await marks.evaluateAll((nodes) => nodes.filter((node) => node.classList.contains('is-lit')).length)).toBe(0);
    await page.locator('#claim-ndtv-spiders-web-40 > a').first().focus();
    expect(await marks.evaluateAll((nodes) => nodes.every((node) => node.classList.contains('is-lit')))).toBe(true);
    expect(await page.locator('mark.claim-quote.is-lit').count()).toBe(await marks.count());
    await page.locator('#claim-ndtv-medinsky-leads').hover();
    // The quote holds the mention "Vladimir Medinsky", so it is marked in two pieces; only this claim's pieces are lit.
    const lit = await page.locator('mark.claim-quote.is-lit').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')));
    expect(new Set(lit)).toEqual(new Set(['ndtv-medinsky-leads']));
    expect(lit.length).toBe(await page.locator('mark.claim-quote[data-claim="ndtv-medinsky-leads"]').count());
    await page.context().close();
  });

  it('lights quotes only in the article body its data-controls names', async () => {
    const page = await openPage(browser(), '/articles/istanbul-talks-after-drone-attacks/');
    const lit = page.locator('mark.claim-quote.is-lit');
    await page.locator('claim-highlight').evaluate((node) => node.setAttribute('data-controls', 'no-such-body'));
    await page.locator('#claim-ndtv-spiders-web-40 > a').first().focus();
    expect(await lit.count()).toBe(0);
    await page.locator('claim-highlight').evaluate((node) => node.setAttribute('data-controls', 'article-body'));
    await page.locator('#claim-ndtv-medinsky-leads > a').first().focus();
    expect(await lit.count()).toBe(await page.locator('mark.claim-quote[data-claim="ndtv-medinsky-leads"]').count());
    await page.context().close();
  });

  it('shows a relation on both sides, linking one claim to the other', async () => {
    const page = await openPage(browser(), '/articles/istanbul-talks-after-drone-attacks/');
    const chip = page.locator('#claim-ndtv-spiders-web-40 a.chip');
    expect(await chip.textContent()).toBe('differs: approximately 40 bomber aircraft (Unnamed news site)');
    await chip.click();
    expect(new URL(page.url()).pathname).toBe('/articles/stalemate-continues-istanbul-talks/');
    expect(await page.locator(':target').getAttribute('id')).toBe('claim-stalemate-spiders-web-40');
    expect(await page.locator('#claim-stalemate-spiders-web-40 a.chip').textContent()).toBe('differs: at least 40 Russian bombers (NDTV)');
    expect((await page.locator('#claim-stalemate-june-2-istanbul a.chip').allTextContents()).sort()).toEqual([
      'also reported by NDTV',
      'also reported by Toutiao (今日头条)',
    ]);
    await page.context().close();
  });
});

describe('/claims/', () => {
  it('shows the claim × source matrix by topic, with text labels in every cell', async () => {
    const page = await openPage(browser(), '/claims/', { javaScriptEnabled: false });
    expect(await page.locator('nav[aria-label="Site"] a[aria-current="page"]').textContent()).toBe('Claims');
    const headers = await page.locator('#topic-military-operations table thead th').allTextContents();
    expect(headers[0]).toBe('Claim');
    expect([...headers.slice(1)].sort()).toEqual([
      'NDTV',
      'Toutiao (今日头条)',
      'Unattributed translation',
      'Unnamed news site',
      'Voice of East',
    ]);
    const row = page.locator('#row-ndtv-spiders-web-40');
    const cells = await row.locator('td').allTextContents();
    const columns = headers.slice(1);
    const cellOf = (source: string) => cells[columns.indexOf(source)]!.trim();
    expect(cellOf('NDTV')).toBe('Reports');
    expect(cellOf('Unnamed news site')).toBe('Differs: approximately 40 bomber aircraft');
    // Voice of East wrote in February, months before the strike of 1 June: it could not report it.
    expect(cellOf('Voice of East')).toBe('Before this');
    expect(await row.locator('td a').first().getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    // The 2 June talks: three sources report the same claim (the row is led by the claim with most ties, Toutiao's).
    const talks = await page.locator('#row-khram-june-2-talks td').allTextContents();
    expect(talks.filter((text) => /^(Reports|Same)$/.test(text.trim()))).toHaveLength(3);
    expect(await page.locator('.claim-single').count()).toBeGreaterThan(50);
    expect(await page.locator('.claim-single').first().textContent()).toMatch(/^Only in /);
    // Every claim of every article appears once, with a passage permalink.
    const total = articleSlugs().reduce((sum, slug) => sum + claimIds(slug).length, 0);
    expect(await page.locator('table.claim-matrix td a[href^="/articles/"]').count()).toBe(total);
    await page.context().close();
  });

  it('filters by kind, source and topic with plain links (no JavaScript)', async () => {
    const page = await openPage(browser(), '/claims/', { javaScriptEnabled: false });
    await page.locator('.claim-filters a', { hasText: 'Forecast' }).click();
    expect(new URL(page.url()).pathname).toBe('/claims/kind/forecast/');
    expect(await page.locator('.claim-filters a[aria-current="page"]').textContent()).toBe('Forecast');
    const forecastRows = await page.locator('table.claim-matrix tbody tr').count();
    expect(forecastRows).toBeGreaterThan(10);
    expect(forecastRows).toBeLessThan(await page.locator('.claims-count').evaluate(() => 1000));
    await page.locator('.claim-filters a', { hasText: 'Voice of East' }).click();
    expect(new URL(page.url()).pathname).toBe('/claims/source/what-comes-next-after-putin-and-trump-agreed-to-talk/');
    const columns = (await page.locator('table.claim-matrix').first().locator('thead th').allTextContents()).slice(1);
    const column = columns.indexOf('Voice of East');
    const rows = await page
      .locator('table.claim-matrix tbody tr')
      .evaluateAll((nodes, index) => nodes.map((node) => node.querySelectorAll('td')[index]!.textContent!.trim()), column);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((text) => text !== 'Silent')).toBe(true);
    await page.locator('.claim-filters a[href="#topic-sanctions"]').click();
    expect(await page.locator(':target h2').textContent()).toBe('Sanctions');
    await page.context().close();
  });

  it('publishes each claim as a schema.org Claim, with no ratings', async () => {
    const page = await openPage(browser(), '/claims/');
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      '@graph': Record<string, unknown>[];
    };
    const total = articleSlugs().reduce((sum, slug) => sum + claimIds(slug).length, 0);
    expect(graph['@graph']).toHaveLength(total);
    const spider = graph['@graph'].find((item) => String(item['@id']).endsWith('#claim-ndtv-spiders-web-40'))!;
    expect(spider).toMatchObject({
      '@type': 'Claim',
      appearance: expect.stringMatching(/\/articles\/istanbul-talks-after-drone-attacks\/#after-keeping/),
      author: { name: 'NDTV' },
    });
    expect(await page.content()).not.toMatch(/ClaimReview|reviewRating/);
    await page.context().close();
  });
});

describe('/claims/ cells and combined filters', () => {
  const quoteOf = (id: string): string => {
    for (const slug of articleSlugs()) {
      const found = (load(readFileSync(`content/claims/${slug}.yaml`, 'utf8')) as { claims: { id: string; quote: string }[] }).claims?.find(
        (claim) => claim.id === id,
      );
      if (found) return found.quote;
    }
    throw new Error(`no claim ${id}`);
  };
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('lands every non-silent cell on the passage holding that source’s words', async () => {
    const page = await openPage(browser(), '/claims/', { javaScriptEnabled: false });
    // Each cell link names its claim through the sidebar id the row's JSON-LD uses; the title is the claim's summary.
    const cells = await page.locator('table.claim-matrix td a').evaluateAll((nodes) =>
      nodes.map((node) => ({
        href: node.getAttribute('href')!,
        title: node.getAttribute('title')!,
        cell: node.closest('td')!.className,
      })),
    );
    expect(cells.every((cell) => !/is-(silent|before)/.test(cell.cell))).toBe(true);
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      '@graph': { '@id': string; appearance: string; text: string }[];
    };
    const byAppearance = new Map<string, string[]>();
    for (const item of graph['@graph']) {
      const path = new URL(item.appearance).pathname + new URL(item.appearance).hash;
      byAppearance.set(path, [...(byAppearance.get(path) ?? []), item['@id'].split('#claim-')[1]!]);
    }
    const byArticle = new Map<string, Set<string>>();
    for (const cell of cells) {
      const url = new URL(cell.href, page.url());
      byArticle.set(url.pathname, (byArticle.get(url.pathname) ?? new Set()).add(url.hash.slice(1)));
    }
    for (const [path, ids] of byArticle) {
      await page.goto(path);
      for (const id of ids) {
        const text = squash((await page.locator(`[id="${id}"]`).textContent()) ?? '');
        const claims = byAppearance.get(`${path}#${id}`) ?? [];
        expect(claims.length, `${path}#${id}`).toBeGreaterThan(0);
        for (const claim of claims) expect(text, claim).toContain(squash(quoteOf(claim)));
      }
    }
    await page.context().close();
  });

  it('says in the legend what every label means, the new relations and "Before this" included', async () => {
    const page = await openPage(browser(), '/claims/', { javaScriptEnabled: false });
    const labels = await page.locator('.cell-legend dt').allTextContents();
    for (const label of [
      'Reports',
      'Same',
      'Agrees',
      'Differs',
      'Contradicts',
      'Updates',
      'Before this',
      'Silent',
      'Opposed by',
      'Answers',
    ])
      expect(labels).toContain(label);
    await page.context().close();
  });

  it('combines kind, source, story and topic through the query with JavaScript', async () => {
    const page = await openPage(browser(), '/claims/');
    const total = await page.locator('table.claim-matrix tbody tr').count();
    await page.locator('.claim-filters a[data-filter="kind"][data-value="position"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=position');
    await page.waitForLoadState('load');
    await page.locator('.claim-filters a[data-filter="source"]').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBeTruthy();
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    expect(url.searchParams.get('kind')).toBe('position');
    const source = url.searchParams.get('source')!;
    const visible = await page
      .locator('table.claim-matrix tbody tr:not([hidden])')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ kinds: (node as HTMLElement).dataset.kinds!, sources: (node as HTMLElement).dataset.sources! })),
      );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);
    expect(visible.every((row) => row.kinds.split(' ').includes('position') && row.sources.split(' ').includes(source))).toBe(true);
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(new RegExp(`^Showing ${visible.length} of ${total} rows: `));
    expect(await page.locator('.claim-filters a[data-filter="kind"][data-value="position"]').getAttribute('aria-current')).toBe('true');
    // A story and a topic narrow it further; a hidden table's section is hidden too.
    // Each click loads the page anew: wait for it before the next, whose link the script rewrites on arrival.
    await page.locator('.claim-filters a[data-filter="story"]').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('story')).toBeTruthy();
    await page.waitForLoadState('load');
    await page.locator('.claim-filters a[data-filter="topic"]').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBeTruthy();
    await page.waitForLoadState('load');
    const params = new URL(page.url()).searchParams;
    expect([...params.keys()].sort()).toEqual(['kind', 'source', 'story', 'topic']);
    const topic = params.get('topic')!;
    const sections = await page.locator('section.claim-topic:not([hidden])').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(sections.every((id) => id === `topic-${topic}`)).toBe(true);
    // Clearing shows every row again.
    await page.locator('[data-filter-status] a').click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.locator('table.claim-matrix tbody tr:not([hidden])').count()).toBe(total);
    await page.context().close();
  });

  it('keeps a static page per story, with its articles’ columns only, as the no-JavaScript fallback', async () => {
    const page = await openPage(browser(), '/claims/', { javaScriptEnabled: false });
    const story = page.locator('.claim-filters a[data-filter="story"]').first();
    const href = await story.getAttribute('href');
    expect(href).toMatch(/^\/claims\/story\/[a-z0-9-]+\/$/);
    // The click resolves once the navigation starts: wait for the story's page itself before reading it.
    await Promise.all([page.waitForURL((url) => url.pathname === href, { waitUntil: 'load' }), story.click()]);
    expect(await page.locator('.claim-filters a[aria-current="page"]').count()).toBe(1);
    const columns = await page.locator('table.claim-matrix').first().locator('thead th').count();
    expect(columns - 1).toBeLessThan(articleSlugs().length + 1);
    expect(await page.locator('table.claim-matrix tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
