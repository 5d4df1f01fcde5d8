/**
 * "Copy link to quote": when the reader selects words inside one passage (mouse,
 * touch or keyboard), a button next to the selection makes a link that lands on
 * those words. Loaded only once a selection is made.
 */
import { contextFor, directiveFor, quoteLink } from '../lib/quotes/text-fragment.ts';
import { shareLink } from './feedback.ts';
import { documentText, offsetIn, passageText } from './passage-text.ts';

interface Quote {
  passage: HTMLElement;
  start: number;
  end: number;
}

let button: HTMLButtonElement | undefined;
let current: Quote | undefined;

/** The selection, when it lies within one passage's text and holds some words. */
function selectedQuote(): Quote | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
  const range = selection.getRangeAt(0);
  const passage = (range.startContainer.parentElement ?? (range.startContainer as Element)).closest<HTMLElement>('.article-body .passage');
  if (!passage || !passage.contains(range.endContainer)) return undefined;
  const start = offsetIn(passage, range.startContainer, range.startOffset);
  const end = offsetIn(passage, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const text = passageText(passage).slice(start, end);
  if (!text.trim()) return undefined;
  // Trim spaces the selection took in at either end.
  return { passage, start: start + (text.length - text.trimStart().length), end: end - (text.length - text.trimEnd().length) };
}

function ensureButton(): HTMLButtonElement {
  if (button) return button;
  button = document.createElement('button');
  button.type = 'button';
  button.className = 'quote-link-button';
  button.textContent = 'Copy link to quote';
  // Keep the selection when the button is pressed.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', () => void copyQuoteLink());
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  return button;
}

/** Takes the button out of the text and rejoins the text it split. */
function detach(): void {
  const parent = button?.parentNode;
  if (!button || !parent) return;
  button.remove();
  parent.normalize();
}

function hide(): void {
  if (button && document.activeElement !== button) {
    button.hidden = true;
    detach();
  }
  current = undefined;
}

/**
 * Puts the button right after the selected words in the document (so Tab from the
 * selection reaches it next), drawn under them without moving any text.
 */
function show(quote: Quote): void {
  const control = ensureButton();
  detach();
  const end = document.getSelection()!.getRangeAt(0).cloneRange();
  end.collapse(false);
  // Never inside a link (a mention): after it instead.
  const link = (end.endContainer.nodeType === Node.ELEMENT_NODE ? (end.endContainer as Element) : end.endContainer.parentElement)?.closest('a');
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
  current = quote;
}

async function copyQuoteLink(): Promise<void> {
  const quote = current;
  if (!quote) return;
  const text = passageText(quote.passage);
  const { text: pageText, passageStart } = documentText(quote.passage);
  const fragment = directiveFor(pageText, passageStart + quote.start, passageStart + quote.end);
  const words = text.slice(quote.start, quote.end).replace(/\s+/g, ' ');
  const link = quoteLink(window.location.href, quote.passage.id, fragment, { ...contextFor(text, quote.start, quote.end), start: words });
  if (await shareLink(link, 'Link to quote')) {
    if (button) button.hidden = true;
    detach();
    current = undefined;
  }
}

/** Shows or hides the button for the current selection. */
export function updateQuoteButton(): void {
  const quote = selectedQuote();
  if (quote) show(quote);
  else hide();
}
