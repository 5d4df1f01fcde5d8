/**
 * The shape of content/stories.yaml: the events or threads the articles cover,
 * so comparison pages go per story rather than across every source at once.
 */
import { z } from 'astro/zod';

import { kebabId, nonEmpty } from '../schema-parts.ts';

export const storySchema = z
  .object({
    /** The page is `/stories/<id>/`. */
    id: kebabId('istanbul-talks-2025'),
    title: nonEmpty,
    /** One neutral line saying what the story is. */
    summary: nonEmpty,
    /** Slugs of the articles that cover it (content/articles/<slug>.md); an article may be in several stories. */
    articles: z.array(kebabId('istanbul-talks-after-drone-attacks')).min(1, 'needs at least one article'),
  })
  .strict();

export const storiesFileSchema = z.object({ stories: z.array(storySchema).default([]) }).strict();

export type Story = z.infer<typeof storySchema>;
