import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnicodeSubsets, subsetsFor } from '../../../src/lib/passages/load-fonts.ts';
import { renderPassageCard, writePassageCards } from '../../../src/lib/passages/load-card.ts';
import type { CardOrder } from '../../../src/lib/passages/card.ts';
import { cardRenderer, drawPassageCard } from '../../../src/lib/passages/load-card-worker.ts';

describe('fallback font subsets', () => {
  const css = `@font-face { src: url(./files/a-1-400-normal.woff2) format('woff2'), url(./files/a-1-400-normal.woff) format('woff');
    unicode-range: U+4e00-4e10,U+65b0; }
    @font-face { src: url(./files/a-2-400-normal.woff) format('woff'); unicode-range: U+8f6e; }`;

  it('reads each file’s Unicode ranges from fontsource CSS', () => {
    expect(parseUnicodeSubsets(css)).toEqual([
      {
        file: 'a-1-400-normal.woff',
        ranges: [
          [0x4e00, 0x4e10],
          [0x65b0, 0x65b0],
        ],
      },
      { file: 'a-2-400-normal.woff', ranges: [[0x8f6e, 0x8f6e]] },
    ]);
  });

  it('picks only the files a text needs', () => {
    const subsets = parseUnicodeSubsets(css);
    expect(subsetsFor('The新一轮', subsets)).toEqual(['a-1-400-normal.woff', 'a-2-400-normal.woff']);
    expect(subsetsFor('Latin only', subsets)).toEqual([]);
  });
});

describe('passage preview card', () => {
  const input = {
    quote: 'The新一轮 "hellish sanctions" imposed by the West on Russia will only produce one effect.',
    articleTitle: "Trump's Patience Is Not Eternal – The Key Is When It Will Burst",
    outlet: 'Toutiao (今日头条)',
    siteName: 'Crossread',
  };

  it('is a 1200×630 PNG under 32 KB, drawn once and then taken from the cache', async () => {
    const cacheDirectory = mkdtempSync(join(tmpdir(), 'cards-'));
    const png = Buffer.from(await renderPassageCard(input, { cacheDirectory }));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(32 * 1024);
    expect(readdirSync(cacheDirectory)).toHaveLength(1);
    const again = Buffer.from(await renderPassageCard(input, { cacheDirectory }));
    expect(again.equals(png)).toBe(true);
    const other = Buffer.from(await renderPassageCard({ ...input, quote: 'Another passage.' }, { cacheDirectory }));
    expect(other.equals(png)).toBe(false);
    expect(readdirSync(cacheDirectory)).toHaveLength(2);
  }, 30_000);

  it('is drawn by the native resvg where its platform package installed, the same in a worker thread as here', async () => {
    expect(await cardRenderer()).toBe(process.platform === 'linux' && process.arch === 'x64' ? 'native' : expect.any(String));
    const cacheDirectory = mkdtempSync(join(tmpdir(), 'cards-'));
    const fromWorker = Buffer.from(await renderPassageCard(input, { cacheDirectory }));
    const here = Buffer.from(await drawPassageCard(input, 260));
    expect(fromWorker.equals(here)).toBe(true);
  }, 30_000);
});

describe('writing the build’s cards', () => {
  const order = (passageId: string, quote: string): CardOrder => ({
    slug: 'alaska',
    passageId,
    input: { quote, articleTitle: 'Alaska', outlet: 'Site', siteName: 'Crossread' },
  });

  it('writes every listed card into the build, linking cached ones, and removes the list', async () => {
    const [outDir, cacheDirectory] = [mkdtempSync(join(tmpdir(), 'dist-')), mkdtempSync(join(tmpdir(), 'cards-'))];
    const orders = [order('p1', 'The first passage.'), order('p2', 'The second passage.'), order('p3', 'The first passage.')];
    writeFileSync(join(outDir, 'passage-cards.json'), JSON.stringify(orders));
    expect(await writePassageCards(outDir, { cacheDirectory })).toEqual({ written: 3, drawn: 2 });
    expect(existsSync(join(outDir, 'passage-cards.json'))).toBe(false);
    const files = ['p1', 'p2', 'p3'].map((id) => join(outDir, 'articles/alaska/p', `${id}.png`));
    expect(files.map((file) => readFileSync(file).subarray(1, 4).toString())).toEqual(['PNG', 'PNG', 'PNG']);
    // The same card twice is one cached file, and the build's copies are links to it, not new bytes.
    expect(readFileSync(files[0]!).equals(readFileSync(files[2]!))).toBe(true);
    expect(readdirSync(cacheDirectory)).toHaveLength(2);
    expect(statSync(files[0]!).ino).toBe(statSync(files[2]!).ino);
    // A second build draws nothing.
    const again = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(again, 'passage-cards.json'), JSON.stringify(orders));
    expect(await writePassageCards(again, { cacheDirectory })).toEqual({ written: 3, drawn: 0 });
  }, 30_000);

  it('fails when the build wrote no list of cards', async () => {
    await expect(writePassageCards(mkdtempSync(join(tmpdir(), 'dist-')))).rejects.toThrow(/wrote no passage-cards\.json/);
  });
});
