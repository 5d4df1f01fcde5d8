import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleFileProblems } from './lib/articles/load-checks.ts';
import { articleSchema, sourceSchema } from './lib/articles/schema.ts';
import { claimFilesContent, claimFileSlugs, loadClaimsFile } from './lib/claims/load-files.ts';
import { parseRegistry } from './lib/entities/registry.ts';
import { REGISTRY_FILE } from './lib/entities/load-registry.ts';
import { entitySchema } from './lib/entities/schema.ts';
import { CONTENT } from './lib/content-root.ts';
import { loadStories } from './lib/stories/load.ts';
import { loadLexicon } from './lib/framing/load-lexicon.ts';
import { BASE_PATH } from './lib/routes.ts';
import { currentLedgerText, ledgerNames } from './lib/passages/load-ledgers.ts';
import { parseYaml } from './lib/schema-parts.ts';

/**
 * Astro's loaders log a file they cannot read, parse or render ("Error rendering
 * x.md") and go on, so a build could exit 0 with an empty article. This wrapper
 * first runs `check` (which throws with the file, line and value at fault), then
 * the loader, and fails the build on anything the loader logged as an error,
 * forgetting the stored entries so the next build cannot reuse a broken one.
 */
function failOnErrors(loader: Loader, check: () => void = () => {}): Loader {
  return {
    name: `${loader.name}+strict`,
    load: async (context) => {
      check();
      const errors: string[] = [];
      const logger = Object.assign(Object.create(Object.getPrototypeOf(context.logger)), context.logger, {
        error: (message: string) => {
          errors.push(message);
          context.logger.error(message);
        },
      }) as LoaderContext['logger'];
      await loader.load({ ...context, logger });
      if (errors.length) {
        context.store.clear();
        context.meta.delete(RENDER_INPUTS);
        throw new Error(`The content has errors:\n${errors.join('\n')}`);
      }
    },
  };
}

const RENDER_INPUTS = 'render-inputs';

/** Everything an article's render depends on besides its own file: the registry, the claims files and the ledgers. */
/** The Markdown pipeline's own code (the plugins and the library they use): a change to it re-renders every article. */
function pipelineCode(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? under(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return ['src/plugins', 'src/lib'].flatMap(under).sort();
}

function renderInputs(): string {
  // The base path is in every entity link the render writes.
  const hash = createHash('sha256').update(BASE_PATH).update(readFileSync(REGISTRY_FILE)).update(claimFilesContent());
  for (const file of pipelineCode()) hash.update(`\0${file}\0`).update(readFileSync(file));
  const ledgers = ledgerNames(CONTENT.ledgers);
  // As they will be once this build is written (the render stages changed ledgers), so an unchanged build stays cached.
  for (const name of ledgers) hash.update(`\0${name}\0`).update(currentLedgerText(join(CONTENT.ledgers, name)) ?? '');
  return hash.digest('hex');
}

/**
 * The glob loader re-renders an article only when its own file changes, but the
 * entity mentions, claim marks and passage ids in it depend on the registry, the
 * claims files, the ledgers and the pipeline's code too: when any of them changed since the last
 * build, forget the stored renders so every article is rendered again and a bad
 * registry, claim or ledger fails the build rather than hiding behind the cache.
 */
function rerenderWhenInputsChange(loader: Loader): Loader {
  return {
    name: `${loader.name}+render-inputs`,
    load: async (context) => {
      if (context.meta.get(RENDER_INPUTS) !== renderInputs()) context.store.clear();
      await loader.load(context);
      // Taken after the render, which may have changed ledgers.
      context.meta.set(RENDER_INPUTS, renderInputs());
    },
  };
}

/** Every article file, claims file, the stories and the framing lexicon parse and fit their schemas; a slip is reported against the file that holds it. */
function checkArticleAndClaimFiles(): void {
  const problems = articleFileProblems();
  if (problems.length) throw new Error(`The content has errors:\n${problems.join('\n')}`);
  for (const slug of claimFileSlugs()) loadClaimsFile(slug);
  loadStories();
  loadLexicon();
}

const articles = defineCollection({
  loader: failOnErrors(rerenderWhenInputsChange(glob({ pattern: '*.md', base: CONTENT.articles })), checkArticleAndClaimFiles),
  schema: articleSchema,
});

const sources = defineCollection({
  loader: failOnErrors(
    file(CONTENT.sources, { parser: (text) => parseYaml(CONTENT.sources, text) as Record<string, Record<string, unknown>> }),
    () => {
      parseYaml(CONTENT.sources, readFileSync(CONTENT.sources, 'utf8'));
    },
  ),
  schema: sourceSchema,
});

// The registry file also holds the candidates command's `ignore` list; the parser
// checks the whole file (duplicates, alias clashes, references) and keeps the entities.
const entities = defineCollection({
  loader: failOnErrors(file(REGISTRY_FILE, { parser: (text) => parseRegistry(REGISTRY_FILE, text).entities }), () => {
    parseRegistry(REGISTRY_FILE, readFileSync(REGISTRY_FILE, 'utf8'));
  }),
  schema: entitySchema,
});

export const collections = { articles, sources, entities };
