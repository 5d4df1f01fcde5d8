/**
 * Article sidebar: "Find" highlights every mention of an entity in the text and
 * steps through them. Progressive enhancement: without it the sidebar still
 * lists and links every entity. Builds no markup from content; it only toggles
 * classes and sets text.
 */
export {};

const stepper = document.querySelector<HTMLElement>('[data-entity-stepper]');
const stepStatus = document.querySelector<HTMLElement>('[data-entity-status]');
let marks: HTMLElement[] = [];
let current = -1;
let entityName = '';
let chosen: HTMLButtonElement | null = null;

function clear(): void {
  for (const mark of marks) mark.classList.remove('is-found', 'is-current');
  for (const button of document.querySelectorAll('.entity-find[aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false');
  marks = [];
  current = -1;
  if (stepper) stepper.hidden = true;
}

function show(index: number): void {
  if (!marks.length || !stepStatus) return;
  marks[current]?.classList.remove('is-current');
  current = (index + marks.length) % marks.length;
  const mark = marks[current]!;
  mark.classList.add('is-current');
  mark.scrollIntoView({ block: 'center' });
  stepStatus.textContent = `${entityName}: mention ${current + 1} of ${marks.length}`;
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const find = target?.closest<HTMLButtonElement>('button.entity-find');
  if (find) {
    const wasPressed = find.getAttribute('aria-pressed') === 'true';
    clear();
    if (wasPressed) return;
    marks = [...document.querySelectorAll<HTMLElement>('.article-body .mention')].filter((mark) => mark.dataset.entity === find.dataset.entity);
    entityName = find.dataset.name ?? '';
    for (const mark of marks) mark.classList.add('is-found');
    find.setAttribute('aria-pressed', 'true');
    chosen = find;
    if (stepper) stepper.hidden = false;
    show(0);
    return;
  }
  const step = target?.closest<HTMLButtonElement>('[data-entity-step]');
  if (step) show(current + Number(step.dataset.entityStep));
  if (target?.closest('[data-entity-clear]')) {
    // The stepper hides; put focus back on the entity it was stepping through.
    const back = chosen;
    clear();
    back?.focus();
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && marks.length) clear();
});
