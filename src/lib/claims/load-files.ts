/**
 * Reads the claims files, content/claims/<article slug>.yaml. Not a content
 * collection: the marking plugin needs an article's claims while its Markdown
 * renders, before and outside astro:content (as with the entity registry), so
 * the plugin, the library and the suggest command all read the files here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseClaimsFile } from './checks.ts';
import type { ClaimsFile } from './schema.ts';
import { CONTENT } from '../content-root.ts';

export const CLAIMS_DIRECTORY = CONTENT.claims;

export function claimsFilePath(slug: string, directory: string = CLAIMS_DIRECTORY): string {
  return join(directory, `${slug}.yaml`);
}

const cache = new Map<string, { modified: number; file: ClaimsFile }>();

/** One article's claims; an article with no file has none. Re-read only when the file changed. */
export function loadClaimsFile(slug: string, directory: string = CLAIMS_DIRECTORY): ClaimsFile {
  const path = claimsFilePath(slug, directory);
  if (!existsSync(path)) return { claims: [], dismissed: [] };
  const modified = statSync(path).mtimeMs;
  const known = cache.get(path);
  if (known?.modified === modified) return known.file;
  const file = parseClaimsFile(path, readFileSync(path, 'utf8'));
  cache.set(path, { modified, file });
  return file;
}

/** Slugs that have a claims file, sorted. */
export function claimFileSlugs(directory: string = CLAIMS_DIRECTORY): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}
