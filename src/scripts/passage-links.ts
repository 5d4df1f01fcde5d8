/**
 * Copy-link buttons for passages (progressive enhancement: the ¶ permalinks
 * work without it) and a focus move on arrival so keyboard users land on the
 * highlighted passage.
 */
import { passageUrl } from '../lib/passage-url.ts';

const status = document.querySelector<HTMLElement>('[data-passage-status]');
let statusTimer: number | undefined;

function announce(message: string): void {
  if (!status) return;
  status.textContent = message;
  status.classList.add('is-visible');
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => status.classList.remove('is-visible'), 2500);
}

async function copyLink(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.passage;
  if (!id) return;
  const url = passageUrl(window.location.href, id);
  try {
    await navigator.clipboard.writeText(url);
    button.dataset.state = 'copied';
    announce('Link to this passage copied');
    window.setTimeout(() => delete button.dataset.state, 2000);
  } catch {
    // No clipboard (permission or old browser): put the link in the address bar instead.
    window.history.replaceState(null, '', url);
    announce('Could not copy; the passage link is now in the address bar');
  }
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
