/**
 * The bench's code inside Chromium (bundled by src/cli/bench-search.ts): the
 * same engine and Fuse as the site, fetching index files the bench serves.
 */
import Fuse from 'fuse.js';
import { SearchEngine } from '../lib/search/engine.ts';
import { FUSE_KEYS } from '../lib/search/index-format.ts';
import { searchIndexPath } from '../lib/routes.ts';

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
  const engine = await SearchEngine.open(async (name) => (await fetch(searchIndexPath(name))).json());
  const loadMs = performance.now() - loadStart;
  for (let pass = 0; pass < 3; pass++) for (const query of queries) await engine.search(query);
  const times: number[] = [];
  const perQuery: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      await engine.search(query);
      times.push(performance.now() - start);
      if (round === rounds - 1) perQuery.push(`${query}: ${(performance.now() - start).toFixed(1)}`);
    }
  }
  (window as unknown as { perQuery: string[] }).perQuery = perQuery;
  // Typing, letter by letter, on the main thread (the site runs this in a worker). The
  // timed rounds above ran as one long task; let its report arrive before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  longTasks = 0;
  let typingMaxMs = 0;
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      await engine.search(query.slice(0, length), { limit: 8 });
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
  const fuse = new Fuse(
    docs,
    { keys: FUSE_KEYS.map((key) => ({ ...key })), ignoreLocation: true, threshold: 0.35, useTokenSearch: true },
    Fuse.parseIndex(index),
  );
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    fuse.search(query.replace(/"/g, ''), { limit: 20 });
    times.push(performance.now() - start);
  }
  return { times, loadMs, typingMaxMs: Math.max(0, ...times), longTasks: 0 };
}

export interface WorkerTyping {
  /** Wait for the first keystroke's results: starting the worker and fetching the index, ms. */
  firstReplyMs: number;
  /** Longest wait from a later keystroke to its results (new shards included), ms. */
  replyMaxMs: number;
  /** Main-thread tasks over 50 ms while typing, and the longest task seen. */
  longTasks: number;
  longestTaskMs: number;
  keystrokes: number;
}

/**
 * Typing as the site runs it: the site's own worker (src/components/search/search-worker.ts)
 * answers each keystroke; the main thread only posts and receives messages.
 */
async function typingInWorker(queries: string[]): Promise<WorkerTyping> {
  let longTasks = 0;
  let longestTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks++;
      longestTaskMs = Math.max(longestTaskMs, entry.duration);
    }
  }).observe({ type: 'longtask' });
  const worker = new Worker('/worker.js', { type: 'module' });
  let id = 0;
  const ask = (query: string) =>
    new Promise<void>((resolve, reject) => {
      const ticket = id++;
      worker.onmessage = ({ data }) => (data.id === ticket ? ('error' in data ? reject(new Error(data.error)) : resolve()) : undefined);
      worker.postMessage({ id: ticket, query, options: { limit: 8 } });
    });
  let replyMaxMs = 0;
  let firstReplyMs = 0;
  let keystrokes = 0;
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      await ask(query.slice(0, length));
      if (keystrokes === 0) firstReplyMs = performance.now() - start;
      else replyMaxMs = Math.max(replyMaxMs, performance.now() - start);
      keystrokes++;
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  worker.terminate();
  return { firstReplyMs, replyMaxMs, longTasks, longestTaskMs, keystrokes };
}

(window as unknown as { searchBench: unknown }).searchBench = { ours, plain, typingInWorker };
