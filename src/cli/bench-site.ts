/**
 * npm run bench:site — builds synthetic archives (src/cli/synthetic-archive.ts)
 * with the real `astro build`, each in a temporary folder with its own content
 * (a git repository, as published), output and caches: cold (no caches), warm
 * (nothing changed) and after adding one article; and, as the in-run reference,
 * the same Markdown through a plain Astro project (a content collection and a
 * page per article, no plugins, no cards). Prints wall time, HTML pages per
 * second, peak memory (resident set of the build's process tree, polled from
 * /proc), bytes and files built per article, and where the time went. Not part
 * of npm test. Astro writes its prerender chunks to the project's own `.astro/`
 * whatever the cache and output folders, so run no other `astro build` or
 * `astro sync` in this checkout while the bench runs. Options:
 *   --articles 100,1000   archive sizes (default 100,1000)
 *   --no-plain            skip the plain Astro reference
 *   --cold-only           only the cold build
 *   --json <file>         also write the figures as JSON
 *   --logs <folder>       write each build's output there as it runs (<articles>-<step>.log)
 *   --keep                keep the temporary folders (printed)
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readBaseContent, syntheticArticles, writeArchive, writeFiles } from './synthetic-archive.ts';

const PROJECT = process.cwd();
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');

export interface BuildFigures {
  step: string;
  status: number | null;
  seconds: number;
  htmlPages: number;
  files: number;
  bytes: number;
  /** Bytes built by kind of file (cards, share pages, article pages…). */
  bytesByKind: Record<string, number>;
  peakRssBytes: number;
  /** The largest HTML pages gzipped (of those over PAGE_BUDGET_BYTES raw: a page under it is under it gzipped too), largest first. */
  largestPages: { path: string; bytes: number; gzipped: number }[];
  /** Seconds in each stage of the build, and summed route times by kind (see phasesOf). */
  phases: Record<string, number>;
  output: string;
}

/** Resident set of `root` and every process under it, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

/** Route kinds for the time breakdown, from the path Astro prints. */
function routeKind(path: string): string {
  if (path.endsWith('.png')) return 'cards';
  if (/\/articles\/[^/]+\/p\//.test(path)) return 'share pages';
  if (/\/articles\//.test(path)) return 'article pages';
  if (/\/search-(index|assets)\//.test(path)) return 'search index';
  if (/\/entities\//.test(path)) return 'entity pages';
  if (/\/claims\//.test(path)) return 'claim pages';
  if (/^\/_astro\//.test(path)) return 'scripts, styles, fonts';
  return 'other pages';
}

const MARKS: [string, RegExp][] = [
  ['content sync', /\[content\] Syncing content|Content config changed/],
  ['vite build', /\[build\] Building static entrypoints/],
  ['pages', /generating static routes/],
  ['cards', /Writing passage cards/],
];

/**
 * Where a build's time went: seconds in each stage (from the first line that
 * starts it to the next stage; the cards run from their first line to the end,
 * with the sitemap and ledgers; without them, what follows the last page is
 * "after pages"), and each route kind's summed time (routes overlap, as
 * build.concurrency renders several at once, so these add up to more than the
 * wall time).
 */
export function phasesOf(lines: readonly { at: number; text: string }[], total: number): Record<string, number> {
  const starts = new Map<string, number>();
  const routeTimes: Record<string, number> = {};
  let lastRoute = 0;
  for (const { at, text } of lines) {
    for (const [name, pattern] of MARKS) if (pattern.test(text) && !starts.has(name)) starts.set(name, at);
    for (const route of text.matchAll(/├─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)(?:\s+\(\+(\d+(?:\.\d+)?)(ms|s)\))?/g)) {
      lastRoute = at;
      if (!route[2]) continue;
      const kind = `${routeKind(route[1]!)} (summed)`;
      routeTimes[kind] = (routeTimes[kind] ?? 0) + Number(route[2]) / (route[3] === 'ms' ? 1000 : 1);
    }
  }
  const marks = [...starts].sort((a, b) => a[1] - b[1]);
  const phases: Record<string, number> = { 'start-up': marks[0]?.[1] ?? total };
  marks.forEach(([name, at], index) => {
    const end = index + 1 < marks.length ? marks[index + 1]![1] : name === 'pages' && lastRoute ? lastRoute : total;
    phases[name] = end - at;
  });
  if (starts.has('pages') && !starts.has('cards') && lastRoute) phases['after pages'] = total - lastRoute;
  return { ...phases, ...routeTimes };
}

/** Runs `astro build` in `cwd` with `env`, timing it, polling its memory and timestamping each line it prints. */
function runAstroBuild(step: string, cwd: string, env: Record<string, string>, logFile?: string): Promise<BuildFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  const lines: { at: number; text: string }[] = [];
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    if (logFile) appendFileSync(logFile, chunk);
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ at, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  return new Promise((done) => {
    child.on('close', (status) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const output = lines.map((line) => line.text).join('\n');
      done({
        step,
        status,
        seconds,
        htmlPages: 0,
        files: 0,
        bytes: 0,
        bytesByKind: {},
        largestPages: [],
        peakRssBytes: peak,
        phases: phasesOf(lines, seconds),
        output,
      });
    });
  });
}

/** The limit for any one page: 100 KB gzipped. */
export const PAGE_BUDGET_BYTES = 100 * 1024;

/** Files, HTML pages and bytes under a folder, bytes by kind of file (the route kinds), and the largest pages gzipped. */
function folderStats(folder: string): Pick<BuildFigures, 'files' | 'htmlPages' | 'bytes' | 'bytesByKind' | 'largestPages'> {
  const totals = { files: 0, htmlPages: 0, bytes: 0, bytesByKind: {} as Record<string, number> };
  const large: BuildFigures['largestPages'] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    const kind = routeKind(path.slice(folder.length));
    totals.files++;
    if (entry.name.endsWith('.html')) {
      totals.htmlPages++;
      if (size > PAGE_BUDGET_BYTES)
        large.push({ path: path.slice(folder.length), bytes: size, gzipped: gzipSync(readFileSync(path)).length });
    }
    totals.bytes += size;
    totals.bytesByKind[kind] = (totals.bytesByKind[kind] ?? 0) + size;
  }
  return { ...totals, largestPages: large.sort((a, b) => b.gzipped - a.gzipped).slice(0, 8) };
}

/** A build, with what it wrote; fails loudly when the build did. */
async function measuredBuild(
  step: string,
  cwd: string,
  env: Record<string, string>,
  dist: string,
  logFile?: string,
): Promise<BuildFigures> {
  const figures = await runAstroBuild(step, cwd, env, logFile);
  if (figures.status !== 0) throw new Error(`${step}: astro build failed (exit ${figures.status}):\n${figures.output.slice(-4000)}`);
  return { ...figures, ...folderStats(dist) };
}

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** Commits everything in the content folder, as a newsroom publishes it (the ledger check reads git). */
function publish(content: string, message: string): void {
  git(content, 'add', '-A');
  git(content, '-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '-qm', message);
}

/**
 * A minimal Astro project: the archive's articles as a content collection (no
 * schema, no plugins), one page per article and an index; built by the same
 * installed Astro.
 */
function plainProject(root: string, articles: string): string {
  const project = join(root, 'plain');
  const files = new Map([
    ['package.json', JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' })],
    ['astro.config.mjs', `export default { build: { format: 'directory' }, outDir: './dist', cacheDir: './cache' };\n`],
    [
      'src/content.config.ts',
      `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
        `export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articles)} }) }) };\n`,
    ],
    [
      'src/pages/[slug].astro',
      `---\nimport { getCollection, render } from 'astro:content';\n` +
        `export async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n` +
        `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
        `<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
    ],
    [
      'src/pages/index.astro',
      `---\nimport { getCollection } from 'astro:content';\nconst entries = await getCollection('articles');\n---\n` +
        `<html lang="en"><head><meta charset="utf-8" /><title>Archive</title></head><body><ul>{entries.map((entry) => <li><a href={entry.id + '/'}>{entry.data.title}</a></li>)}</ul></body></html>\n`,
    ],
  ]);
  writeFiles(project, files);
  symlinkSync(join(PROJECT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

export interface SizeFigures {
  articles: number;
  passages: number;
  claims: number;
  builds: BuildFigures[];
}

const log = (text: string) => console.log(`[bench:site ${new Date().toISOString().slice(11, 19)}] ${text}`);

interface BenchOptions {
  plain: boolean;
  coldOnly: boolean;
  keep: boolean;
  /** Folder for each build's output, written as it runs. */
  logs?: string;
}

/** Cold, warm and one-more-article builds of an archive of `count` articles, then the plain reference. */
async function benchSize(count: number, options: BenchOptions): Promise<SizeFigures> {
  const root = mkdtempSync(join(tmpdir(), `crossread-bench-site-${count}-`));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const base = readBaseContent(join(PROJECT, 'content'));
  const articles = syntheticArticles(base, count + 1);
  writeArchive(content, base, articles, 0, count);
  git(content, 'init', '-q');
  publish(content, 'Synthetic archive');
  const env = {
    CONTENT_ROOT: content,
    ASTRO_OUT_DIR: dist,
    ASTRO_CACHE_DIR: join(root, 'astro-cache'),
    CARD_CACHE_DIR: join(root, 'cards'),
  };
  const builds: BuildFigures[] = [];
  const step = async (name: string, run: (logFile?: string) => Promise<BuildFigures>) => {
    log(`${count} articles: ${name}…`);
    builds.push(await run(options.logs && join(options.logs, `${count}-${name.replace(/\W+/g, '-')}.log`)));
    log(`${count} articles: ${name} took ${builds.at(-1)!.seconds.toFixed(1)} s`);
  };
  await step('cold', (file) => measuredBuild('cold', PROJECT, env, dist, file));
  if (!options.coldOnly) {
    publish(content, 'Ledgers written by the first build');
    await step('warm', (file) => measuredBuild('warm', PROJECT, env, dist, file));
    writeArchive(content, base, articles, count, count + 1);
    await step('+1 article', (file) => measuredBuild('+1 article', PROJECT, env, dist, file));
  }
  if (options.plain) {
    const project = plainProject(root, join(content, 'articles'));
    await step('plain Astro, cold', (file) => measuredBuild('plain Astro, cold', project, {}, join(project, 'dist'), file));
    if (!options.coldOnly)
      await step('plain Astro, warm', (file) => measuredBuild('plain Astro, warm', project, {}, join(project, 'dist'), file));
  }
  const claims = articles
    .slice(0, count)
    .reduce((sum, article) => sum + (article.files.get(`claims/${article.slug}.yaml`)!.match(/^ {2}- id:/gm) ?? []).length, 0);
  const passages = readdirSync(join(content, 'ledgers')).reduce(
    (sum, name) => sum + (JSON.parse(readFileSync(join(content, 'ledgers', name), 'utf8')) as { passages: unknown[] }).passages.length,
    0,
  );
  if (options.keep) log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
  return { articles: count, passages, claims, builds };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** One table row per build, and where its time went. */
export function report(size: SizeFigures): string {
  const header = `${size.articles} articles (${size.passages} passages, ${size.claims} claims)`;
  const rows = size.builds.map((build) => {
    const perArticle = build.step === '+1 article' ? size.articles + 1 : size.articles;
    return [
      build.step.padEnd(18),
      `${build.seconds.toFixed(1)} s`.padStart(9),
      `${build.htmlPages} pages`.padStart(12),
      `${(build.htmlPages / build.seconds).toFixed(1)} pages/s`.padStart(16),
      `peak ${mb(build.peakRssBytes)}`.padStart(13),
      `${kb(build.bytes / perArticle)}/article`.padStart(16),
      `${(build.files / perArticle).toFixed(1)} files/article`.padStart(20),
    ].join('  ');
  });
  const phases = size.builds.map(
    (build) =>
      `  ${build.step}: ` +
      Object.entries(build.phases)
        .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
        .join(', '),
  );
  const cold = size.builds[0]!;
  const bytes = Object.entries(cold.bytesByKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, total]) => `${kind} ${kb(total / size.articles)}`)
    .join(', ');
  const over = cold.largestPages.filter((page) => page.gzipped > PAGE_BUDGET_BYTES).length;
  const largest = cold.largestPages.length
    ? cold.largestPages.map((page) => `${page.path} ${kb(page.gzipped)} (${kb(page.bytes)} raw)`).join(', ')
    : `none over ${kb(PAGE_BUDGET_BYTES)} even raw`;
  return [
    header,
    ...rows.map((row) => `  ${row}`),
    'Where the time went:',
    ...phases,
    `Built per article, by kind: ${bytes}`,
    `Pages over ${kb(PAGE_BUDGET_BYTES)} gzipped: ${over}; largest gzipped: ${largest}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const sizes = (value('--articles') ?? '100,1000').split(',').map(Number);
  const logs = value('--logs');
  if (logs) mkdirSync(logs, { recursive: true });
  const options = { plain: !args.includes('--no-plain'), coldOnly: args.includes('--cold-only'), keep: args.includes('--keep'), logs };
  const json = value('--json');
  const results: SizeFigures[] = [];
  for (const size of sizes) {
    const figures = await benchSize(size, options);
    results.push(figures);
    console.log(`\n${report(figures)}\n`);
    if (json)
      writeFileSync(
        resolve(json),
        JSON.stringify(
          results.map(({ builds, ...rest }) => ({ ...rest, builds: builds.map(({ output: _output, ...build }) => build) })),
          null,
          2,
        ),
      );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
