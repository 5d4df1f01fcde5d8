import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/index.ts';
import rehypeClaimQuotes from '../../../src/plugins/rehype-claim-quotes.ts';
import rehypeEntityMentions from '../../../src/plugins/rehype-entity-mentions.ts';
import rehypePassageIds from '../../../src/plugins/rehype-passage-ids.ts';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { claim } from '../../helpers/claims.ts';

async function render(markdown: string, claims: Claim[]): Promise<string> {
  const processor = await createMarkdownProcessor({
    ...markdownOptions(),
    syntaxHighlight: false,
    rehypePlugins: [rehypePassageIds, rehypeEntityMentions, [rehypeClaimQuotes, { claims }]],
  });
  return (await processor.render(markdown)).code;
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehype-claim-quotes', () => {
  it('runs after rehype-passage-ids and rehype-entity-mentions in the site pipeline', () => {
    const plugins = markdownOptions().rehypePlugins.map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin));
    expect(plugins.indexOf(rehypeClaimQuotes)).toBeGreaterThan(plugins.indexOf(rehypeEntityMentions));
    expect(plugins.indexOf(rehypeEntityMentions)).toBeGreaterThan(plugins.indexOf(rehypePassageIds));
  });

  it('marks the quoted words and adds a numbered link back to the claim, without changing the text', async () => {
    const markdown = 'Kyiv was bolstered by an operation which destroyed at least 40 Russian bombers, far away.\n';
    const plain = await render(markdown, []);
    const html = await render(markdown, [claim('bombers', 'destroyed at least 40 Russian bombers')]);
    expect(html).toContain(
      '<mark class="claim-quote" id="said-bombers" data-claim="bombers">destroyed at least 40 Russian bombers</mark><a class="claim-ref" href="#claim-bombers" data-claim-number="1" aria-label="Claim 1"></a>, far away.',
    );
    expect(textOf(html)).toBe(textOf(plain));
  });

  it('marks a quote that runs across entity mentions piece by piece, never nesting a link in a link', async () => {
    const markdown = 'On Sunday, Zelensky reiterated positions, said Putin.\n';
    const html = await render(markdown, [claim('z', 'On Sunday, Zelensky reiterated positions, said Putin')]);
    // The mention links keep their words; the marks sit inside them, the link back after the last one.
    expect(html).toContain(
      '<mark class="claim-quote" id="said-z" data-claim="z">On Sunday, </mark><a class="mention" href="/entities/volodymyr-zelensky/" data-entity="volodymyr-zelensky"><mark class="claim-quote" data-claim="z">Zelensky</mark></a>',
    );
    expect(html).toContain(
      '<a class="mention" href="/entities/vladimir-putin/" data-entity="vladimir-putin"><mark class="claim-quote" data-claim="z">Putin</mark></a><a class="claim-ref"',
    );
    expect(html).not.toMatch(/<a [^>]*>[^<]*(<(?!\/a)[^>]+>[^<]*)*<a /);
    expect(textOf(html)).toBe(textOf(await render(markdown, [])));
  });

  it('numbers claims in reading order and handles two claims in one passage', async () => {
    const html = await render('First words here. Second words there.\n\nThird passage.\n', [
      claim('c', 'Third passage'),
      claim('b', 'Second words'),
      claim('a', 'First words'),
    ]);
    expect([...html.matchAll(/href="#claim-(\w)" data-claim-number="(\d)"/g)].map((match) => `${match[1]}${match[2]}`)).toEqual([
      'a1',
      'b2',
      'c3',
    ]);
  });

  it('fails the build naming the claim and the closest passage when a quote is not in the article', async () => {
    await expect(
      render('Kyiv destroyed at least 40 Russian bombers.\n', [claim('bombers', 'at least 50 Russian bombers')]),
    ).rejects.toThrow(
      /claim "bombers": the quote "at least 50 Russian bombers" is not in the article; closest passage #kyiv-destroyed[\w-]*: "Kyiv destroyed/,
    );
  });

  it('marks the committed claims in the site pipeline (the Spider’s Web figure across its mention)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderMarkdown } = await import('../../helpers/render-markdown.ts');
    const { load } = await import('js-yaml');
    const text = readFileSync('content/articles/istanbul-talks-after-drone-attacks.md', 'utf8');
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const { html } = await renderMarkdown(
      body!,
      load(frontmatter!) as Record<string, unknown>,
      'content/articles/istanbul-talks-after-drone-attacks.md',
    );
    expect(html).toMatch(
      /<mark class="claim-quote" id="said-ndtv-spiders-web-40" data-claim="ndtv-spiders-web-40">operation "<\/mark><a class="mention"[^>]*><mark class="claim-quote" data-claim="ndtv-spiders-web-40">Spider's web<\/mark><\/a><mark class="claim-quote" data-claim="ndtv-spiders-web-40">", which destroyed at least 40 Russian bombers<\/mark><a class="claim-ref" href="#claim-ndtv-spiders-web-40"/,
    );
  });
});
