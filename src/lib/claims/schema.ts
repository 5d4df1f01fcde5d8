/**
 * The shape of a claims file (content/claims/<article slug>.yaml): the single
 * source of truth for the claim-marking plugin, the pages and the suggest command.
 */
import { z } from 'astro/zod';

import { kebabId as kebabIdLike, nonEmpty } from '../schema-parts.ts';

const kebabId = kebabIdLike('ndtv-spiders-web-bombers');

export const claimKinds = ['figure', 'event', 'position', 'forecast', 'assessment'] as const;
export type ClaimKind = (typeof claimKinds)[number];

export const CLAIM_KIND_LABEL: Record<ClaimKind, string> = {
  figure: 'Figure',
  event: 'Event or fact',
  position: 'Position or demand',
  forecast: 'Forecast',
  assessment: 'Assessment',
};

/** The controlled topic list; pages list topics in this order. */
export const claimTopics = [
  'negotiations',
  'territory',
  'ceasefire',
  'prisoner-exchanges',
  'sanctions',
  'security-guarantees',
  'military-operations',
  'ukraine-state',
  'us-role',
] as const;
export type ClaimTopic = (typeof claimTopics)[number];

export const CLAIM_TOPIC_LABEL: Record<ClaimTopic, string> = {
  negotiations: 'Negotiations',
  territory: 'Territory',
  ceasefire: 'Ceasefire and peace deal',
  'prisoner-exchanges': 'Prisoner exchanges',
  sanctions: 'Sanctions',
  'security-guarantees': 'Security, NATO and guarantees',
  'military-operations': 'Military operations',
  'ukraine-state': "Ukraine's army, state and politics",
  'us-role': 'The US role',
};

export const relationTypes = ['same-as', 'agrees-with', 'differs-from', 'contradicts'] as const;
export type RelationType = (typeof relationTypes)[number];

/**
 * `assertedBy: author` stands for the article's own author (or, when the byline
 * names nobody, its outlet): two of the sources are unsigned and have no entity.
 */
export const AUTHOR = 'author';

export const claimRelationSchema = z
  .object({
    type: z.enum(relationTypes),
    /** Id of a claim in another article. Declared once, on either side; pages show it on both. */
    claim: kebabId,
    /**
     * How the two differ, in a few words each: `here` is what this claim says,
     * `there` what the other says ("at least 40" / "approximately 40"); each side's
     * chip shows the other's words. Required for differs-from and contradicts.
     */
    detail: z.object({ here: nonEmpty, there: nonEmpty }).strict().optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.type === 'differs-from' || value.type === 'contradicts') && !value.detail) {
      context.addIssue({
        code: 'custom',
        path: ['detail'],
        message: `a "${value.type}" relation needs a detail saying how the claims differ`,
      });
    }
  });

export const claimSchema = z
  .object({
    /** Unique across all articles; the page anchor is `#claim-<id>`. */
    id: kebabId,
    /** Verbatim words of the article, within one passage and occurring in exactly one. */
    quote: nonEmpty,
    /** One neutral sentence saying what is claimed. */
    summary: nonEmpty,
    kind: z.enum(claimKinds),
    /** Entity id in content/entities.yaml of whoever makes the claim, or `author`. */
    assertedBy: kebabId,
    topic: z.enum(claimTopics),
    /** Claim-level editorial context. */
    note: nonEmpty.optional(),
    relations: z.array(claimRelationSchema).default([]),
  })
  .strict();

export const dismissedSentenceSchema = z
  .object({
    /** Verbatim words of the sentence (enough of it to be found in exactly one sentence). */
    sentence: nonEmpty,
    /** Why it carries no claim. */
    reason: nonEmpty,
  })
  .strict();

export const claimsFileSchema = z
  .object({
    claims: z.array(claimSchema).default([]),
    /** Sentences the suggest command scores high that were deliberately not annotated. */
    dismissed: z.array(dismissedSentenceSchema).default([]),
  })
  .strict();

export type Claim = z.infer<typeof claimSchema>;
export type DismissedSentence = z.infer<typeof dismissedSentenceSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
