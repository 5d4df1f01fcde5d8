/**
 * The search interface, loaded on first focus of the header box (or by the
 * search page). Queries run in a worker; results are built from DOM nodes and
 * text, never HTML strings, so whatever is typed stays text.
 *
 * - Header box on any page: a results popup under the box; ↓ moves into the
 *   results, ↑/↓ between them, Escape closes, Enter on a result opens it, Enter
 *   in the box opens the search page.
 * - Search page: results in the page; the URL follows the query (replaceState
 *   while typing, pushState on submit) and back/forward restore it.
 */
import type { SearchHit, SearchResponse } from '../lib/search/engine.ts';
import type { Snippet } from '../lib/search/snippet.ts';
import { MAX_QUERY_LENGTH } from '../lib/search/normalize.ts';
import { type SearchState, readSearchState } from '../lib/search/url.ts';
import type { SearchReply, SearchRequest } from './search-protocol.ts';
import { searchPath } from '../lib/routes.ts';

const POPUP_LIMIT = 8;
const PAGE_LIMIT = 30;
const TYPING_DELAY_MS = 90;

const headerForm = document.querySelector<HTMLFormElement>('form[data-search-ui]');
const headerInput = headerForm?.querySelector<HTMLInputElement>('input[name="q"]') ?? null;

/** The worker and the requests waiting for it; only the latest answer per view is shown. */
const client = (() => {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, (reply: SearchReply) => void>();
  return (query: string, options: SearchRequest['options']): Promise<SearchResponse> => {
    if (!worker) {
      worker = new Worker(headerForm!.dataset.searchWorker!, { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
        waiting.get(data.id)?.(data);
        waiting.delete(data.id);
      };
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, (reply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.response)));
      worker!.postMessage({ id, query, options } satisfies SearchRequest);
    });
  };
})();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A snippet as text nodes with `<mark>` around matched words. */
function snippetNode(snippet: Snippet, className: string): HTMLElement {
  const { text, marks, cutStart, cutEnd } = snippet;
  const node = element('span', className);
  if (cutStart) node.append('…');
  let at = 0;
  for (const [start, end] of marks) {
    node.append(text.slice(at, start), element('mark', undefined, text.slice(start, end)));
    at = end;
  }
  node.append(text.slice(at));
  if (cutEnd) node.append('…');
  return node;
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-hit');
  const link = element('a', 'search-hit-link');
  link.href = hit.url;
  const meta = element('span', 'search-hit-meta');
  meta.append(element('span', 'search-hit-outlet', hit.outlet.name), ' · ', element('span', 'search-hit-title', hit.title));
  link.append(meta, snippetNode(hit.snippet, 'search-hit-snippet'));
  // A claim the query matched, in our words: why this passage is here when its own words differ.
  for (const claim of hit.claims) {
    const line = snippetNode(claim, 'search-hit-claim');
    line.prepend(element('span', 'search-hit-claim-label', 'Claim: '));
    link.append(line);
  }
  item.append(link);
  return item;
}

/** ↑/↓ move focus through the result links; ↑ from the first goes back to the box. */
function arrowKeys(list: HTMLElement, input: HTMLInputElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[Math.min(at + 1, all.length - 1)] : all[at - 1];
    (next ?? input).focus();
  });
}

function statusText(response: SearchResponse, shown: number): string {
  if (!response.total) return '';
  const count = response.totalAtLeast ? `At least ${response.total}` : String(response.total);
  const passages = response.total === 1 ? `${count} passage matches` : `${count} passages match`;
  return shown < response.total ? `${passages}; the best ${shown} are shown.` : `${passages}.`;
}

function noResultsHint(response: SearchResponse, filtered: boolean): string {
  const filters = filtered ? ' or clear the source and entity filters' : '';
  const query = response.query.text;
  // A phrase of common words is checked on the best-ranked passages holding them only.
  if (response.totalAtLeast) return `None of the passages that best match the words of ${query} holds them as that exact phrase. Try it without the quotes${filters}.`;
  return `No passage matches every word of “${query}”. Try fewer words, another spelling of a name${filters}.`;
}

function lengthNote(raw: string): string {
  return raw.length > MAX_QUERY_LENGTH ? `Only the first ${MAX_QUERY_LENGTH} characters of the query are searched.` : '';
}

/** What the live status says of an answer: the length note, then the count or the no-result hint. */
function answerStatus(response: SearchResponse, raw: string, filtered: boolean): string {
  const result = response.hits.length ? statusText(response, response.hits.length) : noResultsHint(response, filtered);
  return [lengthNote(raw), result].filter(Boolean).join(' ');
}

/**
 * Runs queries for one view, dropping answers that arrive after a newer query
 * was sent or the view was cleared (`cancel`), so a slow answer never shows
 * under another query or an empty box.
 */
function latestOnly(render: (response: SearchResponse) => void, fail: (error: Error) => void) {
  let latest = 0;
  return {
    run(query: string, options: SearchRequest['options']) {
      const ticket = ++latest;
      client(query, options).then(
        (response) => ticket === latest && render(response),
        (error: Error) => ticket === latest && fail(error),
      );
    },
    cancel() {
      latest++;
    },
  };
}

function attachPopup(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = element('div', 'search-popup');
  popup.id = 'site-search-popup';
  popup.hidden = true;
  const status = element('p', 'search-status');
  // The popup is hidden and shown as the reader types, so its counts are announced from a live region that is always there.
  const announcer = element('p', 'visually-hidden');
  announcer.setAttribute('role', 'status');
  const list = element('ol', 'search-results');
  list.setAttribute('data-search-results', '');
  list.setAttribute('aria-label', 'Search results');
  const more = element('a', 'search-more');
  popup.append(status, list, more);
  form.append(popup, announcer);
  input.setAttribute('aria-controls', popup.id);
  const show = (visible: boolean) => {
    popup.hidden = !visible;
  };

  const search = latestOnly(
    (response) => {
      list.replaceChildren(...response.hits.map(resultItem));
      status.textContent = answerStatus(response, input.value, false);
      announcer.textContent = response.hits.length ? `${status.textContent} Press Down to move into the results.` : status.textContent;
      more.hidden = response.total <= response.hits.length;
      more.href = searchPath({ query: response.query.text });
      more.textContent = response.totalAtLeast ? 'See all results' : `All ${response.total} results`;
    },
    (error) => {
      status.textContent = `Search failed: ${error.message}`;
      announcer.textContent = status.textContent;
    },
  );

  let timer: number | undefined;
  const update = () => {
    window.clearTimeout(timer);
    const query = input.value;
    if (!query.trim()) {
      search.cancel();
      list.replaceChildren();
      status.textContent = '';
      announcer.textContent = '';
      show(false);
      return;
    }
    show(true);
    if (!list.childElementCount) status.textContent = 'Searching…';
    timer = window.setTimeout(() => search.run(query, { limit: POPUP_LIMIT }), TYPING_DELAY_MS);
  };
  input.addEventListener('input', update);
  input.addEventListener('focus', () => input.value.trim() && show(true));
  arrowKeys(list, input);
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || popup.hidden) return;
    show(false);
    input.focus();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) show(false);
  });
  if (input.value.trim()) update();
}

function attachPage(page: HTMLElement): void {
  const form = page.querySelector<HTMLFormElement>('form.search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const source = form.querySelector<HTMLSelectElement>('select[name="source"]')!;
  const entity = form.querySelector<HTMLSelectElement>('select[name="entity"]')!;
  const status = page.querySelector<HTMLElement>('.search-status')!;
  const note = page.querySelector<HTMLElement>('.search-length-note')!;
  const list = page.querySelector<HTMLElement>('[data-search-results]')!;
  page.classList.add('search-ready');

  const state = (): SearchState => ({ query: input.value, source: source.value, entity: entity.value });
  const setState = (next: SearchState) => {
    input.value = next.query;
    source.value = [...source.options].some((option) => option.value === next.source) ? next.source : '';
    entity.value = [...entity.options].some((option) => option.value === next.entity) ? next.entity : '';
    if (headerInput) headerInput.value = next.query;
  };

  const search = latestOnly(
    (response) => {
      list.setAttribute('aria-busy', 'false');
      list.replaceChildren(...response.hits.map(resultItem));
      const filtered = Boolean(source.value || entity.value);
      // The length note is shown above the form; the live status says it too, so it is announced.
      status.textContent = answerStatus(response, input.value, filtered);
    },
    (error) => {
      list.setAttribute('aria-busy', 'false');
      status.textContent = `Search failed: ${error.message}`;
    },
  );

  let timer: number | undefined;
  /** Searches for the form's state; `typing` waits a moment for the next keystroke. */
  const update = (typing: boolean) => {
    window.clearTimeout(timer);
    const { query } = state();
    note.textContent = lengthNote(query);
    note.hidden = !note.textContent;
    if (!query.trim()) {
      search.cancel();
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      status.textContent = 'Type a few words to find the passages, in any of the sources, that hold them all.';
      return;
    }
    status.textContent = 'Searching…';
    list.setAttribute('aria-busy', 'true');
    const options = { limit: PAGE_LIMIT, outlet: source.value || undefined, entity: entity.value || undefined };
    timer = window.setTimeout(() => search.run(query, options), typing ? TYPING_DELAY_MS : 0);
  };

  const onInput = () => {
    window.history.replaceState(null, '', searchPath(state()));
    update(true);
  };
  input.addEventListener('input', () => {
    if (headerInput) headerInput.value = input.value;
    onInput();
  });
  // On this page the header box drives the page's results rather than a popup.
  headerInput?.addEventListener('input', () => {
    input.value = headerInput.value;
    onInput();
  });
  headerForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    input.value = headerInput!.value;
    form.requestSubmit();
  });
  for (const select of [source, entity]) select.addEventListener('change', () => {
    window.history.replaceState(null, '', searchPath(state()));
    update(false);
  });
  // Typing rewrites the current history entry; a submitted query gets its own, so Back returns to the one before.
  let committed = searchPath(readSearchState(window.location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = searchPath(state());
    if (url !== committed) {
      window.history.replaceState(null, '', committed);
      window.history.pushState(null, '', url);
      committed = url;
    }
    update(false);
  });
  window.addEventListener('popstate', () => {
    setState(readSearchState(window.location.search));
    committed = searchPath(state());
    update(false);
  });
  arrowKeys(list, input);
  setState(readSearchState(window.location.search));
  update(false);
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) attachPage(page);
else if (headerForm && headerInput) attachPopup(headerForm, headerInput);
