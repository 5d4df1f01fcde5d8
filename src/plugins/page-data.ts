/**
 * The data our Markdown plugins hand to pages.
 *
 * Plugins write it to `file.data` (typed below). Astro passes only
 * `file.data.astro.frontmatter` on to pages (as `remarkPluginFrontmatter`), so
 * `exposeToPage` writes both places and `readPageData` reads it back, typed, on
 * the other side. The types themselves are the features' own (src/lib).
 */
import type { VFile } from 'vfile';
import type { AnchoredNote } from '../lib/articles/notes.ts';
import type { AnchoredClaim } from '../lib/claims/anchor.ts';
import type { EntityMention } from '../lib/entities/mentions.ts';
import type { Passage } from '../lib/passages/passage.ts';

export interface PageData {
  passages: Passage[];
  anchoredNotes: AnchoredNote[];
  /** Every entity mention in reading order. */
  entityMentions: EntityMention[];
  /** The article's claims in reading order, each with its passage and quoted words (rehype-claim-quotes). */
  anchoredClaims: AnchoredClaim[];
}

declare module 'vfile' {
  interface DataMap extends Partial<PageData> {}
}

export function exposeToPage<Key extends keyof PageData>(file: VFile, key: Key, value: PageData[Key]): void {
  file.data[key] = value as never;
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  file.data.astro.frontmatter[key] = value;
}

/** What the plugins handed on, from a render's frontmatter (Astro's `remarkPluginFrontmatter`); absent parts are empty. */
export function readPageData(frontmatter: Record<string, unknown>): PageData {
  const data = frontmatter as Partial<PageData>;
  return {
    passages: data.passages ?? [],
    anchoredNotes: data.anchoredNotes ?? [],
    entityMentions: data.entityMentions ?? [],
    anchoredClaims: data.anchoredClaims ?? [],
  };
}

/** Frontmatter as Astro handed it to the Markdown processor (validated later by the collection schema). */
export function rawFrontmatter(file: VFile): Record<string, unknown> {
  return (file.data.astro?.frontmatter as Record<string, unknown> | undefined) ?? {};
}

/** A short "where" for error messages: the file path relative to the project. */
export function fileLabel(file: VFile): string {
  const path = file.path || '<markdown>';
  const cwd = typeof process !== 'undefined' ? process.cwd() : '';
  return cwd && path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}
