/** Feedback for share actions: a polite status message, and share-or-copy with the outcome. */

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

/** Says what share actions did, in one status region (read out by screen readers). */
export class ShareFeedback {
  readonly #status: HTMLElement | null;
  #timer: number | undefined;

  constructor(status: HTMLElement | null) {
    this.#status = status;
  }

  /** Shows `message` briefly. */
  announce(message: string, holdMs = 2500): void {
    const status = this.#status;
    if (!status) return;
    status.textContent = message;
    status.classList.add('is-visible');
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => status.classList.remove('is-visible'), holdMs);
  }

  /** Runs share-or-copy for a link and tells the reader what happened; true when it was shared or copied. */
  async shareLink(url: string, what: string): Promise<boolean> {
    const outcome = await shareOrCopy(url, document.title);
    if (outcome === 'cancelled') return false;
    if (outcome === 'failed') {
      this.announce(`Could not copy. The link is: ${url}`, 8000);
      return false;
    }
    this.announce(`${what} ${outcome}`);
    return true;
  }
}
