/**
 * Draws preview cards: satori lays the card out as SVG, resvg draws it, and
 * card-png.ts encodes it in the card's 16-colour palette (sharp, and about a
 * third of the size of resvg's own RGBA PNG). resvg is the
 * native build (`@resvg/resvg-js`, a prebuilt package per platform) and falls back to
 * the WebAssembly build where no native package installed. Runs in worker
 * threads started by load-card.ts (so cards use every core while Astro renders
 * pages), or in the calling thread where workers cannot start.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { CARD_HEIGHT, CARD_PALETTE, CARD_WIDTH, cardLayout, type PassageCardInput } from './card.ts';
import { encodePalettePng } from './card-png.ts';
import { cjkFontsFor } from './load-fonts.ts';

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`);

type Rasterise = (svg: string) => { pixels: Uint8Array; width: number; height: number };

interface Drawing {
  fonts: Parameters<typeof satori>[1]['fonts'];
  rasterise: Rasterise;
  renderer: 'native' | 'wasm';
}

let ready: Promise<Drawing> | undefined;

async function loadRasteriser(): Promise<Pick<Drawing, 'rasterise' | 'renderer'>> {
  const options = { fitTo: { mode: 'width' as const, value: CARD_WIDTH } };
  try {
    const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    return { renderer: 'native', rasterise: (svg) => new Resvg(svg, options).render() };
  } catch {
    const wasm = await import('@resvg/resvg-wasm');
    await wasm.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return { renderer: 'wasm', rasterise: (svg) => new wasm.Resvg(svg, options).render() };
  }
}

function prepare(): Promise<Drawing> {
  ready ??= (async () => {
    const fonts = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
      [400, 600].map((weight) => ({
        name: 'Source Serif 4',
        data: readFileSync(fontFile(subset, weight)),
        weight: weight as 400 | 600,
        style: 'normal' as const,
      })),
    );
    return { fonts, ...(await loadRasteriser()) };
  })();
  return ready;
}

/** Which resvg build draws the cards here. */
export async function cardRenderer(): Promise<Drawing['renderer']> {
  return (await prepare()).renderer;
}

/** The PNG bytes of one card. */
export async function drawPassageCard(input: PassageCardInput, quoteLength: number): Promise<Uint8Array> {
  const { fonts, rasterise } = await prepare();
  const svg = await satori(cardLayout(input, quoteLength) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Characters the serif lacks (CJK in these sources) come from Noto Serif SC, loaded by range as needed.
    loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? '' : cjkFontsFor(segment)),
  });
  const image = rasterise(svg);
  return encodePalettePng(image.pixels, image.width, image.height, CARD_PALETTE);
}

export interface CardJob {
  id: number;
  input: PassageCardInput;
  quoteLength: number;
}

export type CardResult = { id: number; png: Uint8Array } | { id: number; error: string };

/**
 * The native resvg's images live outside V8's heap, so V8 does not see the memory they hold and
 * collects them rarely (thx/resvg-js#216): a worker collects every few dozen cards, between two cards (each
 * holds about 3 MB of pixels until then; collecting every 8 cards cost a third of a worker's time).
 */
const CARDS_BETWEEN_COLLECTIONS = 32;

function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function drawAndSend(job: CardJob): Promise<void> {
  try {
    const png = await drawPassageCard(job.input, job.quoteLength);
    parentPort!.postMessage({ id: job.id, png } satisfies CardResult, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: String((error as Error)?.stack ?? error) } satisfies CardResult);
  }
}

// As a worker: draw the cards asked for one at a time (satori awaits, so cards taken together would
// all be half-drawn in memory at once), send back each one's bytes (transferred, not copied), and
// collect garbage every few cards, between two of them.
if (!isMainThread && (workerData as { role?: string } | undefined)?.role === 'passage-cards') {
  const collect = garbageCollector();
  let drawn = 0;
  let queue = Promise.resolve();
  parentPort!.on('message', (job: CardJob) => {
    queue = queue.then(async () => {
      await drawAndSend(job);
      if (++drawn % CARDS_BETWEEN_COLLECTIONS === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        collect();
      }
    });
  });
}
