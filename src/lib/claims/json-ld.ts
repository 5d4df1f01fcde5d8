/**
 * schema.org Claim objects, and the one graph of them that /claims/ publishes
 * (article pages carry their NewsArticle only: every claim's @id is its place in
 * the article's sidebar). No verdicts: we publish no ClaimReview.
 */
import type { ClaimView } from './views.ts';

/** schema.org Claim: what it says, its words, who made it and where it appears. */
export function claimJsonLd(view: ClaimView, site: URL | string): Record<string, unknown> {
  return {
    '@type': 'Claim',
    '@id': new URL(view.href, site).href,
    name: view.claim.summary,
    text: view.claim.quote,
    appearance: new URL(view.passageHref, site).href,
    author: { '@type': view.asserter.type, name: view.asserter.name, url: new URL(view.asserter.href, site).href },
  };
}

/** One JSON-LD document holding a Claim for each view, in the order given. */
export function claimsGraph(views: Iterable<ClaimView>, site: URL | string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': [...views].map((view) => claimJsonLd(view, site)) };
}
