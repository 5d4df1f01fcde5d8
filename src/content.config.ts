import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleFileProblems } from './lib/articles/load-checks.ts';
import { articleSchema, sourceSchema } from './lib/articles/schema.ts';
import { claimFileSlugs, claimsFilePath, loadClaimsFile } from './lib/claims/load-files.ts';
import { parseRegistry } from './lib/entities/registry.ts';
import { REGISTRY_FILE } from './lib/entities/load-registry.ts';
import { entitySchema } from './lib/entities/schema.ts';
import { CONTENT } from './lib/content-root.ts';
import { loadStories } from './lib/stories/load.ts';
import { loadLexicon } from './lib/framing/load-lexicon.ts';
import { BASE_PATH } from './lib/routes.ts';
import { currentLedgerText } from './lib/passages/load-ledgers.ts';
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
const articleRenderKey = (id: string) => `${RENDER_INPUTS}:${id}`;

/** The Markdown pipeline's own code (the plugins and the library they use): a change to it re-renders every article. */
function pipelineCode(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? under(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return ['src/plugins', 'src/lib'].flatMap(under).sort();
}

/** What every article's render depends on besides its own files: the registry, the pipeline's code and the base path (in every entity link). */
function sharedRenderInputs(): string {
  const hash = createHash('sha256').update(BASE_PATH).update(readFileSync(REGISTRY_FILE));
  for (const file of pipelineCode()) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * An article's own inputs besides its Markdown: its claims file and its ledger, the ledger as it will be
 * once this build is written (the render stages changed ledgers), so an unchanged build stays cached.
 */
function articleRenderInputs(slug: string): string {
  const claims = claimsFilePath(slug);
  return createHash('sha256')
    .update(existsSync(claims) ? readFileSync(claims) : '\0none')
    .update('\0')
    .update(currentLedgerText(join(CONTENT.ledgers, `${slug}.json`)) ?? '\0none')
    .digest('hex');
}

/** The article file's name, which names its claims file and its ledger. */
const slugOf = (id: string, filePath: string | undefined) => (filePath ? basename(filePath, extname(filePath)) : id);

/**
 * The glob loader re-renders an article only when its own file changes, but the
 * entity mentions, claim marks and passage ids in it depend on the registry and the
 * pipeline's code (shared by all), and on its claims file and ledger: forget the stored
 * render of every article when a shared input changed since the last build, and of
 * each article whose own inputs did, so a bad registry, claim or ledger fails the
 * build rather than hiding behind the cache, and adding one article to an archive of
 * thousands renders that one.
 */
function rerenderWhenInputsChange(loader: Loader): Loader {
  return {
    name: `${loader.name}+render-inputs`,
    load: async (context) => {
      const shared = sharedRenderInputs();
      if (context.meta.get(RENDER_INPUTS) !== shared) context.store.clear();
      for (const [id, entry] of context.store.entries()) {
        if (context.meta.get(articleRenderKey(id)) !== articleRenderInputs(slugOf(id, entry.filePath))) context.store.delete(id);
      }
      await loader.load(context);
      // Taken after the render, which may have staged ledgers.
      context.meta.set(RENDER_INPUTS, shared);
      for (const [id, entry] of context.store.entries())
        context.meta.set(articleRenderKey(id), articleRenderInputs(slugOf(id, entry.filePath)));
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
