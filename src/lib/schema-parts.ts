/** Small zod pieces every content schema uses, so their rules and messages stay one. */
import { z } from 'astro/zod';

/** A trimmed string with something in it. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A kebab-case id such as `example`; the message shows that example. */
export function kebabId(example: string) {
  return z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `must be a kebab-case id such as "${example}"`);
}
