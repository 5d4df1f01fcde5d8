/** The search page's URL: `/search/?q=<query>&source=<outlet id>&entity=<entity id>`, empty parts left out. */
export interface SearchState {
  query: string;
  source: string;
  entity: string;
}

export const SEARCH_PATH = '/search/';

export function searchUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.source) params.set('source', state.source);
  if (state.entity) params.set('entity', state.entity);
  const search = params.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', source: params.get('source') ?? '', entity: params.get('entity') ?? '' };
}
