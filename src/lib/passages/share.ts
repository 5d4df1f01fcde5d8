/** What a passage's share page says, and where it points. Pure, so pages and tests agree. */
import type { Passage } from './passage.ts';
import { truncate } from '../text.ts';

export interface ShareTarget {
  /** The id in the share URL: a passage's current id or a retired one. */
  id: string;
  /** The passage it lands on. */
  passage: Passage;
}

/** One share target per current passage and per retired id still resolving to one. */
export function shareTargets(passages: readonly Passage[]): ShareTarget[] {
  return passages.flatMap((passage) => [passage.id, ...(passage.aliases ?? [])].map((id) => ({ id, passage })));
}

/** The preview description: the passage text, up to about 200 characters, with an ellipsis when cut. */
export function shareDescription(text: string, max = 200): string {
  return truncate(text, max);
}
