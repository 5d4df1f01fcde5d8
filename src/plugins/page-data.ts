/**
 * The data our Markdown plugins hand to pages.
 *
 * Plugins write it to `file.data` (typed below). Astro passes only
 * `file.data.astro.frontmatter` on to pages (as `remarkPluginFrontmatter`), so
 * `exposeToPage` writes both places.
 */
import type { VFile } from 'vfile';
import type { AnchoredClaim } from '../lib/claim-checks.ts';

export type PassageKind = 'paragraph' | 'list-item' | 'blockquote' | 'heading';

export interface Passage {
  /** Stable, content-derived id (see `src/lib/passage-id.ts`). */
  id: string;
  kind: PassageKind;
  /** Plain text of the passage as rendered, with whitespace collapsed. */
  text: string;
  /** Heading level for headings (2–6). */
  depth?: number;
  /** Retired ids (from the passage ledger) that now land on this passage. */
  aliases?: string[];
}

export interface AnchoredNote {
  /** Element id of the note: `note-<passage id>`, with `-2`… for further notes on one passage. */
  id: string;
  /** Passage the note sits beside. */
  passageId: string;
  quote: string;
  note: string;
}

/** One mention of a registry entity, as rehype-entity-mentions found it. */
export interface EntityMention {
  entityId: string;
  /** Passage the mention sits in. */
  passageId: string;
  /** The words exactly as the source wrote them ("Whitkov", "Kiev"). */
  text: string;
  /** `name` for a mention, `demonym` for an adjective such as "Russian" (counted apart). */
  form: 'name' | 'demonym';
}

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
