/**
 * `<search-page>`: the search page's form and results (SearchForm.astro,
 * SearchResults.astro). The URL follows the query (replaceState while typing,
 * pushState on submit) and back/forward restore it. The header box drives the
 * page's results here rather than a popup of its own.
 */
import type { SearchResponse } from '../../lib/search/engine.ts';
import { type SearchState, readSearchState } from '../../lib/search/url.ts';
import { searchPath } from '../../lib/routes.ts';
import { searchClient } from './search-client.ts';
import { answerStatus, arrowKeys, lengthNote, resultItem } from './search-results.ts';

const PAGE_LIMIT = 30;

export class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #source!: HTMLSelectElement;
  #entity!: HTMLSelectElement;
  #status!: HTMLElement;
  #note!: HTMLElement;
  #list!: HTMLElement;
  #search = searchClient(
    (response) => this.#render(response),
    (error) => this.#showFailure(error),
  );
  /** The URL of the current history entry: typing rewrites it, a submitted query gets its own. */
  #committed = '';

  connectedCallback(): void {
    if (this.#form) return;
    this.#form = this.querySelector<HTMLFormElement>('form.search-page-form')!;
    this.#input = this.#form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#source = this.#form.querySelector<HTMLSelectElement>('select[name="source"]')!;
    this.#entity = this.#form.querySelector<HTMLSelectElement>('select[name="entity"]')!;
    this.#status = this.querySelector<HTMLElement>('.search-status')!;
    this.#note = this.querySelector<HTMLElement>('.search-length-note')!;
    this.#list = this.querySelector<HTMLElement>('[data-search-results]')!;
    this.closest('[data-search-page]')?.classList.add('search-ready');
    this.#listen();
    this.#followHeaderBox();
    arrowKeys(this.#list, this.#input);
    this.#committed = searchPath(readSearchState(window.location.search));
    this.#setState(readSearchState(window.location.search));
    this.#update(false);
  }

  #state(): SearchState {
    return { query: this.#input.value, source: this.#source.value, entity: this.#entity.value };
  }

  #setState(next: SearchState): void {
    const known = (select: HTMLSelectElement, value: string) => ([...select.options].some((option) => option.value === value) ? value : '');
    this.#input.value = next.query;
    this.#source.value = known(this.#source, next.source);
    this.#entity.value = known(this.#entity, next.entity);
    const header = headerBox();
    if (header) header.input.value = next.query;
  }

  #listen(): void {
    this.#input.addEventListener('input', () => {
      const header = headerBox();
      if (header) header.input.value = this.#input.value;
      this.#typed();
    });
    for (const select of [this.#source, this.#entity]) {
      select.addEventListener('change', () => {
        window.history.replaceState(null, '', searchPath(this.#state()));
        this.#update(false);
      });
    }
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = searchPath(this.#state());
      if (url !== this.#committed) {
        window.history.replaceState(null, '', this.#committed);
        window.history.pushState(null, '', url);
        this.#committed = url;
      }
      this.#update(false);
    });
    window.addEventListener('popstate', () => {
      this.#setState(readSearchState(window.location.search));
      this.#committed = searchPath(this.#state());
      this.#update(false);
    });
  }

  /** On this page the header box drives the page's results rather than a popup (site-search.ts leaves it alone here). */
  #followHeaderBox(): void {
    const header = headerBox();
    if (!header) return;
    header.input.addEventListener('input', () => {
      this.#input.value = header.input.value;
      this.#typed();
    });
    header.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#input.value = header.input.value;
      this.#form.requestSubmit();
    });
  }

  /** The query changed by typing: the current history entry follows it. */
  #typed(): void {
    window.history.replaceState(null, '', searchPath(this.#state()));
    this.#update(true);
  }

  /** Searches for the form's state; `typing` waits a moment for the next keystroke. */
  #update(typing: boolean): void {
    const { query } = this.#state();
    this.#note.textContent = lengthNote(query);
    this.#note.hidden = !this.#note.textContent;
    if (!query.trim()) {
      this.#search.cancel();
      this.#list.replaceChildren();
      this.#list.setAttribute('aria-busy', 'false');
      this.#status.textContent = 'Type a few words to find the passages, in any of the sources, that hold them all.';
      return;
    }
    this.#status.textContent = 'Searching…';
    this.#list.setAttribute('aria-busy', 'true');
    const options = { limit: PAGE_LIMIT, outlet: this.#source.value || undefined, entity: this.#entity.value || undefined };
    this.#search.search(query, options, typing);
  }

  #render(response: SearchResponse): void {
    this.#list.setAttribute('aria-busy', 'false');
    this.#list.replaceChildren(...response.hits.map(resultItem));
    const filtered = Boolean(this.#source.value || this.#entity.value);
    // The length note is shown above the form; the live status says it too, so it is announced.
    this.#status.textContent = answerStatus(response, this.#input.value, filtered);
  }

  #showFailure(error: Error): void {
    this.#list.setAttribute('aria-busy', 'false');
    this.#status.textContent = `Search failed: ${error.message}`;
  }
}

/** The header box (SearchBox.astro), if the page has one. */
function headerBox(): { form: HTMLFormElement; input: HTMLInputElement } | undefined {
  const form = document.querySelector<HTMLFormElement>('site-search form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  return form && input ? { form, input } : undefined;
}
