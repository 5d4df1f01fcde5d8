/** An editorial note as rehype-editorial-notes anchored it beside its passage. */
import { anchorQuote, type AnchorablePassage, quoteOccurrences } from '../quotes/anchor.ts';
import { type EditorialNote, NOTE_KIND_LABEL, type NoteKind } from './schema.ts';
import { notePath } from '../routes.ts';

export interface AnchoredNote {
  /** Element id of the note: `note-<passage id>`, with `-2`… for further notes on one passage. */
  id: string;
  /** Passage the note sits beside. */
  passageId: string;
  quote: string;
  note: string;
  kind: NoteKind;
  /** [start, end) of the quoted words in the passage's text. */
  start: number;
  end: number;
}

/** A note as a claim that shares its words shows it: kind, text, and the note beside its passage. */
export interface ClaimNote {
  kind: NoteKind;
  /** "Places and directions". */
  kindLabel: string;
  quote: string;
  note: string;
  /** The note on the article page. */
  href: string;
}

/** The notes whose quoted words overlap a claim's (same passage, overlapping offsets), in reading order. */
export function notesOnClaim(
  slug: string,
  notes: readonly AnchoredNote[],
  claim: { passageId: string; start: number; end: number },
): ClaimNote[] {
  return notes
    .filter((note) => note.passageId === claim.passageId && note.start < claim.end && note.end > claim.start)
    .map((note) => ({
      kind: note.kind,
      kindLabel: NOTE_KIND_LABEL[note.kind].label,
      quote: note.quote,
      note: note.note,
      href: notePath(slug, note.id),
    }));
}

/** Words an editorial note marks as a slip for some entities: their names there are no mentions. */
export interface SlipSpan {
  /** Index of the note in the frontmatter's `notes`, for error messages. */
  note: number;
  passageId: string;
  /** [start, end) in the passage's text. */
  start: number;
  end: number;
  entityIds: string[];
}

/**
 * The spans of passage text that notes with `notMentions` cover ("Helsinki (France)"
 * does not speak of France). Notes whose quote is not found are left to the notes plugin, which fails on them.
 */
export function slipSpans(
  notes: readonly Pick<EditorialNote, 'quote' | 'notMentions'>[],
  passages: readonly AnchorablePassage[],
): SlipSpan[] {
  return notes.flatMap((note, index) => {
    if (!note.notMentions.length) return [];
    const anchor = anchorQuote(note.quote, passages);
    if (anchor.status !== 'found') return [];
    return quoteOccurrences(anchor.passage.text, note.quote).map((span) => ({
      note: index,
      passageId: anchor.passage.id,
      ...span,
      entityIds: [...note.notMentions],
    }));
  });
}

/** The slip span a mention falls in, if its entity is one the span excludes. */
export function slipOf(spans: readonly SlipSpan[], mention: { passageId: string; entityId: string; start: number; end: number }) {
  return spans.find(
    (span) =>
      span.passageId === mention.passageId &&
      span.entityIds.includes(mention.entityId) &&
      mention.start >= span.start &&
      mention.end <= span.end,
  );
}
