/** What the comparison pages need, loaded once per build: the claims with their rows (built once, in loadClaims) and the stories. */
import { type ClaimLibrary, loadClaims } from '../claims/load.ts';
import { loadStories } from '../stories/load.ts';
import type { Story } from '../stories/schema.ts';

export interface Comparison {
  library: ClaimLibrary;
  stories: Story[];
}

let cache: Promise<Comparison> | undefined;

export function loadComparison(): Promise<Comparison> {
  cache ??= loadClaims().then((library) => ({ library, stories: loadStories() }));
  return cache;
}
