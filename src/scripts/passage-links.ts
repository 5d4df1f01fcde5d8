/**
 * Copy-link buttons for passages (progressive enhancement: the ¶ permalinks
 * work without it) and a focus move on arrival so keyboard users land on the
 * highlighted passage.
 */
import { passageShareUrl } from '../lib/passage-url.ts';

const status = document.querySelector<HTMLElement>('[data-passage-status]');
let statusTimer: number | undefined;

function announce(message: string): void {
  if (!status) return;
  status.textContent = message;
  status.classList.add('is-visible');
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => status.classList.remove('is-visible'), 2500);
}

/** Shares with the system share sheet where there is one, else copies; says which happened. */
export async function shareOrCopy(url: string, title: string): Promise<'shared' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'failed';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

async function copyLink(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.passage;
  if (!id) return;
  // The share page shows a preview card when pasted into a chat, then lands on the passage.
  const url = passageShareUrl(window.location.href, id);
  const outcome = await shareOrCopy(url, document.title);
  if (outcome === 'failed') {
    announce(`Could not copy. The link is: ${url}`);
    return;
  }
  button.dataset.state = 'copied';
  announce(outcome === 'shared' ? 'Link to this passage shared' : 'Link to this passage copied');
  window.setTimeout(() => delete button.dataset.state, 2000);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.passage-copy');
  if (button) void copyLink(button);
});

/** Moves keyboard focus to the passage named in the URL fragment, where there is one. */
function focusTarget(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target?.classList.contains('passage')) return;
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

window.addEventListener('hashchange', focusTarget);
focusTarget();
document.documentElement.classList.add('js');
