/**
 * `<site-search>`: the header box (SearchBox.astro) with a results popup under
 * it. ↓ moves into the results, ↑/↓ between them, Escape closes, Enter on a
 * result opens it, Enter in the box opens the search page. On the search page
 * the box drives the page's results instead (search-page.ts), so no popup.
 */
import type { SearchResponse } from '../../lib/search/engine.ts';
import { searchPath } from '../../lib/routes.ts';
import { searchClient } from './search-client.ts';
import { answerStatus, arrowKeys, element, resultItem } from './search-results.ts';

const POPUP_LIMIT = 8;

/** The popup's parts, added to the form on first use. */
function popupParts() {
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
  return { popup, status, announcer, list, more };
}

export class SiteSearch extends HTMLElement {
  #parts = popupParts();
  #search = searchClient(
    (response) => this.#render(response),
    (error) => this.#say(`Search failed: ${error.message}`),
  );

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input || form.contains(this.#parts.popup) || document.querySelector('search-page')) return;
    const { popup, announcer, list } = this.#parts;
    form.append(popup, announcer);
    input.setAttribute('aria-controls', popup.id);
    input.addEventListener('input', () => this.#update(input.value));
    input.addEventListener('focus', () => input.value.trim() && this.#show(true));
    arrowKeys(list, input);
    form.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || popup.hidden) return;
      this.#show(false);
      input.focus();
    });
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) this.#show(false);
    });
    if (input.value.trim()) this.#update(input.value);
  }

  #show(visible: boolean): void {
    this.#parts.popup.hidden = !visible;
  }

  /** Sets the status line and what the live region announces. */
  #say(status: string, announced = status): void {
    this.#parts.status.textContent = status;
    this.#parts.announcer.textContent = announced;
  }

  #update(query: string): void {
    const { list, status } = this.#parts;
    if (!query.trim()) {
      this.#search.cancel();
      list.replaceChildren();
      this.#say('');
      this.#show(false);
      return;
    }
    this.#show(true);
    if (!list.childElementCount) status.textContent = 'Searching…';
    this.#search.search(query, { limit: POPUP_LIMIT }, true);
  }

  #render(response: SearchResponse): void {
    const { list, more } = this.#parts;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    list.replaceChildren(...response.hits.map(resultItem));
    const status = answerStatus(response, input.value, false);
    this.#say(status, response.hits.length ? `${status} Press Down to move into the results.` : status);
    more.hidden = response.total <= response.hits.length;
    more.href = searchPath({ query: response.query.text });
    more.textContent = response.totalAtLeast ? 'See all results' : `All ${response.total} results`;
  }
}
