/**
 * Every committed article rendered through the site's own Markdown pipeline
 * outside Astro (for the command-line tools, the search bench and tests), so
 * passage ids, entity mentions and anchored claims are the site's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../plugins/index.ts';
import type { EntityMention } from '../entities/mentions.ts';
import type { Passage } from '../passages/passage.ts';
import type { AnchoredClaim } from '../claims/anchor.ts';
import type { CandidatePassage } from '../entities/candidates.ts';
import { CONTENT } from '../content-root.ts';
import { parseYaml } from '../schema-parts.ts';

/** Splits a Markdown file into its parsed (unvalidated) YAML frontmatter and its body. */
export function splitFrontmatter(file: string, text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { frontmatter: (parseYaml(file, match[1]!, 2) ?? {}) as Record<string, unknown>, body: match[2]! };
}

export interface RenderedArticle {
  slug: string;
  frontmatter: Record<string, unknown>;
  passages: Passage[];
  mentions: EntityMention[];
  /** Claims in reading order, anchored by rehype-claim-quotes. */
  claims: AnchoredClaim[];
}

/** The articles in `directory`, rendered, in file-name order. */
export async function renderArticles(directory: string = CONTENT.articles): Promise<RenderedArticle[]> {
  const processor = await createMarkdownProcessor({ ...markdownOptions(), syntaxHighlight: false });
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.md'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const { frontmatter, body } = splitFrontmatter(`${directory}/${file}`, readFileSync(`${directory}/${file}`, 'utf8'));
      const { metadata } = await processor.render(body, { frontmatter, fileURL: pathToFileURL(resolve(directory, file)) });
      return {
        slug: file.replace(/\.md$/, ''),
        frontmatter,
        passages: (metadata.frontmatter.passages ?? []) as Passage[],
        mentions: (metadata.frontmatter.entityMentions ?? []) as EntityMention[],
        claims: (metadata.frontmatter.anchoredClaims ?? []) as AnchoredClaim[],
      };
    }),
  );
}

export async function articlePassages(directory: string = CONTENT.articles): Promise<CandidatePassage[]> {
  const articles = await renderArticles(directory);
  return articles.flatMap(({ slug, passages }) =>
    passages.map((passage) => ({ articleSlug: slug, passageId: passage.id, text: passage.text, kind: passage.kind })),
  );
}
