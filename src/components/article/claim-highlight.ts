/**
 * <claim-highlight>: lights the words a claim quotes in the article body (named
 * by `data-controls`) while the claim is hovered or focused in the sidebar, while
 * its number in the text is, and while the claim or its words are the URL's
 * target (a number tapped, a sidebar entry followed). Progressive enhancement:
 * without it each claim still links to its words and each number links back.
 * Only toggles a class.
 */
import { fragmentId } from '../../lib/quotes/url-parts.ts';
import { claimAnchor, claimMarkAnchor } from '../../lib/routes.ts';
import { controlledBody } from './controlled-body.ts';

const CLAIM_ANCHOR_PREFIX = claimAnchor('');
const MARK_ANCHOR_PREFIX = claimMarkAnchor('');

class ClaimHighlight extends HTMLElement {
  #lit: Element[] = [];
  readonly #onHashChange = () => this.#light(this.#targetClaim());
  readonly #onPointer = (event: Event) => {
    const ref = (event.target as Element | null)?.closest?.('a.claim-ref');
    if (!ref || !controlledBody(this)?.contains(ref)) return;
    const claim = ref.getAttribute('href')!.slice(1 + CLAIM_ANCHOR_PREFIX.length);
    this.#light(event.type === 'mouseover' || event.type === 'focusin' ? claim : this.#targetClaim());
  };

  constructor() {
    super();
    const list = this.querySelector('.claim-list');
    if (!list) return;
    list.addEventListener('mouseover', (event) => this.#light(this.#claimOf(event.target)));
    list.addEventListener('mouseleave', () => this.#light(this.#claimOf(document.activeElement) ?? this.#targetClaim()));
    list.addEventListener('focusin', (event) => this.#light(this.#claimOf(event.target)));
    list.addEventListener('focusout', (event) => this.#light(this.#claimOf((event as FocusEvent).relatedTarget) ?? this.#targetClaim()));
  }

  connectedCallback(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    for (const type of ['mouseover', 'mouseout', 'focusin', 'focusout']) document.addEventListener(type, this.#onPointer);
    this.#onHashChange();
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    for (const type of ['mouseover', 'mouseout', 'focusin', 'focusout']) document.removeEventListener(type, this.#onPointer);
  }

  /** The claim whose sidebar item holds `target`, if any. */
  #claimOf(target: EventTarget | null): string | undefined {
    const item = (target as Element | null)?.closest?.(`.claim-list > li[id^="${CLAIM_ANCHOR_PREFIX}"]`);
    return item && this.contains(item) ? item.id.slice(CLAIM_ANCHOR_PREFIX.length) : undefined;
  }

  /** The claim the URL's fragment names, by its sidebar entry or its words. */
  #targetClaim(): string | undefined {
    const id = fragmentId(window.location.hash);
    for (const prefix of [CLAIM_ANCHOR_PREFIX, MARK_ANCHOR_PREFIX]) if (id.startsWith(prefix)) return id.slice(prefix.length);
    return undefined;
  }

  #light(claimId: string | undefined): void {
    for (const mark of this.#lit) mark.classList.remove('is-lit');
    const marks = claimId ? (controlledBody(this)?.querySelectorAll<HTMLElement>('.article-body mark.claim-quote') ?? []) : [];
    this.#lit = [...marks].filter((mark) => mark.dataset.claim === claimId);
    for (const mark of this.#lit) mark.classList.add('is-lit');
  }
}

customElements.define('claim-highlight', ClaimHighlight);
