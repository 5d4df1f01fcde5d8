/** Reads content/stories.yaml (no file: no stories) and checks it against the articles there are. */
import { existsSync, readFileSync } from 'node:fs';
import { articleFileSlugs } from '../articles/load-checks.ts';
import { CONTENT } from '../content-root.ts';
import { parseStoriesFile } from './checks.ts';
import type { Story } from './schema.ts';

export const STORIES_FILE = CONTENT.stories;

let parsed: { key: string; stories: Story[] } | undefined;

/**
 * Every story, checked; throws naming file, story, field and value. Parsed once while the file and the
 * articles stay as they are: every claims, comparison and story page of an archive asks for them.
 */
export function loadStories(file: string = STORIES_FILE): Story[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const slugs = articleFileSlugs();
  const key = [file, text, ...slugs].join('\0');
  if (parsed?.key !== key) parsed = { key, stories: parseStoriesFile(file, text, new Set(slugs)) };
  return parsed.stories;
}
