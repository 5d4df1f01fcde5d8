/**
 * Article sidebar: hovering or focusing a claim highlights the words it quotes in
 * the text. Progressive enhancement: without it each claim still links to its
 * passage and each marked quote links back. Only toggles a class.
 */
export {};

let lit: Element[] = [];

function light(claimId: string | undefined): void {
  for (const mark of lit) mark.classList.remove('is-lit');
  lit = claimId ? [...document.querySelectorAll('.article-body mark.claim-quote')].filter((mark) => (mark as HTMLElement).dataset.claim === claimId) : [];
  for (const mark of lit) mark.classList.add('is-lit');
}

function claimOf(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest?.('.claim-list > li[id^="claim-"]')?.id.slice('claim-'.length);
}

const list = document.querySelector('.claim-list');
if (list) {
  list.addEventListener('mouseover', (event) => light(claimOf(event.target)));
  list.addEventListener('mouseleave', () => light(document.activeElement ? claimOf(document.activeElement) : undefined));
  list.addEventListener('focusin', (event) => light(claimOf(event.target)));
  list.addEventListener('focusout', (event) => light(claimOf((event as FocusEvent).relatedTarget)));
}
