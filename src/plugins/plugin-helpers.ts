/** Small helpers every plugin of ours shares, so each rule is written once. */
import type { Element } from 'hast';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { VFile } from 'vfile';
import type { Passage } from '../lib/passages/passage.ts';
import { fileLabel } from './page-data.ts';

/** An element's class names, whatever form hast holds them in. */
export function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

export function hasClass(element: Element, name: string): boolean {
  return classNames(element).includes(name);
}

export function addClass(element: Element, name: string): void {
  element.properties.className = [...classNames(element), name];
}

/** The passages rehype-passage-ids recorded; a plugin that needs them fails clearly when run before it. */
export function passagesOf(file: VFile, plugin: string): Passage[] {
  const passages = file.data.passages;
  if (!passages) throw new Error(`${fileLabel(file)}: ${plugin} must run after rehype-passage-ids`);
  return passages;
}

/** The article's slug: its file name without the extension (`'article'` for text with no file). */
export function fileSlug(file: VFile): string {
  return basename(file.path || 'article', extname(file.path || ''));
}

const bodyOffsets = new Map<string, { modified: number; offset: number }>();

/**
 * How many lines of the file come before the Markdown body (the frontmatter):
 * positions in the tree count from the body's first line, messages from the file's.
 */
export function bodyLineOffset(file: VFile): number {
  if (!file.path || !existsSync(file.path)) return 0;
  const modified = statSync(file.path).mtimeMs;
  const known = bodyOffsets.get(file.path);
  if (known?.modified === modified) return known.offset;
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(file.path, 'utf8'))?.[0] ?? '';
  const offset = frontmatter.split('\n').length - 1;
  bodyOffsets.set(file.path, { modified, offset });
  return offset;
}
