import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/render-markdown.ts';

const body = 'First piece text.\n\n## The Merits Of A Region\n\nSecond piece text.\n';
const part = {
  title: 'The Merits Of A Region',
  standfirst: 'This proposal is realistic.',
  author: { name: 'Andrew Korybko' },
  published: { date: '2025-01-17', precision: 'day', basis: 'inferred', explanation: 'Listed as 17 January.' },
  tags: ['#Dnieper'],
};

describe('rehype-article-parts', () => {
  it('adds the standfirst, byline, date and tags under the part title', async () => {
    const { html } = await renderMarkdown(body, { parts: [part] });
    expect(html).toMatch(/<h2 id="the-merits-of-a-region-[0-9a-z]{4}" class="passage part-title">/);
    expect(html).toContain('<p class="part-standfirst">This proposal is realistic.</p>');
    expect(html).toContain('<p class="part-byline">By Andrew Korybko · 17 January 2025 (date inferred by us)</p>');
    expect(html).toContain('<p class="part-tags">#Dnieper</p>');
  });

  it('fails naming the field when no heading starts the part', async () => {
    await expect(renderMarkdown(body, { parts: [{ ...part, title: 'Another Title' }] }, 'content/articles/parts.md')).rejects.toThrow(
      'content/articles/parts.md: field "parts.0.title": no "## " heading with the text "Another Title" starts a part',
    );
  });
});
