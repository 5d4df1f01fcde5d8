import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { articleSchema, sourceSchema } from './lib/articles/schema.ts';
import { claimFilesContent } from './lib/claims/load-files.ts';
import { parseRegistry } from './lib/entities/registry.ts';
import { REGISTRY_FILE } from './lib/entities/load-registry.ts';
import { entitySchema } from './lib/entities/schema.ts';

/**
 * The glob loader re-renders an article only when its own file changes, but the
 * entity mentions and claim marks in it depend on the registry and the claims
 * files too: when either changes, forget the stored renders so every article is
 * marked again (and a bad registry or claim fails the build rather than hiding
 * behind the cache).
 */
function rerenderWhenRegistryChanges(loader: Loader): Loader {
  return {
    name: `${loader.name}+entity-registry`,
    load: async (context) => {
      const fingerprint = createHash('sha256').update(readFileSync(REGISTRY_FILE)).update(claimFilesContent()).digest('hex');
      if (context.meta.get('entity-registry') !== fingerprint) {
        context.store.clear();
        context.meta.set('entity-registry', fingerprint);
      }
      await loader.load(context);
    },
  };
}

const articles = defineCollection({
  loader: rerenderWhenRegistryChanges(glob({ pattern: '*.md', base: './content/articles' })),
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
