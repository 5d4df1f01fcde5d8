import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, sourceSchema } from './lib/article-schema.ts';
import { REGISTRY_FILE, parseRegistry } from './lib/entity-registry.ts';
import { entitySchema } from './lib/entity-schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

// The registry file also holds the candidates command's `ignore` list; the parser
// checks the whole file (duplicates, alias clashes, references) and keeps the entities.
const entities = defineCollection({
  loader: file(`./${REGISTRY_FILE}`, { parser: (text) => parseRegistry(REGISTRY_FILE, text).entities }),
  schema: entitySchema,
});

export const collections = { articles, sources, entities };
