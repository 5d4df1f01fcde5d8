/**
 * The Markdown pipeline, in order. astro.config.mjs and the plugin tests both
 * use this list, so tests render exactly what the site renders.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkLiteralHtml from './remark-literal-html.ts';
import rehypeArticleParts from './rehype-article-parts.ts';
import rehypeClaimQuotes from './rehype-claim-quotes.ts';
import rehypeEditorialNotes from './rehype-editorial-notes.ts';
import rehypeEntityMentions from './rehype-entity-mentions.ts';
import rehypePassageIds from './rehype-passage-ids.ts';
import rehypeSafeLinks from './rehype-safe-links.ts';

export interface MarkdownPipelineOptions {
  /** Folder of passage-id ledgers; none in tests that must not write files. Default: none. */
  ledgerDirectory?: string;
}

export function markdownOptions({ ledgerDirectory }: MarkdownPipelineOptions = {}) {
  return {
    // The text is kept exactly as the source wrote it: no smart quotes, no GFM autolinks or strikethrough.
    smartypants: false,
    gfm: false,
    remarkPlugins: [remarkLiteralHtml] as RemarkPlugins,
    // Unsafe URLs go first, so no later plugin sees one. Then passage ids: mentions, notes and parts
    // anchor to the passages it finds.
    // Mentions before notes and part headers, so only the source's own words are marked;
    // claim quotes after mentions, so a mark never splits a name before it is found.
    rehypePlugins: [
      rehypeSafeLinks,
      [rehypePassageIds, { ledgerDirectory }],
      rehypeEntityMentions,
      rehypeClaimQuotes,
      rehypeEditorialNotes,
      rehypeArticleParts,
    ] as RehypePlugins,
  };
}
