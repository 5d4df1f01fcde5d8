/**
 * <entity-finder>: "Find" highlights every mention of an entity in the article
 * body (named by `data-controls`) and steps through them. Progressive
 * enhancement: without it the sidebar still lists and links every entity. Builds
 * no markup from content; it only toggles classes and sets text.
 */
import { controlledBody } from './controlled-body.ts';

class EntityFinder extends HTMLElement {
  #marks: HTMLElement[] = [];
  #current = -1;
  #entityName = '';
  #chosen: HTMLButtonElement | null = null;
  readonly #onKeydown = (event: KeyboardEvent) => {
    // Escape clears the highlights wherever focus is, as they are all over the text.
    if (event.key !== 'Escape' || !this.#marks.length) return;
    // Focus in the stepper, which hides, (or lost) goes back to the entity's Find button rather than to <body>.
    const active = document.activeElement;
    const back = !active || active === document.body || this.#stepper?.contains(active) ? this.#chosen : null;
    this.#clear();
    back?.focus();
  };

  constructor() {
    super();
    this.addEventListener('click', (event) => this.#onClick(event.target as Element | null));
  }

  connectedCallback(): void {
    // Shows the "Find" buttons and their hint.
    document.documentElement.classList.add('js');
    document.addEventListener('keydown', this.#onKeydown);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }

  get #stepper(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[data-entity-stepper]');
  }

  #onClick(target: Element | null): void {
    const find = target?.closest<HTMLButtonElement>('button.entity-find');
    if (find) return this.#toggle(find);
    const step = target?.closest<HTMLButtonElement>('[data-entity-step]');
    if (step) this.#show(this.#current + Number(step.dataset.entityStep));
    if (target?.closest('[data-entity-clear]')) {
      // The stepper hides; put focus back on the entity it was stepping through.
      const back = this.#chosen;
      this.#clear();
      back?.focus();
    }
  }

  #toggle(find: HTMLButtonElement): void {
    const wasPressed = find.getAttribute('aria-pressed') === 'true';
    this.#clear();
    if (wasPressed) return;
    const mentions = controlledBody(this)?.querySelectorAll<HTMLElement>('.article-body .mention') ?? [];
    this.#marks = [...mentions].filter((mark) => mark.dataset.entity === find.dataset.entity);
    // The entity's name is the link beside the button.
    this.#entityName = find.parentElement?.querySelector('a')?.textContent ?? '';
    for (const mark of this.#marks) mark.classList.add('is-found');
    find.setAttribute('aria-pressed', 'true');
    this.#chosen = find;
    const stepper = this.#stepper;
    if (stepper) stepper.hidden = false;
    this.#show(0);
  }

  #clear(): void {
    for (const mark of this.#marks) mark.classList.remove('is-found', 'is-current');
    for (const button of this.querySelectorAll('.entity-find[aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false');
    this.#marks = [];
    this.#current = -1;
    const stepper = this.#stepper;
    if (stepper) stepper.hidden = true;
  }

  #show(index: number): void {
    const status = this.querySelector<HTMLElement>('[data-entity-status]');
    if (!this.#marks.length || !status) return;
    this.#marks[this.#current]?.classList.remove('is-current');
    this.#current = (index + this.#marks.length) % this.#marks.length;
    const mark = this.#marks[this.#current]!;
    mark.classList.add('is-current');
    mark.scrollIntoView({ block: 'center' });
    status.textContent = `${this.#entityName}: mention ${this.#current + 1} of ${this.#marks.length}`;
  }
}

customElements.define('entity-finder', EntityFinder);
