/**
 * Finds the lexicon's wordings in passage texts with the entity matcher's rules
 * (src/lib/entities/matcher.ts: whole words, possessives outside, quotes and
 * dashes of any style, longest match first), a lowercase form also matching
 * with a capital first letter. Pure.
 */
import { type EntityMatcher, type Term, compileTerms, findMentions } from '../entities/matcher.ts';
import { type FramingLexicon, wordingForms } from './schema.ts';

export interface FramingPassage {
  slug: string;
  passageId: string;
  text: string;
}

/** One use of a wording in a passage. */
export interface WordingUse {
  conceptId: string;
  /** The wording's `text` in the lexicon. */
  wording: string;
  slug: string;
  passageId: string;
  /** The words exactly as written. */
  text: string;
  start: number;
  end: number;
}

/** One matcher per concept, so concepts may overlap ("Zelenskiy" is a spelling, "President Volodymyr Zelenskiy" a title). */
export interface LexiconMatcher {
  concepts: {
    conceptId: string;
    wordings: EntityMatcher;
    /** The `except` quotes, keyed like the wordings, so a use inside one is dropped. */
    exceptions: EntityMatcher;
    /** Wording text by key. */
    keys: Map<string, string>;
  }[];
}

const keyOf = (conceptId: string, position: number): string => `${conceptId}#${position}`;

export function compileLexicon(lexicon: Pick<FramingLexicon, 'concepts'>): LexiconMatcher {
  return {
    concepts: lexicon.concepts.map((concept) => {
      const keys = new Map<string, string>();
      const terms: Term[] = [];
      const exceptions: Term[] = [];
      concept.wordings.forEach((wording, position) => {
        const key = keyOf(concept.id, position);
        keys.set(key, wording.text);
        for (const alias of wordingForms(wording)) terms.push({ entityId: key, alias, form: 'name' });
        for (const { quote } of wording.except) exceptions.push({ entityId: key, alias: quote, form: 'name' });
      });
      const options = { sentenceCase: true };
      return { conceptId: concept.id, wordings: compileTerms(terms, options), exceptions: compileTerms(exceptions, options), keys };
    }),
  };
}

/** Every use of a wording in the passages: per concept in order, none overlapping, none inside one of its wording's exceptions. */
export function findWordingUses(matcher: LexiconMatcher, passages: readonly FramingPassage[]): WordingUse[] {
  return matcher.concepts.flatMap((concept) =>
    passages.flatMap((passage) => {
      const excepted = findMentions(concept.exceptions, passage.text);
      return findMentions(concept.wordings, passage.text)
        .filter((use) => !excepted.some((span) => span.entityId === use.entityId && span.start <= use.start && use.end <= span.end))
        .map((use): WordingUse => ({
          conceptId: concept.conceptId,
          wording: concept.keys.get(use.entityId)!,
          slug: passage.slug,
          passageId: passage.passageId,
          text: use.text,
          start: use.start,
          end: use.end,
        }));
    }),
  );
}

/** `except` quotes found in no passage (each names its concept and wording), so a stale exception fails the build. */
export function unusedExceptions(lexicon: Pick<FramingLexicon, 'concepts'>, passages: readonly FramingPassage[]): string[] {
  const found = new Set(
    compileLexicon(lexicon).concepts.flatMap(({ exceptions }) =>
      passages.flatMap((passage) => findMentions(exceptions, passage.text).map((span) => `${span.entityId}\0${span.alias}`)),
    ),
  );
  return lexicon.concepts.flatMap((concept) =>
    concept.wordings.flatMap((wording, position) =>
      wording.except
        .filter(({ quote }) => !found.has(`${keyOf(concept.id, position)}\0${quote}`))
        .map(({ quote }) => `concept "${concept.id}": wording "${wording.text}": except quote "${quote}" is in no passage`),
    ),
  );
}
