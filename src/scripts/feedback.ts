/** Feedback for share actions: a polite status message, and share-or-copy with the outcome. */

let statusTimer: number | undefined;

/** Shows `message` briefly in the page's status region (read out by screen readers). */
export function announce(message: string, holdMs = 2500): void {
  const status = document.querySelector<HTMLElement>('[data-passage-status]');
  if (!status) return;
  status.textContent = message;
  status.classList.add('is-visible');
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => status.classList.remove('is-visible'), holdMs);
}

/** Shares with the system share sheet where there is one, else copies; says which happened. */
export async function shareOrCopy(url: string, title: string): Promise<'shared' | 'copied' | 'cancelled' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Runs share-or-copy for a link and tells the reader what happened. */
export async function shareLink(url: string, what: string): Promise<boolean> {
  const outcome = await shareOrCopy(url, document.title);
  if (outcome === 'cancelled') return false;
  if (outcome === 'failed') {
    announce(`Could not copy. The link is: ${url}`, 8000);
    return false;
  }
  announce(`${what} ${outcome}`);
  return true;
}
