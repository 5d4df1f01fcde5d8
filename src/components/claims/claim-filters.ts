/**
 * <claim-filters>: combines the claims pages' filters through the query
 * (`/claims/?kind=position&source=<slug>&topic=<topic>&story=<id>`). Without it
 * each filter link goes to its own static page (one filter at a time) and topic
 * links jump to their table. With it, every filter link points at /claims/ with
 * the filters already chosen plus its own; on /claims/ (`data-all`, where every
 * row is) the rows and tables the query leaves out are hidden and a status line
 * says what is shown. Only sets attributes, `hidden` and text, within itself.
 * `data-base` is /claims/ (claimsQueryPath in routes.ts), the query is added here in the same order.
 */
// No import, not even routes.ts: a module shared with the article page's script would become a chunk both load.
const NAMES = ['kind', 'source', 'topic', 'story'] as const;
type Name = (typeof NAMES)[number];
type ClaimsQuery = Partial<Record<Name, string>>;

const words = (value: string | undefined): string[] => (value ? value.split(' ') : []);

class ClaimFilters extends HTMLElement {
  #path(query: ClaimsQuery): string {
    const params = new URLSearchParams();
    for (const name of NAMES) if (query[name]) params.set(name, query[name]);
    const search = params.toString();
    return search ? `${this.dataset.base}?${search}` : this.dataset.base!;
  }

  connectedCallback(): void {
    const all = this.hasAttribute('data-all');
    const query: ClaimsQuery = {};
    const params = new URLSearchParams(location.search);
    for (const name of NAMES) {
      const value = all ? params.get(name) : this.dataset[name];
      if (value) query[name] = value;
    }
    this.#rewriteLinks(query, all);
    if (all && Object.keys(query).length) this.#apply(query);
  }

  /** Each link adds its filter to the chosen ones (the same one again removes it; "All" clears the kind). */
  #rewriteLinks(query: ClaimsQuery, all: boolean): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
      const name = link.dataset.filter as Name;
      const value = link.dataset.value ?? '';
      const chosen = query[name] === value || (!value && !query[name]);
      link.href = this.#path({ ...query, [name]: chosen && value ? '' : value });
      if (all) {
        if (chosen && (value || name === 'kind')) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }
  }

  #apply(query: ClaimsQuery): void {
    let shown = 0;
    let total = 0;
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-kinds]')) {
      total += 1;
      const { kinds, sources, stories, topic } = row.dataset;
      const match =
        (!query.kind || words(kinds).includes(query.kind)) &&
        (!query.source || words(sources).includes(query.source)) &&
        (!query.story || words(stories).includes(query.story)) &&
        (!query.topic || topic === query.topic);
      row.hidden = !match;
      if (match) shown += 1;
    }
    for (const section of this.querySelectorAll<HTMLElement>('section.claim-topic')) {
      section.hidden = !section.querySelector('tr[data-kinds]:not([hidden])');
    }
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!status) return;
    const labels = NAMES.filter((name) => query[name]).map((name) => this.#labelOf(name, query[name]!));
    status.textContent = `Showing ${shown} of ${total} rows: ${labels.join(', ')}. `;
    const clear = document.createElement('a');
    clear.href = this.#path({});
    clear.textContent = 'Clear the filters';
    status.append(clear);
    status.hidden = false;
  }

  #labelOf(name: Name, value: string): string {
    const link = [...this.querySelectorAll<HTMLAnchorElement>(`a[data-filter="${name}"]`)].find((node) => node.dataset.value === value);
    const label = link?.dataset.label ?? value;
    return { kind: label, source: `in ${label}`, topic: `topic ${label}`, story: `story “${label}”` }[name];
  }
}

customElements.define('claim-filters', ClaimFilters);
