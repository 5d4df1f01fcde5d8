/** The index of raw source texts, content/raw/index.yaml: which file made which article, its hash and where it came from. */
import { z } from 'astro/zod';
import { kebabId, nonEmpty } from '../schema-parts.ts';

export const rawTextSchema = z
  .object({
    /** File name in content/raw/, as an article's `seed` names it. */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name'),
    /** Slug of the article made from it. */
    article: kebabId('istanbul-talks-after-drone-attacks'),
    /** SHA-256 of the file's bytes, so an accidental edit of a raw text fails the tests. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest'),
    /** How the text reached us. */
    receivedFrom: nonEmpty,
    /** What the text is and where it was published, as far as we know. */
    origin: nonEmpty,
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

export const rawIndexSchema = z.object({ raw: z.array(rawTextSchema) }).strict();

export type RawText = z.infer<typeof rawTextSchema>;
