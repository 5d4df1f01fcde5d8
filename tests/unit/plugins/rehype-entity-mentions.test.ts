import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/index.ts';
import rehypeEntityMentions from '../../../src/plugins/rehype-entity-mentions.ts';
import rehypePassageIds from '../../../src/plugins/rehype-passage-ids.ts';
import type { EntityRegistry } from '../../../src/lib/entities/schema.ts';
import { renderMarkdown } from '../../helpers/render-markdown.ts';

describe('rehype-entity-mentions', () => {
  it('runs right after rehype-passage-ids in the site pipeline', () => {
    const plugins = markdownOptions().rehypePlugins.map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin));
    expect(plugins.indexOf(rehypeEntityMentions)).toBe(plugins.indexOf(rehypePassageIds) + 1);
  });

  it('links the first mention of each entity, marks the rest, and keeps the words as written', async () => {
    const { html } = await renderMarkdown("Trump, Rubio, and Whitkov met Putin. Trump's patience.\n\nKiev and Kyiv.\n");
    expect(html).toContain(
      '<a class="mention" href="/entities/donald-trump/" data-entity="donald-trump">Trump</a>, <a class="mention" href="/entities/marco-rubio/"',
    );
    expect(html).toContain('<a class="mention" href="/entities/steve-witkoff/" data-entity="steve-witkoff">Whitkov</a>');
    expect(html).toContain('<span class="mention" data-entity="donald-trump">Trump</span>\'s patience');
    expect(html).toMatch(/data-entity="kyiv">Kiev<\/a> and <span class="mention" data-entity="kyiv">Kyiv<\/span>/);
  });

  it('hands the page every mention with its passage id, demonyms counted apart', async () => {
    const { data } = await renderMarkdown('Russian officials in Moscow.\n\n## The US Factor\n');
    const [first, second] = data.passages!;
    expect(data.entityMentions).toEqual([
      { entityId: 'russia', passageId: first!.id, text: 'Russian', form: 'demonym', start: 0, end: 7 },
      { entityId: 'moscow', passageId: first!.id, text: 'Moscow', form: 'name', start: 21, end: 27 },
      { entityId: 'united-states', passageId: second!.id, text: 'US', form: 'name', start: 4, end: 6 },
    ]);
  });

  it('records where each mention stands in its passage text, across formatting, links and line breaks', async () => {
    const { data } = await renderMarkdown(
      '*Putin* met [Trump](https://example.com/) and\n   Zelensky in **Kiev**, then `Kyiv` and Kyiv.\n',
    );
    const passage = data.passages![0]!;
    const mentions = data.entityMentions!;
    expect(mentions.map((mention) => mention.text)).toEqual(['Putin', 'Zelensky', 'Kiev', 'Kyiv']);
    for (const mention of mentions) expect(passage.text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.at(-1)!.start).toBe(passage.text.lastIndexOf('Kyiv'));
  });

  it('never marks words inside the permalink controls, code or links', async () => {
    const { html } = await renderMarkdown('Putin spoke. `Putin` in code and [Putin](https://example.com/Putin).\n');
    expect(html.match(/data-entity="vladimir-putin"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-label="Permalink to paragraph “Putin spoke/);
    expect(html).toContain('<code>Putin</code>');
  });

  it('uses a registry passed as an option, and can mark without links', async () => {
    const registry: EntityRegistry = {
      entities: [{ id: 'osaka', name: 'Osaka', type: 'place', description: 'City in Japan.', aliases: ['Osaka'], demonyms: [] }],
      ignore: [],
    };
    const processor = await createMarkdownProcessor({
      ...markdownOptions(),
      syntaxHighlight: false,
      rehypePlugins: [rehypePassageIds, [rehypeEntityMentions, { registry, link: 'none' }]],
    });
    const { code } = await processor.render('Putin in Osaka.\n');
    expect(code).toContain('Putin in <span class="mention" data-entity="osaka">Osaka</span>.');
  });
});
