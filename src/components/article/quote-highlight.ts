/**
 * Arriving on a quote link: highlights the quoted words (where the browser has
 * no text-fragment support, and always so the highlight survives edits), re-anchors
 * them when the text has changed, or says that they have changed. Loaded only
 * by <article-body> when the URL carries a `quote` parameter.
 */
import { matchQuote } from '../../lib/quotes/match.ts';
import { parseTextDirective } from '../../lib/quotes/text-fragment.ts';
import { fragmentId } from '../../lib/quotes/url-parts.ts';
import { passageElements, passageText, rangeIn } from './passage-text.ts';

const HIGHLIGHT = 'quoted-text';

function highlight(range: Range): void {
  if ('highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    return;
  }
  // No CSS Custom Highlight API: wrap each text piece of the range in <mark>.
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const pieces: Text[] = [];
  for (let node = walker.currentNode; node; node = walker.nextNode()!) {
    if (node.nodeType === Node.TEXT_NODE && range.intersectsNode(node)) pieces.push(node as Text);
    if (!walker.nextSibling && !walker.firstChild && !walker.parentNode) break;
  }
  for (const piece of pieces) {
    const start = piece === range.startContainer ? range.startOffset : 0;
    const end = piece === range.endContainer ? range.endOffset : piece.data.length;
    const middle = piece.splitText(start);
    middle.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'quote-mark';
    middle.replaceWith(mark);
    mark.append(middle);
  }
}

/** Says what became of the quoted words, before the passage (or atop the text when there is none). */
function notice(root: HTMLElement, before: Element | null, message: string, quote?: string, found?: string): void {
  const box = document.createElement('div');
  box.className = 'quote-notice';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = message;
  box.append(text);
  if (quote) {
    const original = document.createElement('blockquote');
    original.textContent = quote;
    box.append(original);
  }
  if (found) {
    // What stands there now, so the reader sees what was re-anchored even before finding the highlight.
    const label = document.createElement('p');
    label.textContent = 'The closest words now, highlighted below:';
    const closest = document.createElement('blockquote');
    closest.className = 'quote-found';
    closest.textContent = found;
    box.append(label, closest);
  }
  if (before?.parentElement) before.parentElement.insertBefore(box, before);
  else root.querySelector('.article-body')?.prepend(box);
}

/** Highlights the words the URL quotes among the passages of `root` (an article body). */
export function highlightQuoteFromUrl(root: HTMLElement): void {
  const raw = /[?&]quote=([^&#]*)/.exec(window.location.search)?.[1];
  const directive = raw ? parseTextDirective(raw) : undefined;
  if (!directive) return;
  const quote = directive.end ? `${directive.start} … ${directive.end}` : directive.start;
  const passageId = fragmentId(window.location.hash);
  const elements = passageElements(root);
  const target = passageId ? document.getElementById(passageId) : null;
  const passage = target?.classList.contains('passage') ? target : target?.closest<HTMLElement>('.passage');
  const match = matchQuote(
    elements.map((element) => ({ id: element.id, text: passageText(element) })),
    { quote: directive.start, prefix: directive.prefix, suffix: directive.suffix, passageId: passage?.id },
  );
  if (match.status === 'missing') {
    notice(
      root,
      passage ?? null,
      'The words this link quotes are no longer in the article; it may have been corrected since the link was made. They were:',
      quote,
    );
    passage?.scrollIntoView({ block: 'center' });
    return;
  }
  const element = elements.find((candidate) => candidate.id === match.passageId)!;
  highlight(rangeIn(element, match.start, match.end));
  if (match.status === 'approximate') {
    const found = passageText(element).slice(match.start, match.end);
    notice(root, element, 'The quoted words have changed since this link was made. The link quoted:', quote, found);
  }
  element.scrollIntoView({ block: 'center' });
}
