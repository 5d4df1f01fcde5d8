/**
 * What the popup and the search page show of an answer: result items, built from
 * DOM nodes and text, never HTML strings, so whatever is typed stays text; the
 * status line; and arrow keys through the results.
 */
import type { SearchHit, SearchResponse } from '../../lib/search/engine.ts';
import type { Snippet } from '../../lib/search/snippet.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search/normalize.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
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

export function resultItem(hit: SearchHit): HTMLLIElement {
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
  // A partial match says which of the reader's words the passage does not hold.
  if (hit.missing?.length) link.append(element('span', 'search-hit-missing', `Missing: ${hit.missing.join(', ')}`));
  item.append(link);
  return item;
}

/** ↑/↓ move focus through the result links; ↓ from the box enters them, ↑ from the first goes back to the box. */
export function arrowKeys(list: HTMLElement, input: HTMLInputElement): void {
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

function countText(response: SearchResponse, shown: number): string {
  if (!response.total) return '';
  const count = response.totalAtLeast ? `At least ${response.total}` : String(response.total);
  const passages = response.partial
    ? `No passage holds every word; ${count} ${response.total === 1 ? 'passage holds' : 'passages hold'} most of them`
    : response.total === 1
      ? `${count} passage matches`
      : `${count} passages match`;
  return shown < response.total ? `${passages}; the best ${shown} are shown.` : `${passages}.`;
}

function noResultsHint(response: SearchResponse, filtered: boolean): string {
  const filters = filtered ? ' or clear the source and entity filters' : '';
  const query = response.query.text;
  // A phrase of common words is checked on the best-ranked passages holding them only.
  if (response.totalAtLeast)
    return `None of the passages that best match the words of ${query} holds them as that exact phrase. Try it without the quotes${filters}.`;
  return `No passage matches every word of “${query}”. Try fewer words, another spelling of a name${filters}.`;
}

/** Said of a query longer than the engine reads, or empty. */
export function lengthNote(raw: string): string {
  return raw.length > MAX_QUERY_LENGTH ? `Only the first ${MAX_QUERY_LENGTH} characters of the query are searched.` : '';
}

/** What the live status says of an answer: the length note, then the count or the no-result hint. */
export function answerStatus(response: SearchResponse, raw: string, filtered: boolean): string {
  const result = response.hits.length ? countText(response, response.hits.length) : noResultsHint(response, filtered);
  return [lengthNote(raw), result].filter(Boolean).join(' ');
}
