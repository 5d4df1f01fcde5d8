/** A passage: the unit the reader links to, shares and searches. */
export type PassageKind = 'paragraph' | 'list-item' | 'blockquote' | 'heading';

export interface Passage {
  /** Stable, content-derived id (see `src/lib/passages/id.ts`). */
  id: string;
  kind: PassageKind;
  /** Plain text of the passage as rendered, with whitespace collapsed. */
  text: string;
  /** Heading level for headings (2–6). */
  depth?: number;
  /** Retired ids (from the passage ledger) that now land on this passage. */
  aliases?: string[];
}
