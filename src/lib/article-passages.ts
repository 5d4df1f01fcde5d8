/**
 * Passages of every committed article, rendered through the site's own Markdown
 * pipeline outside Astro (for the candidates command and its test), so passage
 * ids match the site's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { markdownOptions } from '../plugins/index.ts';
import type { Passage } from '../plugins/page-data.ts';
import type { CandidatePassage } from './entity-candidates.ts';

export async function articlePassages(directory = 'content/articles'): Promise<CandidatePassage[]> {
  const processor = await createMarkdownProcessor({ ...markdownOptions(), syntaxHighlight: false });
  const files = readdirSync(directory).filter((file) => file.endsWith('.md')).sort();
  const all = await Promise.all(
    files.map(async (file) => {
      const text = readFileSync(`${directory}/${file}`, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${directory}/${file}: no frontmatter block`);
      const { metadata } = await processor.render(match[2]!, {
        frontmatter: load(match[1]!) as Record<string, unknown>,
        fileURL: pathToFileURL(`${process.cwd()}/${directory}/${file}`),
      });
      const passages = (metadata.frontmatter.passages ?? []) as Passage[];
      const slug = file.replace(/\.md$/, '');
      return passages.map((passage) => ({ articleSlug: slug, passageId: passage.id, text: passage.text, kind: passage.kind }));
    }),
  );
  return all.flat();
}
