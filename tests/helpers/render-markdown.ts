import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { markdownOptions } from '../../src/plugins/index.ts';
import type { PageData } from '../../src/plugins/page-data.ts';

const processor = createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

export interface Rendered {
  html: string;
  data: Partial<PageData>;
}

/** Renders Markdown through the site's own pipeline, as the file `file` with `frontmatter`. */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}, file = 'content/articles/fixture.md'): Promise<Rendered> {
  const { code, metadata } = await (await processor).render(markdown, {
    frontmatter,
    fileURL: pathToFileURL(`${process.cwd()}/${file}`),
  });
  return { html: code, data: metadata.frontmatter as Partial<PageData> };
}
