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

/**
 * How two claims of different articles are tied. Between reports of one fact:
 * `same` (same thing, same terms), `agrees` (compatible, other terms), `differs`
 * (another version: its detail says in what), `contradicts` (cannot both hold).
 * Between positions: `opposes` (one party's position against another party's),
 * `aligns` (two parties hold the same or compatible positions) and `responds-to`
 * (the declaring position answers the other). Across time:
 * `updates`, declared on the later claim, pointing at an earlier report or
 * expectation of something that changed; pages show the time between them.
 */
export const relationTypes = ['same', 'agrees', 'differs', 'contradicts', 'opposes', 'aligns', 'responds-to', 'updates'] as const;
export type RelationType = (typeof relationTypes)[number];

/** What a `differs` or `contradicts` relation is about. */
export const differenceAspects = ['number', 'date', 'place', 'scope', 'hedge', 'attribution', 'verdict'] as const;
export type DifferenceAspect = (typeof differenceAspects)[number];

/**
 * The parties a position can belong to. An entity says which side it speaks for
 * (`side` in content/entities.yaml: the Kremlin, Putin and Medinsky for Russia)
 * without being merged with the others.
 */
export const sides = ['russia', 'ukraine', 'united-states', 'europe', 'turkey', 'china'] as const;
export type Side = (typeof sides)[number];

export const SIDE_LABEL: Record<Side, string> = {
  russia: 'Russia',
  ukraine: 'Ukraine',
  'united-states': 'United States',
  europe: 'Europe',
  turkey: 'Turkey',
  china: 'China',
};

/** The issues a position is about: a closed list, in the order /positions/ shows them. */
export const positionIssues = [
  'territory',
  'recognition',
  'nato',
  'army-limits',
  'security-guarantees',
  'peacekeepers',
  'ceasefire',
  'sanctions',
  'aid',
  'elections',
  'prisoners',
  'minority-rights',
  'reparations',
  'talks',
] as const;
export type PositionIssue = (typeof positionIssues)[number];

/** Each issue's heading and what it covers (the README's list is this one). */
export const ISSUE_LABEL: Record<PositionIssue, { label: string; covers: string }> = {
  territory: { label: 'Territory', covers: 'which land each side keeps, withdrawals, front lines' },
  recognition: { label: 'Recognition', covers: 'legal recognition of annexed land as Russian' },
  nato: { label: 'NATO membership', covers: "Ukraine's membership of NATO and its neutrality" },
  'army-limits': { label: 'Army limits', covers: "caps on Ukraine's armed forces and weapons" },
  'security-guarantees': { label: 'Security guarantees', covers: "guarantees for Ukraine's security after a deal" },
  peacekeepers: { label: 'Peacekeepers', covers: 'foreign troops on Ukrainian soil after a deal' },
  ceasefire: { label: 'Ceasefire', covers: 'a truce: when, for how long, on what terms' },
  sanctions: { label: 'Sanctions', covers: 'sanctions on Russia: new ones, relief, frozen assets' },
  aid: { label: 'Military aid', covers: 'weapons and money for Ukraine' },
  elections: { label: 'Elections', covers: 'elections in Ukraine and the legitimacy of its leaders' },
  prisoners: { label: 'Prisoners and the displaced', covers: 'exchanges of prisoners and bodies, return of children' },
  'minority-rights': { label: 'Language, church and "denazification"', covers: 'Russian speakers, the church, ideology laws' },
  reparations: { label: 'Reparations', covers: 'compensation for the damage of the war' },
  talks: { label: 'Talks', covers: 'format, venue, level and timing of negotiations and summits' },
};

/**
 * `assertedBy: author` stands for the article's own author (or, when the byline
 * names nobody, its outlet): two of the sources are unsigned and have no entity.
 */
export const AUTHOR = 'author';

const claimId = kebabId;

export const claimRelationSchema = z
  .object({
    type: z.enum(relationTypes),
    /** Id of a claim in another article. Declared once, on either side (`updates` on the later one); pages show it on both. */
    claim: claimId,
    /** One line saying why the two are tied, shown beside the relation. */
    reason: nonEmpty,
    /**
     * How the two differ, in a few words each: `here` is what this claim says,
     * `there` what the other says ("at least 40" / "approximately 40"); each side's
     * chip shows the other's words. Required for differs and contradicts.
     */
    detail: z
      .object({ aspect: z.enum(differenceAspects), here: nonEmpty, there: nonEmpty })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.type === 'differs' || value.type === 'contradicts') && !value.detail) {
      context.addIssue({
        code: 'custom',
        path: ['detail'],
        message: `a "${value.type}" relation needs a detail saying in what the claims differ (aspect, here, there)`,
      });
    }
  });

/** A pair the relations suggester proposes that a curator judged not tied. */
export const dismissedTieSchema = z
  .object({
    /** Id of the claim in another article. */
    claim: claimId,
    reason: nonEmpty,
  })
  .strict();

/** One step of an attribution chain: who passed the claim on, and as what ("report", "unnamed officials"). */
export const viaStepSchema = z
  .object({
    entity: kebabIdLike('reuters'),
    as: nonEmpty.optional(),
  })
  .strict();

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;
const isoYear = /^\d{4}$/;

export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/**
 * When the event took place (for a forecast, when it is expected), as precisely as
 * the text says; `basis` records how the date was read ("on Monday", in a report
 * published 2 June 2025), so a relative date can be checked.
 */
export const eventDateSchema = z
  .object({
    /** `2025-06-02`, `2025-06` or `2025`, matching the precision. YAML dates are read as text. */
    date: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string()),
    precision: z.enum(datePrecisions),
    basis: nonEmpty,
  })
  .strict()
  .superRefine((value, context) => {
    const pattern = { day: isoDay, month: isoMonth, year: isoYear }[value.precision];
    const date = new Date(value.precision === 'day' ? value.date : `${value.date}${value.precision === 'month' ? '-01' : '-01-01'}`);
    if (!pattern.test(value.date) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value.date)) {
      context.addIssue({
        code: 'custom',
        path: ['date'],
        message: `must be a real date written ${{ day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[value.precision]} for precision "${value.precision}"`,
      });
    }
  });
export type EventDate = z.infer<typeof eventDateSchema>;

export const claimSchema = z
  .object({
    /** Unique across all articles; the page anchor is `#claim-<id>`. */
    id: claimId,
    /** Verbatim words of the article, within one passage and occurring in exactly one. */
    quote: nonEmpty,
    /** One neutral sentence saying what is claimed, keeping the source's hedges and the strength of its words. */
    summary: nonEmpty,
    kind: z.enum(claimKinds),
    /** Entity id in content/entities.yaml of whoever the claim comes from, or `author`. */
    assertedBy: kebabId,
    /** Who passed it on between the article and `assertedBy`, nearest the article first (NDTV ← Reuters ← negotiators). */
    via: z.array(viaStepSchema).default([]),
    /** Positions only (required there): the side whose position it is. */
    party: z.enum(sides).optional(),
    /** Positions only (required there): what the position is about. */
    issue: z.enum(positionIssues).optional(),
    /** When the reported event happened, or when a forecast expects it. */
    when: eventDateSchema.optional(),
    topic: z.enum(claimTopics),
    /** Claim-level editorial context. */
    note: nonEmpty.optional(),
    relations: z.array(claimRelationSchema).default([]),
    /** Candidate ties judged unrelated, so the relations suggester stops proposing them. */
    dismissed: z.array(dismissedTieSchema).default([]),
  })
  .strict()
  .superRefine((claim, context) => {
    for (const field of ['party', 'issue'] as const) {
      if (claim.kind === 'position' && !claim[field]) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `a position needs its ${field} (${field === 'party' ? sides.join(', ') : 'one of the issues in src/lib/claims/schema.ts'})`,
        });
      }
      if (claim.kind !== 'position' && claim[field]) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `only a claim of kind "position" has ${field === 'issue' ? 'an' : 'a'} ${field}; this one is "${claim.kind}"`,
        });
      }
    }
  });

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
export type ClaimRelation = z.infer<typeof claimRelationSchema>;
export type ViaStep = z.infer<typeof viaStepSchema>;
