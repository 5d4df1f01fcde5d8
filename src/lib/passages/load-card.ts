/**
 * Preview cards for shared passages (layout in card.ts), drawn at build time by
 * a pool of worker threads (load-card-worker.ts), one per core, once the pages
 * are built (writePassageCards, called by astro.config.mjs); cached on disk by
 * content, so a rebuild draws only new or changed cards and links the rest into
 * the build.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import { CARD_LIST_FILE, cardFile } from '../routes.ts';
import type { CardOrder, PassageCardInput } from './card.ts';
import { type CardJob, type CardResult, drawPassageCard } from './load-card-worker.ts';

export interface PassageCardOptions {
  /** Folder for cached PNGs. Default `$CARD_CACHE_DIR`, else `node_modules/.cache/passage-cards` (the site bench gives each build its own). */
  cacheDirectory?: string;
  /** Most characters of the passage quoted on the card. Default `260`. */
  quoteLength?: number;
}

// Bump when the card's look changes, so cached cards are redrawn.
const CARD_VERSION = 5;

/**
 * The worker's source file. Astro bundles this module into dist/, away from its
 * neighbours, so the path is taken from the project root (where every build runs)
 * unless the file sits next to this one (tests, `astro dev`).
 */
function workerFile(): string | undefined {
  const beside = fileURLToPath(new URL('./load-card-worker.ts', import.meta.url));
  const inProject = join(process.cwd(), 'src/lib/passages/load-card-worker.ts');
  return [beside, inProject].find((file) => existsSync(file));
}

interface Pending {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** Worker threads taking jobs in turn; idle workers do not keep the process alive. */
class CardPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private busy = new Map<Worker, number>();
  private nextId = 0;

  constructor(file: string, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(file, { workerData: { role: 'passage-cards' } });
      worker.on('message', (result: CardResult) => this.settle(worker, result));
      worker.on('error', (error: Error) => this.failAll(error));
      worker.unref();
      this.busy.set(worker, 0);
      return worker;
    });
  }

  draw(input: PassageCardInput, quoteLength: number): Promise<Uint8Array> {
    const worker = this.workers.reduce((best, candidate) => (this.busy.get(candidate)! < this.busy.get(best)! ? candidate : best));
    const id = this.nextId++;
    this.busy.set(worker, this.busy.get(worker)! + 1);
    worker.ref();
    worker.postMessage({ id, input, quoteLength } satisfies CardJob);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private settle(worker: Worker, result: CardResult): void {
    const jobs = this.busy.get(worker)! - 1;
    this.busy.set(worker, jobs);
    if (jobs === 0) worker.unref();
    const waiting = this.pending.get(result.id);
    this.pending.delete(result.id);
    if ('png' in result) waiting?.resolve(new Uint8Array(result.png));
    else waiting?.reject(new Error(`Drawing a passage card failed: ${result.error}`));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

let pool: CardPool | null | undefined;

/** Workers in the pool: one per core, or `$CARD_WORKERS` (at most one per core). */
const workerCount = () => Math.max(1, Math.min(availableParallelism(), Number(process.env.CARD_WORKERS) || availableParallelism()));

/** The pool, started on first use; null where workers cannot run (the cards are then drawn in this thread). */
function cardPool(): CardPool | null {
  if (pool !== undefined) return pool;
  const file = workerFile();
  pool = file && process.env.CARD_WORKERS !== '0' ? new CardPool(file, workerCount()) : null;
  return pool;
}

/** The cached card's file, drawn first when this exact card was never drawn; `drawn` says which. */
async function cachedCard(input: PassageCardInput, options: PassageCardOptions): Promise<{ path: string; drawn: boolean }> {
  const { cacheDirectory = process.env.CARD_CACHE_DIR || 'node_modules/.cache/passage-cards', quoteLength = 260 } = options;
  const key = createHash('sha256').update(JSON.stringify({ CARD_VERSION, input, quoteLength })).digest('hex').slice(0, 32);
  const path = join(cacheDirectory, `${key}.png`);
  const pending = drawing.get(path);
  if (pending) await pending;
  if (pending || existsSync(path)) return { path, drawn: false };
  const drawn = drawInto(path, input, quoteLength);
  drawing.set(path, drawn);
  try {
    await drawn;
  } finally {
    drawing.delete(path);
  }
  return { path, drawn: true };
}

/** Cards being drawn, by cache file: the same card asked for twice at once (two passages alike) is drawn once. */
const drawing = new Map<string, Promise<void>>();

async function drawInto(path: string, input: PassageCardInput, quoteLength: number): Promise<void> {
  const workers = cardPool();
  const png = workers ? await workers.draw(input, quoteLength) : await drawPassageCard(input, quoteLength);
  mkdirSync(dirname(path), { recursive: true });
  // Written aside, then renamed: a new file, never one rewritten in place, since builds link to cached cards.
  const part = `${path}.${process.pid}.${threadId}.part`;
  writeFileSync(part, png);
  renameSync(part, path);
}

/** The PNG bytes of a passage card, from the cache when this exact card was drawn before. */
export async function renderPassageCard(input: PassageCardInput, options: PassageCardOptions = {}): Promise<Uint8Array> {
  return readFileSync((await cachedCard(input, options)).path);
}

/** Puts a cached card at `target`: a hard link (no bytes copied), or a copy where the two folders cannot share one. */
function placeCard(cached: string, target: string): void {
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/**
 * Writes the cards that the build's list (CARD_LIST_FILE, from src/pages/passage-cards.json.ts) names into
 * `outDir`, from the cache or drawn by the worker pool, keeping every worker busy, then removes the list.
 * Throws, failing the build, when the list is missing or a card cannot be drawn.
 */
export async function writePassageCards(outDir: string, options: PassageCardOptions = {}): Promise<{ written: number; drawn: number }> {
  const list = join(outDir, CARD_LIST_FILE);
  if (!existsSync(list)) throw new Error(`The build wrote no ${CARD_LIST_FILE}, so it has no passage cards to write.`);
  const orders = JSON.parse(readFileSync(list, 'utf8')) as CardOrder[];
  rmSync(list);
  const folders = new Set<string>();
  let next = 0;
  let drawn = 0;
  const writeNext = async (): Promise<void> => {
    for (let order = orders[next++]; order; order = orders[next++]) {
      const target = join(outDir, cardFile(order.slug, order.passageId));
      try {
        const card = await cachedCard(order.input, options);
        if (card.drawn) drawn++;
        if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
        folders.add(dirname(target));
        placeCard(card.path, target);
      } catch (error) {
        throw new Error(
          `The preview card ${target} (passage ${order.passageId} of ${order.slug}) could not be written: ${(error as Error).message}`,
        );
      }
    }
  };
  // Two cards waiting per worker, so none idles while the next is sent.
  await Promise.all(Array.from({ length: 2 * (cardPool() ? workerCount() : 1) }, writeNext));
  return { written: orders.length, drawn };
}
