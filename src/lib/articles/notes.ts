/** An editorial note as rehype-editorial-notes anchored it beside its passage. */
export interface AnchoredNote {
  /** Element id of the note: `note-<passage id>`, with `-2`… for further notes on one passage. */
  id: string;
  /** Passage the note sits beside. */
  passageId: string;
  quote: string;
  note: string;
}
