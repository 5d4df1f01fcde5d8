/**
 * npm run bench:search — builds synthetic corpora of 5, 100, 1,000 and 10,000
 * articles from the committed ones and measures our search design against
 * plain whole-corpus Fuse, in Node and in headless Chromium. Not part of
 * npm test (src/lib/search/bench.ts has a smoke test). Options:
 *   --sizes 5,100   corpus sizes in articles
 *   --no-browser    Node only
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/browser/chromium.ts';
import { type BuiltCorpus, type Measurement, QUERY_MIX, buildBenchCorpus, measureOurs, measurePlain, stats, syntheticCorpus } from '../lib/search/bench.ts';
import { loadSearchCorpus } from '../lib/search/corpus.ts';

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [5, 100, 1000, 10000];
const withBrowser = !args.includes('--no-browser');

/** Plain Fuse searches every passage, about a second a query at large sizes: cap its queries (and skip it in the page at 10,000 articles, a file of hundreds of MB). */
const plainQueryCap = (articles: number) => (articles <= 100 ? QUERY_MIX.length : articles <= 1000 ? 6 : 2);
const plainInBrowser = (articles: number) => articles <= 1000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function line(label: string, m: Measurement): string {
  const bytes = m.firstQueryBytes;
  return [
    `  ${label.padEnd(22)}`,
    `first query ${kb(bytes.raw.median)} raw / ${kb(bytes.gzip.median)} gz (max ${kb(bytes.raw.max)} / ${kb(bytes.gzip.max)})`,
    `load ${ms(m.loadMs)}`,
    `query median ${ms(m.query.median)}, p95 ${ms(m.query.p95)} (${m.queries} queries)`,
    m.typingMaxMs !== undefined ? `typing max ${ms(m.typingMaxMs)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

async function browserBundle(): Promise<string> {
  const result = await build({ entryPoints: ['src/lib/search/bench-page.ts'], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

interface PageResult {
  times: number[];
  loadMs: number;
  typingMaxMs: number;
  longTasks: number;
}

async function measureInBrowser(corpus: BuiltCorpus, code: string, ours: Measurement, plainBytes: Measurement['firstQueryBytes']) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('http://bench.local/**', async (route) => {
      const path = new URL(route.request().url()).pathname;
      const json = (body: string) => route.fulfill({ status: 200, contentType: 'application/json', body });
      if (path === '/') return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><script>${code}</script>` });
      if (path === '/plain.json') return json(corpus.plainFile);
      const name = /^\/idx\/(.+)\.json$/.exec(path)?.[1];
      if (name && corpus.files.has(name)) return json(corpus.files.get(name)!);
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto('http://bench.local/');
    const ourResult = await page.evaluate(([queries]) => (window as never as { searchBench: { ours: (q: string[], r: number) => Promise<PageResult> } }).searchBench.ours(queries, 5), [QUERY_MIX] as const);
    const oursInPage: Measurement = { ...ours, loadMs: ourResult.loadMs, query: stats(ourResult.times), typingMaxMs: ourResult.typingMaxMs, queries: ourResult.times.length };
    let plainInPage: Measurement | undefined;
    if (plainInBrowser(corpus.articles)) {
      await page.reload();
      const queries = QUERY_MIX.slice(0, plainQueryCap(corpus.articles));
      const plainResult = await page.evaluate(([q]) => (window as never as { searchBench: { plain: (q: string[]) => Promise<PageResult> } }).searchBench.plain(q), [queries] as const);
      plainInPage = { firstQueryBytes: plainBytes, loadMs: plainResult.loadMs, query: stats(plainResult.times), queries: plainResult.times.length };
    }
    return { ours: oursInPage, longTasks: ourResult.longTasks, plain: plainInPage };
  } finally {
    await browser.close();
  }
}

const base = await loadSearchCorpus();
const code = withBrowser ? await browserBundle() : '';
console.log(`Search bench: query mix of ${QUERY_MIX.length} (${QUERY_MIX.join(', ')})`);
for (const size of sizes) {
  const buildStart = performance.now();
  const corpus = buildBenchCorpus(syntheticCorpus(base.articles, size), base.entities);
  console.log(`\n${size} articles, ${corpus.passages} passages (${corpus.files.size} index files; built in ${(performance.now() - buildStart) / 1000 > 1 ? `${((performance.now() - buildStart) / 1000).toFixed(1)} s` : ms(performance.now() - buildStart)})`);
  const ours = await measureOurs(corpus);
  const plain = measurePlain(corpus, plainQueryCap(size));
  console.log(' Node');
  console.log(line('ours', ours));
  console.log(line('plain Fuse', plain));
  console.log(`  ratio (plain / ours): p95 ×${(plain.query.p95 / ours.query.p95).toFixed(1)}, first-query bytes gz ×${(plain.firstQueryBytes.gzip.median / ours.firstQueryBytes.gzip.median).toFixed(1)}`);
  if (withBrowser) {
    const page = await measureInBrowser(corpus, code, ours, plain.firstQueryBytes);
    console.log(' Chromium');
    console.log(`${line('ours (main thread)', page.ours)} · long tasks while typing ${page.longTasks}`);
    if (page.plain) {
      console.log(line('plain Fuse', page.plain));
      console.log(`  ratio (plain / ours): p95 ×${(page.plain.query.p95 / page.ours.query.p95).toFixed(1)}`);
    } else console.log('  plain Fuse             skipped in the page at this size (see the Node figures)');
  }
}
