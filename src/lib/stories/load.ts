/** Reads content/stories.yaml (no file: no stories) and checks it against the articles there are. */
import { existsSync, readFileSync } from 'node:fs';
import { articleFileSlugs } from '../articles/load-checks.ts';
import { CONTENT } from '../content-root.ts';
import { parseStoriesFile } from './checks.ts';
import type { Story } from './schema.ts';

export const STORIES_FILE = CONTENT.stories;

/** Every story, checked; throws naming file, story, field and value. */
export function loadStories(file: string = STORIES_FILE): Story[] {
  if (!existsSync(file)) return [];
  return parseStoriesFile(file, readFileSync(file, 'utf8'), new Set(articleFileSlugs()));
}
