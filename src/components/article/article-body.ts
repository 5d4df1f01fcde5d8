/**
 * <article-body>: the article's text. Reading needs none of this: it adds the
 * passages' copy-link buttons (the ¶ permalinks work without it), moves keyboard
 * focus to the passage a link lands on, and loads the quote-link code only when
 * it is needed (a selection in the text, or a link that quotes words).
 */
import { fragmentId } from '../../lib/quotes/url-parts.ts';
import { sharePageUrlFrom } from '../../lib/routes.ts';
import { ShareFeedback } from './feedback.ts';
import type { QuoteLinkButton } from './quote-share.ts';

class ArticleBody extends HTMLElement {
  #feedback = new ShareFeedback(null);
  #quoteButton: Promise<QuoteLinkButton> | undefined;
  #pendingSelection: number | undefined;
  readonly #onHashChange = () => this.#focusTarget();
  readonly #onSelection = () => this.#selectionChanged();

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.passage-copy');
      if (button) void this.#copyLink(button);
    });
  }

  connectedCallback(): void {
    // Shows the copy-link buttons.
    document.documentElement.classList.add('js');
    // The status region sits outside the text (fixed over the page); `data-status` names it.
    this.#feedback = new ShareFeedback(document.getElementById(this.dataset.status ?? ''));
    window.addEventListener('hashchange', this.#onHashChange);
    // Selections are reported on the document only.
    document.addEventListener('selectionchange', this.#onSelection);
    this.#focusTarget();
    if (/[?&]quote=/.test(window.location.search)) {
      void import('./quote-highlight.ts').then(({ highlightQuoteFromUrl }) => highlightQuoteFromUrl(this));
    } else if (/[?&]q=/.test(window.location.search)) {
      void import('./search-terms.ts').then(({ highlightSearchedWords }) => highlightSearchedWords(this));
    }
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    document.removeEventListener('selectionchange', this.#onSelection);
  }

  async #copyLink(button: HTMLButtonElement): Promise<void> {
    // The passage's id is its permalink's fragment, the button's sibling.
    const id = button.parentElement?.querySelector('a.passage-permalink')?.getAttribute('href')?.slice(1);
    if (!id) return;
    // The share page shows a preview card when pasted into a chat, then lands on the passage.
    if (!(await this.#feedback.shareLink(sharePageUrlFrom(window.location.href, id), 'Link to this passage'))) return;
    button.dataset.state = 'copied';
    window.setTimeout(() => delete button.dataset.state, 2000);
  }

  /** Moves keyboard focus to the passage named in the URL fragment, where it is one of ours. */
  #focusTarget(): void {
    const id = fragmentId(window.location.hash);
    const target = id ? document.getElementById(id) : null;
    if (!target || !this.contains(target)) return;
    const passage = target.classList.contains('passage') ? target : target.closest<HTMLElement>('.passage');
    if (!passage) return;
    passage.setAttribute('tabindex', '-1');
    passage.focus({ preventScroll: true });
  }

  /** Loads the quote-link button once words in the text are selected, then keeps it in step with the selection. */
  #selectionChanged(): void {
    window.clearTimeout(this.#pendingSelection);
    this.#pendingSelection = window.setTimeout(() => {
      const selection = document.getSelection();
      const text = selection && !selection.isCollapsed ? selection.anchorNode?.parentElement?.closest('.article-body') : null;
      // Past a selection in the text, only a shown button needs updating (to hide it).
      if (!(text && this.contains(text)) && !this.querySelector('.quote-link-button:not([hidden])')) return;
      this.#quoteButton ??= import('./quote-share.ts').then(({ QuoteLinkButton }) => new QuoteLinkButton(this, this.#feedback));
      void this.#quoteButton.then((button) => button.update());
    }, 120);
  }
}

customElements.define('article-body', ArticleBody);
