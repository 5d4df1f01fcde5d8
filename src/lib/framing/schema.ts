/**
 * The shape of content/framing.yaml, the framing lexicon: the things the sources
 * name differently (the war, the annexed regions, the leaders, contested place
 * names…), each with the wordings the texts use, and the words the candidates
 * command finds that deliberately have no place in it. The single source of truth
 * for the build, the pages and `npm run framing:candidates`.
 */
import { z } from 'astro/zod';

import { kebabId, nonEmpty } from '../schema-parts.ts';

/** What kind of difference a concept's wordings make, in the order the page explains them. */
export const framingCategories = ['naming', 'spelling', 'loaded-word', 'distancing', 'hedging', 'voice'] as const;
export type FramingCategory = (typeof framingCategories)[number];

/** What the candidates command looks for (src/lib/framing/candidates.ts). */
export const candidateKinds = ['evaluative', 'scare-quote', 'voice', 'hedging', 'attribution'] as const;
export type CandidateKind = (typeof candidateKinds)[number];

const exceptionSchema = z
  .object({
    /** Verbatim words of one passage holding the wording where it does not mean the concept. */
    quote: nonEmpty,
    reason: nonEmpty,
  })
  .strict();

export const wordingSchema = z
  .object({
    /** The wording as the page shows it ("Kiev", "the conflict"). */
    text: nonEmpty,
    /**
     * Every form matched, spelled as written (default: `text` alone). Matched by the entity
     * matcher's rules: whole words, possessives outside, quotes and dashes of any style, longest
     * match first; a lowercase form also matches with a capital first letter.
     */
    forms: z.array(nonEmpty).min(1, 'needs at least one form').optional(),
    /** A short neutral gloss ("attributed to Ukraine", "the Russian transliteration"). */
    note: nonEmpty.optional(),
    /** Places where the words mean something else ("the conflict" of Karabakh). */
    except: z.array(exceptionSchema).default([]),
  })
  .strict();

export const conceptSchema = z
  .object({
    /** Anchor on `/framing/` (`/framing/#kyiv`). */
    id: kebabId('the-war'),
    /** What is named, in our words ("What the war is called"). */
    name: nonEmpty,
    category: z.enum(framingCategories),
    /** One neutral line: what the concept is and what the choice of words can signal. */
    description: nonEmpty,
    wordings: z.array(wordingSchema).min(1, 'needs at least one wording'),
  })
  .strict();

export const dismissedSchema = z
  .object({
    /** The candidate as the command prints it, in lowercase ("reportedly", "walk away"). */
    word: nonEmpty,
    kind: z.enum(candidateKinds),
    reason: nonEmpty,
  })
  .strict();

export const framingFileSchema = z
  .object({
    concepts: z.array(conceptSchema).default([]),
    dismissed: z.array(dismissedSchema).default([]),
  })
  .strict();

export type Wording = z.infer<typeof wordingSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type DismissedCandidate = z.infer<typeof dismissedSchema>;
export type FramingLexicon = z.infer<typeof framingFileSchema>;

/** The forms a wording matches. */
export const wordingForms = (wording: Pick<Wording, 'text' | 'forms'>): string[] => wording.forms ?? [wording.text];
