/**
 * "Copy link to quote": when the reader selects words inside one passage (mouse,
 * touch or keyboard), a button next to the selection makes a link that lands on
 * those words. Loaded by <article-body> only once a selection is made.
 */
import { contextFor, directiveFor, quoteLink } from '../../lib/quotes/text-fragment.ts';
import type { ShareFeedback } from './feedback.ts';
import { documentText, offsetIn, passageText } from './passage-text.ts';

interface Quote {
  passage: HTMLElement;
  start: number;
  end: number;
}

/** The selection, when it lies within one passage's text inside `root` and holds some words. */
function selectedQuote(root: HTMLElement): Quote | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
  const range = selection.getRangeAt(0);
  const passage = (range.startContainer.parentElement ?? (range.startContainer as Element)).closest<HTMLElement>('.article-body .passage');
  if (!passage || !root.contains(passage) || !passage.contains(range.endContainer)) return undefined;
  const start = offsetIn(passage, range.startContainer, range.startOffset);
  const end = offsetIn(passage, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const text = passageText(passage).slice(start, end);
  if (!text.trim()) return undefined;
  // Trim spaces the selection took in at either end.
  return { passage, start: start + (text.length - text.trimStart().length), end: end - (text.length - text.trimEnd().length) };
}

/** The one "Copy link to quote" button of an article body, and the quote it would link to. */
export class QuoteLinkButton {
  readonly #root: HTMLElement;
  readonly #feedback: ShareFeedback;
  readonly #button: HTMLButtonElement;
  #current: Quote | undefined;

  constructor(root: HTMLElement, feedback: ShareFeedback) {
    this.#root = root;
    this.#feedback = feedback;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'quote-link-button';
    button.textContent = 'Copy link to quote';
    // Keep the selection when the button is pressed.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    button.addEventListener('click', () => void this.#copyQuoteLink());
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hide();
    });
    this.#button = button;
  }

  /** Shows or hides the button for the current selection. */
  update(): void {
    const quote = selectedQuote(this.#root);
    if (quote) this.#show(quote);
    else this.#hide();
  }

  /** Takes the button out of the text and rejoins the text it split. */
  #detach(): void {
    const parent = this.#button.parentNode;
    if (!parent) return;
    this.#button.remove();
    parent.normalize();
  }

  #hide(): void {
    if (document.activeElement !== this.#button) {
      this.#button.hidden = true;
      this.#detach();
    }
    this.#current = undefined;
  }

  /**
   * Puts the button right after the selected words in the document (so Tab from the
   * selection reaches it next), drawn under them without moving any text.
   */
  #show(quote: Quote): void {
    const control = this.#button;
    this.#detach();
    const end = document.getSelection()!.getRangeAt(0).cloneRange();
    end.collapse(false);
    // Never inside a link (a mention): after it instead.
    const link = (
      end.endContainer.nodeType === Node.ELEMENT_NODE ? (end.endContainer as Element) : end.endContainer.parentElement
    )?.closest('a');
    if (link && quote.passage.contains(link)) link.after(control);
    else end.insertNode(control);
    control.hidden = false;
    const rects = document.getSelection()?.getRangeAt(0).getClientRects();
    const last = rects?.[rects.length - 1];
    const box = quote.passage.getBoundingClientRect();
    if (last) {
      const left = Math.min(Math.max(0, last.right - box.left - control.offsetWidth / 2), box.width - control.offsetWidth);
      control.style.left = `${Math.max(0, left)}px`;
      control.style.top = `${last.bottom - box.top + 6}px`;
    }
    this.#current = quote;
  }

  async #copyQuoteLink(): Promise<void> {
    const quote = this.#current;
    if (!quote) return;
    const text = passageText(quote.passage);
    const { text: pageText, passageStart } = documentText(quote.passage);
    const fragment = directiveFor(pageText, passageStart + quote.start, passageStart + quote.end);
    const words = text.slice(quote.start, quote.end).replace(/\s+/g, ' ');
    const link = quoteLink(window.location.href, quote.passage.id, fragment, { ...contextFor(text, quote.start, quote.end), start: words });
    if (await this.#feedback.shareLink(link, 'Link to quote')) {
      this.#button.hidden = true;
      this.#detach();
      this.#current = undefined;
    }
  }
}
