/**
 * Copy-link buttons for passages (progressive enhancement: the ¶ permalinks
 * work without it) and a focus move on arrival so keyboard users land on the
 * highlighted passage.
 */
import { sharePageUrlFrom } from '../lib/routes.ts';
import { shareLink } from './feedback.ts';

async function copyLink(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.passage;
  if (!id) return;
  // The share page shows a preview card when pasted into a chat, then lands on the passage.
  if (!(await shareLink(sharePageUrlFrom(window.location.href, id), 'Link to this passage'))) return;
  button.dataset.state = 'copied';
  window.setTimeout(() => delete button.dataset.state, 2000);
}

/** Moves keyboard focus to the passage named in the URL fragment, where there is one. */
function focusTarget(): void {
  const id = decodeURIComponent(window.location.hash.slice(1).split(':~:')[0]!);
  const target = id ? document.getElementById(id) : null;
  const passage = target?.classList.contains('passage') ? target : target?.closest('.passage');
  if (!passage) return;
  passage.setAttribute('tabindex', '-1');
  (passage as HTMLElement).focus({ preventScroll: true });
}

export function enhancePassageLinks(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.passage-copy');
    if (button) void copyLink(button);
  });
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
}
