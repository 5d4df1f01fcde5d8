/**
 * Fixture tests for our Markdown plugins, as rehype-autolink-headings keeps
 * them: each folder tests/fixtures/plugins/<plugin>/<case>/ holds `input.md`
 * (optional YAML frontmatter), `config.json` (optional: the plugins to run, in
 * order, with their options; default rehype-passage-ids then <plugin>), and the
 * expected `output.html` and `data.json` (what the plugins handed on in
 * `file.data`). `UPDATE_FIXTURES=1` writes the expected files from the output.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/index.ts';
import { readPageData } from '../../../src/plugins/page-data.ts';
import rehypeArticleParts from '../../../src/plugins/rehype-article-parts.ts';
import rehypeClaimQuotes from '../../../src/plugins/rehype-claim-quotes.ts';
import rehypeEditorialNotes from '../../../src/plugins/rehype-editorial-notes.ts';
import rehypeEntityMentions from '../../../src/plugins/rehype-entity-mentions.ts';
import rehypePassageIds from '../../../src/plugins/rehype-passage-ids.ts';
import rehypeSafeLinks from '../../../src/plugins/rehype-safe-links.ts';
import { splitFrontmatter } from '../../../src/lib/articles/load-rendered.ts';

const ROOT = 'tests/fixtures/plugins';
const PLUGINS = {
  'rehype-safe-links': rehypeSafeLinks,
  'rehype-passage-ids': rehypePassageIds,
  'rehype-entity-mentions': rehypeEntityMentions,
  'rehype-claim-quotes': rehypeClaimQuotes,
  'rehype-editorial-notes': rehypeEditorialNotes,
  'rehype-article-parts': rehypeArticleParts,
} as const;
type PluginName = keyof typeof PLUGINS;

interface FixtureConfig {
  plugins?: [PluginName, Record<string, unknown>?][];
}

async function run(plugin: PluginName, folder: string) {
  const configFile = join(folder, 'config.json');
  const config: FixtureConfig = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {};
  const chain = config.plugins ?? [['rehype-passage-ids'], [plugin]];
  const input = readFileSync(join(folder, 'input.md'), 'utf8');
  const { frontmatter, body } = input.startsWith('---\n') ? splitFrontmatter(folder, input) : { frontmatter: {}, body: input };
  const processor = await createMarkdownProcessor({
    ...markdownOptions(),
    syntaxHighlight: false,
    rehypePlugins: chain.map(([name, options]) => [PLUGINS[name], options ?? {}]),
  });
  const { code, metadata } = await processor.render(body, { frontmatter });
  const data = readPageData(metadata.frontmatter);
  return { html: `${code}\n`, data: `${JSON.stringify(data, null, 2)}\n` };
}

function expected(folder: string, name: string, actual: string): string {
  const file = join(folder, name);
  if (process.env.UPDATE_FIXTURES) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing: run UPDATE_FIXTURES=1 npx vitest run … to write it, then read it`);
  return readFileSync(file, 'utf8');
}

for (const plugin of readdirSync(ROOT).sort() as PluginName[]) {
  describe(`${plugin} fixtures`, () => {
    for (const name of readdirSync(join(ROOT, plugin)).sort()) {
      it(name, async () => {
        const folder = join(ROOT, plugin, name);
        const { html, data } = await run(plugin, folder);
        expect(html).toBe(expected(folder, 'output.html', html));
        expect(data).toBe(expected(folder, 'data.json', data));
      });
    }
  });
}
