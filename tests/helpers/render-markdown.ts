import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { markdownOptions } from '../../src/plugins/index.ts';
import type { PageData } from '../../src/plugins/page-data.ts';

const processors = new Map<string, ReturnType<typeof createMarkdownProcessor>>();

/** The site's pipeline; with `ledgerDirectory`, passage ids go through ledgers kept there. */
function processorFor(ledgerDirectory?: string) {
  const key = ledgerDirectory ?? '';
  if (!processors.has(key))
    processors.set(key, createMarkdownProcessor({ ...markdownOptions({ ledgerDirectory }), syntaxHighlight: false }));
  return processors.get(key)!;
}

export interface Rendered {
  html: string;
  data: Partial<PageData>;
}

/** Renders Markdown through the site's own pipeline, as the file `file` with `frontmatter`. */
export async function renderMarkdown(
  markdown: string,
  frontmatter: Record<string, unknown> = {},
  file = 'content/articles/fixture.md',
  ledgerDirectory?: string,
): Promise<Rendered> {
  const { code, metadata } = await (
    await processorFor(ledgerDirectory)
  ).render(markdown, {
    frontmatter,
    fileURL: pathToFileURL(`${process.cwd()}/${file}`),
  });
  return { html: code, data: metadata.frontmatter as Partial<PageData> };
}
