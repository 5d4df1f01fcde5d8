/** Reads the search page's state back from its URL (built by `searchPath` in src/lib/routes.ts). */
import type { SearchState } from '../routes.ts';

export type { SearchState };

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', source: params.get('source') ?? '', entity: params.get('entity') ?? '' };
}
