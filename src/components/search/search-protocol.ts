/** Messages between the search interface and its worker. */
import type { SearchOptions, SearchResponse } from '../../lib/search/engine.ts';

export interface SearchRequest {
  id: number;
  query: string;
  options: SearchOptions;
}

export type SearchReply = { id: number; response: SearchResponse } | { id: number; error: string };
