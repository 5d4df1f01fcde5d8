/**
 * Runs the search engine off the main thread: loading and parsing index files
 * and ranking never block typing. Requests are answered in order.
 */
import { SearchEngine } from '../../lib/search/engine.ts';
import type { SearchReply, SearchRequest } from './search-protocol.ts';
import { searchIndexPath } from '../../lib/routes.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply): void;
};

const engine = SearchEngine.open(async (name) => {
  const response = await fetch(searchIndexPath(name));
  if (!response.ok) throw new Error(`Search index file ${name}: HTTP ${response.status}`);
  return response.json();
});

scope.onmessage = async ({ data }) => {
  try {
    const response = await (await engine).search(data.query, data.options);
    scope.postMessage({ id: data.id, response });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
