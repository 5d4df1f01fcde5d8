/**
 * The article page's script. Reading needs none of it: it adds copy/share
 * buttons, and loads the quote-link code only when it is needed (a selection in
 * the text, or a link that quotes words).
 */
import './claim-highlight.ts';
import './entity-highlight.ts';
import { enhancePassageLinks } from './passage-links.ts';

enhancePassageLinks();
document.documentElement.classList.add('js');

if (/[?&]quote=/.test(window.location.search)) {
  void import('./quote-highlight.ts').then(({ highlightQuoteFromUrl }) => highlightQuoteFromUrl());
}

let pending: number | undefined;
const onSelection = () => {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    const selection = document.getSelection();
    const inText = selection && !selection.isCollapsed && selection.anchorNode?.parentElement?.closest('.article-body');
    if (!inText && !document.querySelector('.quote-link-button:not([hidden])')) return;
    void import('./quote-share.ts').then(({ updateQuoteButton }) => updateQuoteButton());
  }, 120);
};
document.addEventListener('selectionchange', onSelection);
