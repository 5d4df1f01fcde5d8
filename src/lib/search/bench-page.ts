/**
 * The bench's code inside Chromium (bundled by src/cli/bench-search.ts): the
 * same engine and Fuse as the site, fetching index files the bench serves.
 */
import Fuse from 'fuse.js';
import { SearchEngine } from './engine.ts';
import { FUSE_KEYS } from './index-format.ts';

interface PageStats {
  times: number[];
  loadMs: number;
  typingMaxMs: number;
  longTasks: number;
}

async function ours(queries: string[], rounds: number): Promise<PageStats> {
  let longTasks = 0;
  new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  const loadStart = performance.now();
  const engine = await SearchEngine.open(async (name) => (await fetch(`/idx/${name}.json`)).json());
  const loadMs = performance.now() - loadStart;
  for (let pass = 0; pass < 3; pass++) for (const query of queries) await engine.search(query);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      await engine.search(query);
      times.push(performance.now() - start);
    }
  }
  // Typing, letter by letter, on the main thread (the site runs this in a worker).
  longTasks = 0;
  let typingMaxMs = 0;
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      await engine.search(query.slice(0, length), { typing: true, limit: 8 });
      typingMaxMs = Math.max(typingMaxMs, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { times, loadMs, typingMaxMs, longTasks };
}

async function plain(queries: string[]): Promise<PageStats> {
  const loadStart = performance.now();
  const { docs, index } = await (await fetch('/plain.json')).json();
  // The same options as plainFuseOptions in bench.ts (which imports Node modules).
  const fuse = new Fuse(docs, { keys: FUSE_KEYS.map((key) => ({ ...key })), ignoreLocation: true, threshold: 0.35, useTokenSearch: true }, Fuse.parseIndex(index));
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    fuse.search(query.replace(/"/g, ''), { limit: 20 });
    times.push(performance.now() - start);
  }
  return { times, loadMs, typingMaxMs: Math.max(0, ...times), longTasks: 0 };
}

(window as unknown as { searchBench: unknown }).searchBench = { ours, plain };
