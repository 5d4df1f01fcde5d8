import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, sourceSchema } from './lib/article-schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

export const collections = { articles, sources };
