/**
 * npm run bench:search — builds synthetic corpora of 5, 100, 556 (10,000
 * passages), 1,000 and 10,000 articles from the committed ones and measures our search design against
 * plain whole-corpus Fuse, in Node and in headless Chromium. Not part of
 * npm test (src/lib/search/bench.ts has a smoke test). Options:
 *   --sizes 5,100   corpus sizes in articles
 *   --no-browser    Node only
 * BENCH_DEBUG=1 also prints each query's time in the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/browser/chromium.ts';
import { startStaticServer } from '../../tests/browser/static-server.ts';
import {
  type BuiltCorpus,
  type Measurement,
  QUERY_MIX,
  TIMED_ROUNDS,
  buildBenchCorpus,
  measureOurs,
  measurePlain,
  stats,
  syntheticCorpus,
} from '../lib/search/bench.ts';
import type { WorkerTyping } from '../scripts/search-bench-page.ts';
import { loadSearchCorpus } from '../lib/search/load-corpus.ts';

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
// 556 articles of 18 passages is the 10,000-passage corpus the latency target names.
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [5, 100, 556, 1000, 10000];
const withBrowser = !args.includes('--no-browser');

/** Plain Fuse searches every passage, about a second a query at large sizes: cap its queries (and skip it in the page at 10,000 articles, a file of hundreds of MB). */
const plainQueryCap = (articles: number) => (articles <= 100 ? QUERY_MIX.length : articles <= 1000 ? 6 : 2);
const plainInBrowser = (articles: number) => articles <= 1000;
/** At 10,000 articles plain Fuse's file would be hundreds of MB: its index is built in memory instead. */
const plainAsFile = (articles: number) => articles <= 1000;

const kb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function line(label: string, m: Measurement): string {
  const bytes = m.firstQueryBytes;
  return [
    `  ${label.padEnd(22)}`,
    `first query ${kb(bytes.raw.median)} raw / ${kb(bytes.gzip.median)} gz (max ${kb(bytes.raw.max)} / ${kb(bytes.gzip.max)})`,
    m.firstQueryTrips
      ? `round trips ${m.firstQueryTrips.median} (max ${m.firstQueryTrips.max}), requests ${m.firstQueryRequests!.median} (max ${m.firstQueryRequests!.max})`
      : '',
    `load ${ms(m.loadMs)}`,
    `query median ${ms(m.query.median)}, p95 ${ms(m.query.p95)} (${m.queries} queries)`,
    m.typingMaxMs !== undefined ? `typing max ${ms(m.typingMaxMs)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

async function bundle(entry: string, format: 'iife' | 'esm'): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format, minify: true, write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

interface PageResult {
  times: number[];
  loadMs: number;
  typingMaxMs: number;
  longTasks: number;
}

/** The bench page, its worker and the index, in a temporary directory served over loopback HTTP as a static host would. */
function benchSite(corpus: BuiltCorpus, code: { page: string; worker: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'search-bench-'));
  mkdirSync(join(root, 'search-index'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><script>${code.page}</script>`);
  writeFileSync(join(root, 'worker.js'), code.worker);
  if (corpus.plainFile && plainInBrowser(corpus.articles)) writeFileSync(join(root, 'plain.json'), corpus.plainFile);
  for (const [name, text] of corpus.files) writeFileSync(join(root, 'search-index', `${name}.json`), text);
  return root;
}

async function measureInBrowser(
  corpus: BuiltCorpus,
  code: { page: string; worker: string },
  ours: Measurement,
  plainBytes: Measurement['firstQueryBytes'],
) {
  const root = benchSite(corpus, code);
  const { server, url } = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    const ourResult = await page.evaluate(
      ([queries, rounds]) =>
        (window as never as { searchBench: { ours: (q: string[], r: number) => Promise<PageResult> } }).searchBench.ours(queries, rounds),
      [QUERY_MIX, TIMED_ROUNDS] as const,
    );
    if (process.env.BENCH_DEBUG) console.log(await page.evaluate(() => (window as never as { perQuery: string[] }).perQuery));
    const oursInPage: Measurement = {
      ...ours,
      loadMs: ourResult.loadMs,
      query: stats(ourResult.times),
      typingMaxMs: ourResult.typingMaxMs,
      queries: ourResult.times.length,
    };
    await page.reload();
    const typing = await page.evaluate(
      ([queries]) =>
        (window as never as { searchBench: { typingInWorker: (q: string[]) => Promise<WorkerTyping> } }).searchBench.typingInWorker(
          queries,
        ),
      [QUERY_MIX] as const,
    );
    let plainInPage: Measurement | undefined;
    if (plainInBrowser(corpus.articles)) {
      await page.reload();
      const queries = QUERY_MIX.slice(0, plainQueryCap(corpus.articles));
      const plainResult = await page.evaluate(
        ([q]) => (window as never as { searchBench: { plain: (q: string[]) => Promise<PageResult> } }).searchBench.plain(q),
        [queries] as const,
      );
      plainInPage = {
        firstQueryBytes: plainBytes,
        loadMs: plainResult.loadMs,
        query: stats(plainResult.times),
        queries: plainResult.times.length,
      };
    }
    return { ours: oursInPage, longTasks: ourResult.longTasks, plain: plainInPage, typing };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  }
}

const base = await loadSearchCorpus();
const code = withBrowser
  ? {
      page: await bundle('src/scripts/search-bench-page.ts', 'iife'),
      worker: await bundle('src/components/search/search-worker.ts', 'esm'),
    }
  : { page: '', worker: '' };
console.log(`Search bench: query mix of ${QUERY_MIX.length} (${QUERY_MIX.join(', ')})`);
for (const size of sizes) {
  const buildStart = performance.now();
  const corpus = buildBenchCorpus(syntheticCorpus(base.articles, size), base.entities, { plainFile: plainAsFile(size) });
  console.log(
    `\n${size} articles, ${corpus.passages} passages (${corpus.files.size} index files; built in ${(performance.now() - buildStart) / 1000 > 1 ? `${((performance.now() - buildStart) / 1000).toFixed(1)} s` : ms(performance.now() - buildStart)})`,
  );
  const ours = await measureOurs(corpus);
  const plain = measurePlain(corpus, plainQueryCap(size));
  console.log(' Node');
  console.log(line('ours', ours));
  console.log(line('plain Fuse', plain));
  const bytesRatio = plain.firstQueryBytes.gzip.median / ours.firstQueryBytes.gzip.median;
  console.log(
    `  ratio (plain / ours): p95 ×${(plain.query.p95 / ours.query.p95).toFixed(1)}${Number.isNaN(bytesRatio) ? '' : `, first-query bytes gz ×${bytesRatio.toFixed(1)}`}`,
  );
  if (withBrowser) {
    const page = await measureInBrowser(corpus, code, ours, plain.firstQueryBytes);
    console.log(' Chromium');
    console.log(`${line('ours (main thread)', page.ours)} · long tasks while typing ${page.longTasks}`);
    const { typing } = page;
    console.log(
      `  ours (site's worker)   · ${typing.keystrokes} keystrokes: first reply ${ms(typing.firstReplyMs)} (worker start and index), slowest after ${ms(typing.replyMaxMs)} · main-thread tasks over 50 ms: ${typing.longTasks}${typing.longTasks ? ` (longest ${ms(typing.longestTaskMs)})` : ''}`,
    );
    if (page.plain) {
      console.log(line('plain Fuse', page.plain));
      console.log(`  ratio (plain / ours): p95 ×${(page.plain.query.p95 / page.ours.query.p95).toFixed(1)}`);
    } else console.log('  plain Fuse             skipped in the page at this size (see the Node figures)');
  }
}
