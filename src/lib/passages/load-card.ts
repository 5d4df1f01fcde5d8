/**
 * Preview cards for shared passages: a 1200×630 PNG quoting the passage with
 * its outlet and article title, for chat and social previews. Rendered at
 * build time with satori (layout to SVG) and resvg (SVG to PNG) in WebAssembly,
 * with a bundled font, and cached on disk by content so rebuilds stay fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import UPNG from 'upng-js';
import { cjkFontsFor } from './load-fonts.ts';
import { truncate } from '../text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface PassageCardInput {
  quote: string;
  articleTitle: string;
  outlet: string;
  siteName: string;
}

export interface PassageCardOptions {
  /** Folder for cached PNGs. Default `node_modules/.cache/passage-cards`. */
  cacheDirectory?: string;
  /** Most characters of the passage quoted on the card. Default `260`. */
  quoteLength?: number;
}

// Bump when the card's look changes, so cached cards are redrawn.
const CARD_VERSION = 2;
const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`);

let ready: Promise<{ fonts: Parameters<typeof satori>[1]['fonts'] }> | undefined;

function prepare() {
  ready ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const fonts = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
      [400, 600].map((weight) => ({
        name: 'Source Serif 4',
        data: readFileSync(fontFile(subset, weight)),
        weight: weight as 400 | 600,
        style: 'normal' as const,
      })),
    );
    return { fonts };
  })();
  return ready;
}

type Node = { type: string; props: Record<string, unknown> };
const element = (type: string, style: Record<string, unknown>, children: unknown): Node => ({ type, props: { style, children } });

/** The card's layout as satori elements (no JSX needed). */
export function cardLayout(input: PassageCardInput, quoteLength = 260): Node {
  const quote = truncate(input.quote, quoteLength);
  const quoteSize = quote.length > 180 ? 40 : quote.length > 100 ? 46 : 54;
  return element('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: '#fdfcf9', fontFamily: 'Source Serif 4' }, [
    element('div', { width: 18, height: CARD_HEIGHT, background: '#1f4f8a' }, []),
    element(
      'div',
      {
        width: CARD_WIDTH - 18 - 136,
        height: CARD_HEIGHT - 116,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '60px 72px 56px 64px',
        color: '#1c1b19',
      },
      [
        element('div', { display: 'flex', width: CARD_WIDTH - 18 - 136, fontSize: quoteSize, lineHeight: 1.3 }, `“${quote}”`),
        element(
          'div',
          { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 18 - 136, fontSize: 28, lineHeight: 1.3, color: '#55524b' },
          [
            element('div', { display: 'flex', fontWeight: 600, color: '#1c1b19' }, truncate(input.articleTitle, 80)),
            element('div', { display: 'flex', marginTop: 6 }, `${input.outlet} · ${input.siteName}`),
          ],
        ),
      ],
    ),
  ]);
}

/** The PNG bytes of a passage card, from the cache when this exact card was drawn before. */
export async function renderPassageCard(input: PassageCardInput, options: PassageCardOptions = {}): Promise<Uint8Array> {
  const { cacheDirectory = 'node_modules/.cache/passage-cards', quoteLength = 260 } = options;
  const key = createHash('sha256').update(JSON.stringify({ CARD_VERSION, input, quoteLength })).digest('hex').slice(0, 32);
  const cached = join(cacheDirectory, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const { fonts } = await prepare();
  const svg = await satori(cardLayout(input, quoteLength) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Characters the serif lacks (CJK in these sources) come from Noto Serif SC, loaded by range as needed.
    loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? '' : cjkFontsFor(segment)),
  });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render();
  // A 256-colour palette keeps a text card sharp at a quarter of resvg's RGBA size.
  const rgba = new Uint8Array(image.pixels); // A copy with its own ArrayBuffer, as UPNG expects.
  const png = new Uint8Array(UPNG.encode([rgba.buffer], image.width, image.height, 64));
  mkdirSync(cacheDirectory, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
