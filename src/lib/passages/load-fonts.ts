/**
 * Glyphs the card font lacks (the Chinese in "Toutiao (今日头条)" or "The新一轮")
 * come from Noto Serif SC, which fontsource splits into ~100 files by Unicode
 * range. This reads those ranges from the package's CSS and loads only the files
 * a card's text needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface UnicodeSubset {
  file: string;
  ranges: [number, number][];
}

/** Parses fontsource @font-face rules into (woff file, unicode ranges) pairs. */
export function parseUnicodeSubsets(css: string): UnicodeSubset[] {
  const subsets: UnicodeSubset[] = [];
  for (const rule of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)];
    });
    subsets.push({ file, ranges });
  }
  return subsets;
}

/** The subset files that hold the characters of `text`. */
export function subsetsFor(text: string, subsets: readonly UnicodeSubset[]): string[] {
  const files = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const subset = subsets.find(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
    if (subset) files.add(subset.file);
  }
  return [...files];
}

const require = createRequire(import.meta.url);
let cjk: { directory: string; subsets: UnicodeSubset[] } | undefined;
const loaded = new Map<string, Buffer>();

/** Font data (Noto Serif SC, weight 400) covering the CJK characters of `text`. */
export function cjkFontsFor(text: string): { name: string; data: Buffer; weight: 400; style: 'normal' }[] {
  if (!cjk) {
    const css = require.resolve('@fontsource/noto-serif-sc/400.css');
    cjk = { directory: join(dirname(css), 'files'), subsets: parseUnicodeSubsets(readFileSync(css, 'utf8')) };
  }
  return subsetsFor(text, cjk.subsets).map((file) => {
    if (!loaded.has(file)) loaded.set(file, readFileSync(join(cjk!.directory, file)));
    // One name per subset file: satori keeps one font per name, and each file holds only its range.
    return { name: `Noto Serif SC ${file}`, data: loaded.get(file)!, weight: 400, style: 'normal' };
  });
}
