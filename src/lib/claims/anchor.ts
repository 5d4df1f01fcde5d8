/** Anchors each claim of an article to the one passage and the words its quote names. Pure. */
import type { Claim } from './schema.ts';
import { type AnchorablePassage, anchorQuote, describeAnchorFailure, quoteOccurrences } from '../quotes/anchor.ts';

export interface AnchoredClaim {
  claim: Claim;
  passageId: string;
  /** Raw offsets of the quoted words in the passage's text. */
  start: number;
  end: number;
}

/**
 * Finds each claim's passage and words; claims come back in reading order
 * (passage, then position in it). A quote must occur exactly once in the whole
 * article, or the claim is reported with the closest passage.
 */
export function anchorClaims(
  where: string,
  claims: readonly Claim[],
  passages: readonly AnchorablePassage[],
): { anchored: AnchoredClaim[]; problems: string[] } {
  const order = new Map(passages.map((passage, index) => [passage.id, index]));
  const anchored: AnchoredClaim[] = [];
  const problems: string[] = [];
  for (const claim of claims) {
    const anchor = anchorQuote(claim.quote, passages);
    if (anchor.status !== 'found') {
      problems.push(`${where}: claim "${claim.id}": ${describeAnchorFailure(anchor, claim.quote)}`);
      continue;
    }
    const spans = quoteOccurrences(anchor.passage.text, claim.quote);
    if (spans.length !== 1) {
      problems.push(
        `${where}: claim "${claim.id}": the quote ${JSON.stringify(claim.quote)} occurs ${spans.length} times in passage #${anchor.passage.id}; quote more words so it occurs once`,
      );
      continue;
    }
    anchored.push({ claim, passageId: anchor.passage.id, ...spans[0]! });
  }
  anchored.sort((a, b) => order.get(a.passageId)! - order.get(b.passageId)! || a.start - b.start);
  return { anchored, problems };
}
