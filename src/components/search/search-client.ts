/**
 * The search client the header popup and the search page share: one worker a
 * page (search-worker.ts), started on the first query, and for each view a
 * query debounced while the reader types, with only the latest answer shown.
 */
import type { SearchOptions, SearchResponse } from '../../lib/search/engine.ts';
import type { SearchReply, SearchRequest } from './search-protocol.ts';

/** How long to wait for the next keystroke before searching. */
const TYPING_DELAY_MS = 90;

/** The page's one worker and the requests waiting for it. */
const worker = (() => {
  let running: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, (reply: SearchReply) => void>();
  const start = (): Worker => {
    // The worker bundle's URL is written once a page, on the header box (SearchBox.astro).
    const url = document.querySelector<HTMLElement>('[data-search-worker]')!.dataset.searchWorker!;
    const started = new Worker(url, { type: 'module' });
    started.onmessage = ({ data }: MessageEvent<SearchReply>) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    };
    return started;
  };
  return (query: string, options: SearchOptions): Promise<SearchResponse> => {
    running ??= start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, (reply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.response)));
      running!.postMessage({ id, query, options } satisfies SearchRequest);
    });
  };
})();

export interface SearchClient {
  /** Searches at once, or once the reader pauses when `typing`; a newer call replaces a waiting one. */
  search(query: string, options: SearchOptions, typing: boolean): void;
  /** Forgets the waiting query and any answer still to come (the box was cleared). */
  cancel(): void;
}

/**
 * A client for one view. Answers that arrive after a newer query was sent or the
 * view was cleared are dropped, so a slow answer never shows under another query
 * or an empty box.
 */
export function searchClient(render: (response: SearchResponse) => void, fail: (error: Error) => void): SearchClient {
  let latest = 0;
  let timer: number | undefined;
  const run = (query: string, options: SearchOptions) => {
    const ticket = ++latest;
    worker(query, options).then(
      (response) => ticket === latest && render(response),
      (error: Error) => ticket === latest && fail(error),
    );
  };
  return {
    search(query, options, typing) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => run(query, options), typing ? TYPING_DELAY_MS : 0);
    },
    cancel() {
      window.clearTimeout(timer);
      latest++;
    },
  };
}
