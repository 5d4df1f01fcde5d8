/**
 * Arriving from a search result (`?q=<the matched words>#<passage>`): highlights
 * those words in the passage, read with the search's own tokenizer so "Kyiv's"
 * matches "kyiv" as it did in the results. Loaded only by <article-body> when
 * the URL carries `q`. Uses the CSS Custom Highlight API; without it the passage
 * is still lit as the link's target.
 */
import { forEachToken } from '../../lib/search/normalize.ts';
import { fragmentId } from '../../lib/quotes/url-parts.ts';
import { passageText, rangeIn } from './passage-text.ts';

export function highlightSearchedWords(root: HTMLElement): void {
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  const target = document.getElementById(fragmentId(window.location.hash));
  const passage = target?.classList.contains('passage') ? target : target?.closest<HTMLElement>('.passage');
  if (!query || !passage || !root.contains(passage) || !('highlights' in CSS)) return;
  const wanted = new Set<string>();
  forEachToken(query, (term) => void wanted.add(term));
  const ranges: Range[] = [];
  forEachToken(passageText(passage), (term, start, end) => {
    if (wanted.has(term)) ranges.push(rangeIn(passage, start, end));
  });
  if (ranges.length) CSS.highlights.set('searched-words', new Highlight(...ranges));
}
