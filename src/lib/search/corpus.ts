/**
 * The committed articles as search input, rendered through the site's own
 * Markdown pipeline outside Astro (for unit tests and the bench), so passage ids
 * and entity mentions are the site's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { markdownOptions } from '../../plugins/index.ts';
import type { EntityMention, Passage } from '../../plugins/page-data.ts';
import { loadRegistryFile } from '../entity-registry.ts';
import type { SearchArticleInput } from './build-index.ts';
import type { EntitySpellings } from './expand.ts';
import { entitySpellings, searchArticles } from './records.ts';

export interface SearchCorpus {
  articles: SearchArticleInput[];
  entities: EntitySpellings[];
}

export async function loadSearchCorpus(directory = 'content/articles'): Promise<SearchCorpus> {
  const processor = await createMarkdownProcessor({ ...markdownOptions(), syntaxHighlight: false });
  const sources = load(readFileSync('content/sources.yaml', 'utf8')) as Record<string, { name: string }>;
  const files = readdirSync(directory).filter((file) => file.endsWith('.md')).sort();
  const articles = await Promise.all(
    files.map(async (file) => {
      const text = readFileSync(`${directory}/${file}`, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${directory}/${file}: no frontmatter block`);
      const frontmatter = load(match[1]!) as { title: string; outlet: string };
      const { metadata } = await processor.render(match[2]!, {
        frontmatter: frontmatter as unknown as Record<string, unknown>,
        fileURL: pathToFileURL(`${process.cwd()}/${directory}/${file}`),
      });
      return {
        slug: file.replace(/\.md$/, ''),
        title: frontmatter.title,
        outlet: { id: frontmatter.outlet, name: sources[frontmatter.outlet]?.name ?? frontmatter.outlet },
        passages: (metadata.frontmatter.passages ?? []) as Passage[],
        mentions: (metadata.frontmatter.entityMentions ?? []) as EntityMention[],
      };
    }),
  );
  return { articles: searchArticles(articles), entities: entitySpellings(loadRegistryFile().entities) };
}
