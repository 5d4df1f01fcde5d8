/**
 * schema.org Claim objects, and the one graph of them that both the claims pages
 * and the article pages publish. No verdicts: we publish no ClaimReview.
 */
import type { ClaimView } from './views.ts';

export interface ClaimJsonLdOptions {
  /** With the quote and the asserter's page, as on /claims/ (default); article pages leave them out to keep their weight down. */
  full?: boolean;
}

/** schema.org Claim: who made it and where it appears. */
export function claimJsonLd(view: ClaimView, site: URL | string, { full = true }: ClaimJsonLdOptions = {}): Record<string, unknown> {
  return {
    '@type': 'Claim',
    '@id': new URL(view.href, site).href,
    name: view.claim.summary,
    ...(full ? { text: view.claim.quote } : {}),
    appearance: new URL(view.passageHref, site).href,
    author: { '@type': view.asserter.type, name: view.asserter.name, ...(full ? { url: new URL(view.asserter.href, site).href } : {}) },
  };
}

/** One JSON-LD document holding a Claim for each view, in the order given. */
export function claimsGraph(views: Iterable<ClaimView>, site: URL | string, options: ClaimJsonLdOptions = {}): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': [...views].map((view) => claimJsonLd(view, site, options)) };
}
