/**
 * The shape of an article's frontmatter: the single source of truth, used by the
 * content collection (src/content.config.ts), the Markdown plugins and the tests.
 */
import { z } from 'astro/zod';

import { nonEmpty } from '../schema-parts.ts';

/** Whether `YYYY-MM-DD` (or `YYYY-MM`) names a real day (month): no 31 February, no 13th month. */
export function isRealDate(date: string): boolean {
  const [year, month, day = 1] = date.split('-').map(Number);
  const parsed = new Date(Date.UTC(year!, month! - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month! - 1 && parsed.getUTCDate() === day;
}

/** ISO date at the precision we actually know: `2025-06-02` (day) or `2025-06` (month). */
export const publishedSchema = z
  .object({
    // YAML reads an unquoted 2025-06-02 as a Date; take it back to the day it names.
    date: z.preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM-DD or YYYY-MM'),
    ),
    precision: z.enum(['day', 'month']),
    /** stated: the source prints it; implied: the text only implies it; inferred: from metadata such as a URL. */
    basis: z.enum(['stated', 'implied', 'inferred']),
    /** How we know, in one or two sentences. Required unless the source states the date. */
    explanation: nonEmpty.optional(),
  })
  .strict()
  .superRefine((value, context) => {
    const hasDay = value.date.length === 10;
    if (hasDay !== (value.precision === 'day')) {
      context.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `precision "${value.precision}" does not match date "${value.date}" (day needs YYYY-MM-DD, month needs YYYY-MM)`,
      });
    }
    if (!isRealDate(value.date)) {
      context.addIssue({ code: 'custom', path: ['date'], message: `no such day in the calendar: "${value.date}"` });
    }
    if (value.basis !== 'stated' && !value.explanation) {
      context.addIssue({ code: 'custom', path: ['explanation'], message: `a date that is ${value.basis} needs an explanation` });
    }
  });

export const authorSchema = z.union([
  z
    .object({
      name: nonEmpty,
      /** Id of the author's card in content/sources.yaml, when we have one. */
      source: nonEmpty.optional(),
    })
    .strict(),
  z.literal('unknown'),
]);

const languageTag = z
  .string()
  .regex(/^(unknown|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, 'must be a BCP 47 tag such as "en" or "ru", or "unknown"');

export const languageSchema = z
  .object({
    /** Language the piece was first written in. */
    original: languageTag,
    /** Languages it passed through, original first, ending in the language of our text. */
    chain: z.array(languageTag).min(1),
    /** What in the text shows the chain (an untranslated fragment, a platform, phrasing). */
    evidence: nonEmpty.optional(),
    /** True when the chain is our inference rather than stated by the source. */
    inferred: z.boolean().default(false),
  })
  .strict();

/**
 * What an editorial note corrects: a closed list, in the order /notes/ shows it. A
 * place or direction, a date (outside the span the text states), a count (of
 * meetings, say), a title of office, a figure given with no source, a standfirst
 * that contradicts its body, a removed caption, a translation, a name's spelling,
 * a garbled word.
 */
export const noteKinds = [
  'place',
  'date',
  'count',
  'title',
  'figure',
  'standfirst',
  'caption',
  'translation',
  'spelling',
  'wording',
] as const;
export type NoteKind = (typeof noteKinds)[number];

export const NOTE_KIND_LABEL: Record<NoteKind, { label: string; covers: string }> = {
  place: { label: 'Places and directions', covers: 'a place put in the wrong country, a direction that does not fit the map' },
  date: { label: 'Dates', covers: 'a date outside the span the text states, or a year that does not fit' },
  count: { label: 'Counts', covers: 'how many times something happened: meetings, rounds, exchanges' },
  title: { label: 'Titles of office', covers: 'someone given an office they did not hold at the time' },
  figure: { label: 'Figures', covers: 'a figure given as fact with no source, or a comparison checked' },
  standfirst: { label: 'Standfirsts', covers: 'a standfirst that says the opposite of its body' },
  caption: { label: 'Removed captions', covers: 'a caption taken out as boilerplate that itself carried an error' },
  translation: { label: 'Translation', covers: 'words left untranslated or translated too literally' },
  spelling: { label: 'Spellings', covers: 'a name spelled as the source spelled it' },
  wording: { label: 'Wording', covers: 'a word that is probably another word, or words repeated' },
};

const noteKind = z.enum(noteKinds);

export const removedLineSchema = z
  .object({
    line: nonEmpty,
    /** Id of the rule in src/lib/ingest/boilerplate-rules.ts, or "editorial" for a hand decision. */
    rule: nonEmpty,
    why: nonEmpty.optional(),
    /** An editorial note on the removed line itself (a caption that carried an error), with its kind. */
    note: nonEmpty.optional(),
    kind: noteKind.optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (Boolean(value.note) !== Boolean(value.kind)) {
      context.addIssue({
        code: 'custom',
        path: [value.note ? 'kind' : 'note'],
        message: 'a note on a removed line needs both its note and its kind',
      });
    }
  });

export const editorialNoteSchema = z
  .object({
    /** Verbatim words of the passage the note is about; must occur in exactly one passage. */
    quote: nonEmpty,
    note: nonEmpty,
    kind: noteKind,
    /**
     * Entity ids whose names inside the quoted words are a slip, not a mention: in
     * "Helsinki (France)" the text does not speak of France. The entity matcher skips them.
     */
    notMentions: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an entity id such as "france"')).default([]),
  })
  .strict();

export type EditorialNote = z.infer<typeof editorialNoteSchema>;

export const articlePartSchema = z
  .object({
    /** Exact text of the `##` heading that starts the part. */
    title: nonEmpty,
    standfirst: nonEmpty.optional(),
    author: authorSchema.optional(),
    published: publishedSchema.optional(),
    disclaimer: nonEmpty.optional(),
    tags: z.array(nonEmpty).default([]),
  })
  .strict();

export const articleKinds = ['news-report', 'analysis', 'opinion'] as const;

export const articleSchema = z
  .object({
    title: nonEmpty,
    /** True when the source had no title and we wrote one. */
    titleSupplied: z.boolean().default(false),
    standfirst: nonEmpty.optional(),
    author: authorSchema,
    /** Id of the outlet or platform in content/sources.yaml. */
    outlet: nonEmpty,
    originalUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    published: publishedSchema,
    kind: z.enum(articleKinds),
    language: languageSchema,
    disclaimer: nonEmpty.optional(),
    tags: z.array(nonEmpty).default([]),
    /** File name of the raw text in content/raw/ the article came from (listed in content/raw/index.yaml). */
    seed: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name'),
    removed: z.array(removedLineSchema).default([]),
    notes: z.array(editorialNoteSchema).default([]),
    parts: z.array(articlePartSchema).default([]),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type ArticlePart = z.infer<typeof articlePartSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type Author = z.infer<typeof authorSchema>;

export const sourceSchema = z
  .object({
    name: nonEmpty,
    kind: z.enum(['author', 'outlet', 'platform', 'unknown']),
    /** What we know about it, neutrally, in a few sentences. */
    about: nonEmpty,
    homepage: z.url({ protocol: /^https?$/ }).optional(),
    country: nonEmpty.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

/**
 * Formats zod issues as one line each: `file: field "a.b": message (got value)`.
 * Astro prints its own report for collections; this one serves tests and our scripts.
 */
export function describeIssues(file: string, error: z.ZodError, data: unknown): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
      const value = issue.path.reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined),
        data,
      );
      const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
      const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.map((key) => `"${key}"`).join(', ')}` : '';
      return `${file}: field "${field}": ${issue.message}${keys}${got}`;
    })
    .join('\n');
}

/** Validates frontmatter and throws one readable error naming file, field and value. */
export function parseArticleFrontmatter(file: string, data: unknown): ArticleFrontmatter {
  const result = articleSchema.safeParse(data);
  if (!result.success) throw new Error(`Invalid article frontmatter\n${describeIssues(file, result.error, data)}`);
  return result.data;
}
