/**
 * <claim-highlight>: hovering or focusing a claim in the sidebar highlights the
 * words it quotes in the article body (named by `data-controls`). Progressive
 * enhancement: without it each claim still links to its passage and each marked
 * quote links back. Only toggles a class.
 */
import { claimAnchor } from '../../lib/routes.ts';
import { controlledBody } from './controlled-body.ts';

const CLAIM_ANCHOR_PREFIX = claimAnchor('');

class ClaimHighlight extends HTMLElement {
  #lit: Element[] = [];

  constructor() {
    super();
    const list = this.querySelector('.claim-list');
    if (!list) return;
    list.addEventListener('mouseover', (event) => this.#light(this.#claimOf(event.target)));
    list.addEventListener('mouseleave', () => this.#light(document.activeElement ? this.#claimOf(document.activeElement) : undefined));
    list.addEventListener('focusin', (event) => this.#light(this.#claimOf(event.target)));
    list.addEventListener('focusout', (event) => this.#light(this.#claimOf((event as FocusEvent).relatedTarget)));
  }

  /** The claim whose sidebar item holds `target`, if any. */
  #claimOf(target: EventTarget | null): string | undefined {
    const item = (target as Element | null)?.closest?.(`.claim-list > li[id^="${CLAIM_ANCHOR_PREFIX}"]`);
    return item && this.contains(item) ? item.id.slice(CLAIM_ANCHOR_PREFIX.length) : undefined;
  }

  #light(claimId: string | undefined): void {
    for (const mark of this.#lit) mark.classList.remove('is-lit');
    const marks = claimId ? (controlledBody(this)?.querySelectorAll<HTMLElement>('.article-body mark.claim-quote') ?? []) : [];
    this.#lit = [...marks].filter((mark) => mark.dataset.claim === claimId);
    for (const mark of this.#lit) mark.classList.add('is-lit');
  }
}

customElements.define('claim-highlight', ClaimHighlight);
