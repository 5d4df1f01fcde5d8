/** Claims and articles for tests: only ids, quotes and text matter unless a test says otherwise. */

import { anchorClaims } from '../../src/lib/claims/anchor.ts';
import type { Claim } from '../../src/lib/claims/schema.ts';
import type { ClaimedArticle } from '../../src/lib/claims/views.ts';

export const claim = (id: string, quote: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  quote,
  summary: 'S.',
  kind: 'figure',
  assertedBy: 'author',
  topic: 'military-operations',
  via: [],
  relations: [],
  dismissed: [],
  ...extra,
});

/** An article of one passage holding `text`, its claims anchored in it, as claims/views.ts takes it. */
export function claimedArticle(
  slug: string,
  text: string,
  claims: Claim[],
  {
    sourceName = slug.toUpperCase(),
    published = '2025-06-02',
    title = slug,
  }: { sourceName?: string; published?: string; title?: string } = {},
): ClaimedArticle {
  return {
    slug,
    url: `/articles/${slug}/`,
    title,
    sourceName,
    published,
    author: { name: `${sourceName} author`, href: `/sources/#${slug}`, type: 'Organization' },
    anchored: anchorClaims(slug, claims, [{ id: `${slug}-p`, text }]).anchored,
  };
}
