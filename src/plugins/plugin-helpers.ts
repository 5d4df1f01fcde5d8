/** Small helpers every plugin of ours shares, so each rule is written once. */
import type { Element } from 'hast';
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
