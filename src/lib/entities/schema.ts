/**
 * The shape of the entity registry (content/entities.yaml): the single source of
 * truth for the `entities` collection, the mention plugin and the candidates command.
 */
import { z } from 'astro/zod';

import { kebabId, nonEmpty } from '../schema-parts.ts';
import { sides } from '../claims/schema.ts';

const entityId = kebabId('donald-trump');

export const entityTypes = ['person', 'organisation', 'place', 'event', 'agreement'] as const;
export type EntityType = (typeof entityTypes)[number];

/** Headings for each type, in the order pages list them. */
export const ENTITY_TYPE_LABEL: Record<EntityType, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  agreement: 'Agreements and documents',
};

export const entitySchema = z
  .object({
    id: entityId,
    /** Canonical name, in the registry's own spelling (which a source may not use). */
    name: nonEmpty,
    type: z.enum(entityTypes),
    /** One neutral line: role and country, or what and where. */
    description: nonEmpty,
    /** Every form the texts use, spelled exactly as written (misspellings included); these are what the matcher finds. */
    aliases: z.array(nonEmpty).min(1, 'needs at least one alias as written in the texts'),
    /** Adjectives and demonyms ("Russian"): found and counted apart, never as mentions of the name. */
    demonyms: z.array(nonEmpty).default([]),
    wikidata: z
      .string()
      .regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q7747"')
      .optional(),
    /** Id of an entity this one lies within or belongs to (Kursk Oblast → Russia). */
    partOf: entityId.optional(),
    /** The party this entity speaks for (the Kremlin, Putin, Medinsky: russia); positions it states count as that side's. */
    side: z.enum(sides).optional(),
    /** Id of this entity's card in content/sources.yaml, when it is also a source (an outlet, an author). */
    source: nonEmpty.optional(),
  })
  .strict();

export const ignoredNameSchema = z
  .object({
    /** A capitalised name the candidates command may find that deliberately has no entity. */
    name: nonEmpty,
    why: nonEmpty,
  })
  .strict();

export const registryFileSchema = z
  .object({
    entities: z.array(z.unknown()),
    ignore: z.array(ignoredNameSchema).default([]),
  })
  .strict();

export type Entity = z.infer<typeof entitySchema>;
export type IgnoredName = z.infer<typeof ignoredNameSchema>;

export interface EntityRegistry {
  entities: Entity[];
  ignore: IgnoredName[];
}
