import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/render-markdown.ts';
import { baseUrl, openPage, useBrowser } from './browser.ts';
import { startStaticServer } from './static-server.ts';

const slug = 'trump-putin-alaska-meeting-expectations';
const browser = useBrowser();

const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

describe('share pages', () => {
  const ledger = JSON.parse(readFileSync(`content/ledgers/${slug}.json`, 'utf8')) as { passages: { id: string; text: string }[] };
  const long = ledger.passages.find((passage) => passage.text.length > 220)!;
  const html = readFileSync(`dist/articles/${slug}/p/${long.id}/index.html`, 'utf8');

  it('carry OpenGraph and Twitter card tags quoting the passage', () => {
    expect(meta(html, 'og:title')).toBe("What Trump and Putin's Alaska meeting can and cannot achieve — Unattributed translation");
    const description = meta(html, 'og:description')!;
    expect(description.length).toBeLessThanOrEqual(201);
    expect(description.endsWith('…')).toBe(true);
    expect(long.text.startsWith(description.slice(0, -1))).toBe(true);
    expect(meta(html, 'og:image')).toMatch(new RegExp(`/articles/${slug}/p/${long.id}\\.png$`));
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/articles/${slug}/">`));
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/articles/${slug}/#${long.id}">`);
  });

  it('stay a few KB: one stylesheet file all share pages share, no styles inline, no tags X reads from og:', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(5 * 1024);
    expect(html).not.toContain('<style');
    expect([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((link) => link[1])).toEqual([
      expect.stringMatching(/^\/_astro\/[^/]+\.css$/),
    ]);
    expect(html).not.toMatch(/twitter:(title|description|image)/);
  });

  it('have a 1200×630 preview card under 32 KB for every passage', () => {
    for (const passage of ledger.passages) {
      const png = readFileSync(`dist/articles/${slug}/p/${passage.id}.png`);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      expect(png.length).toBeLessThan(32 * 1024);
    }
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`redirect to the highlighted passage (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await openPage(browser(), '/sources/', { javaScriptEnabled });
      await page.goto(`/articles/${slug}/p/${long.id}/`);
      await page.waitForURL(`${baseUrl}/articles/${slug}/#${long.id}`);
      await expect.poll(() => page.evaluate((id) => document.querySelector(':target')?.id === id, long.id)).toBe(true);
      // The refresh replaced the share page in the history: Back skips it instead of bouncing the reader forward again.
      await page.goBack();
      expect(page.url()).toBe(`${baseUrl}/sources/`);
      await page.context().close();
    });
  }
});

describe('retired passage ids', () => {
  let server: Server;
  let url: string;
  let ids: string[];

  beforeAll(async () => {
    // Publish a small article, then edit it (delete one passage, merge two): old links must land on successors.
    const ledgerDirectory = mkdtempSync(join(tmpdir(), 'ledger-browser-'));
    const file = 'content/articles/edited.md';
    const paragraphs = Array.from(
      { length: 12 },
      (_, index) => `Paragraph ${index + 1} about the talks in Istanbul and the drones over Siberia, number ${index + 1}.`,
    );
    const before = await renderMarkdown(paragraphs.join('\n\n'), {}, file, ledgerDirectory);
    ids = before.data.passages!.map((passage) => passage.id);
    const edited = [...paragraphs.slice(0, 5), ...paragraphs.slice(6, 9), `${paragraphs[9]} ${paragraphs[10]}`, paragraphs[11]!];
    const after = await renderMarkdown(edited.join('\n\n'), {}, file, ledgerDirectory);
    // The article page's styles, inline and linked, so the edited copy looks as the article does.
    const articleHtml = readFileSync(`dist/articles/${slug}/index.html`, 'utf8');
    const css = [
      ...[...articleHtml.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((link) => readFileSync(join('dist', link[1]!), 'utf8')),
      ...[...articleHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((style) => style[1]!),
    ].join('\n');
    const root = mkdtempSync(join(tmpdir(), 'edited-site-'));
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edited</title><style>${css}</style></head><body><main><article class="article-body">${after.html}</article></main></body></html>`,
    );
    ({ server, url } = await startStaticServer(root));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('land on the successor of a deleted passage, highlighted, without JavaScript', async () => {
    const page = await openPage(browser(), `${url}/#${ids[5]}`, { javaScriptEnabled: false });
    const highlighted = await page.evaluate(() => document.querySelector('.passage:has(> .passage-alias:target)')?.id);
    expect(highlighted).toBe(ids[6]);
    await expect
      .poll(() => page.evaluate((id) => getComputedStyle(document.getElementById(id)!).backgroundColor, ids[6]!))
      .not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('land on the passage a merged passage went into', async () => {
    const page = await openPage(browser(), `${url}/#${ids[10]}`);
    expect(await page.evaluate(() => document.querySelector('.passage:has(> .passage-alias:target)')?.id)).toBe(ids[9]);
    await page.context().close();
  });
});
