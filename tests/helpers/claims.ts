/** A claim for tests: only its id and quote matter unless a test says otherwise. */
import type { Claim } from '../../src/lib/claims/schema.ts';

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
