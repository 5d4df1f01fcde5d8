/** One mention of a registry entity, as rehype-entity-mentions found it. */
export interface EntityMention {
  entityId: string;
  /** Passage the mention sits in. */
  passageId: string;
  /** The words exactly as the source wrote them ("Whitkov", "Kiev"). */
  text: string;
  /** `name` for a mention, `demonym` for an adjective such as "Russian" (counted apart). */
  form: 'name' | 'demonym';
  /** Where the words stand in the passage's `text`: `text.slice(start, end)` is them, whitespace collapsed. */
  start: number;
  end: number;
}
