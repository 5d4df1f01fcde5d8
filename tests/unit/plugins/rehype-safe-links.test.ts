import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/index.ts';
import rehypePassageIds from '../../../src/plugins/rehype-passage-ids.ts';
import rehypeSafeLinks, { isSafeUrl } from '../../../src/plugins/rehype-safe-links.ts';

async function render(markdown: string, unsafe?: 'error' | 'text') {
  const processor = await createMarkdownProcessor({
    ...markdownOptions(),
    syntaxHighlight: false,
    rehypePlugins: [[rehypeSafeLinks, { unsafe }], rehypePassageIds],
  });
  return processor.render(markdown);
}

/** Every way the issue found of writing a script URL in Markdown, and the other schemes that must not link. */
const HOSTILE = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](&#x6A;avascript:alert(1))',
  '<javascript:alert(1)>',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
];

describe('rehype-safe-links', () => {
  it('runs first in the site pipeline', () => {
    const first = markdownOptions().rehypePlugins[0];
    expect(Array.isArray(first) ? first[0] : first).toBe(rehypeSafeLinks);
  });

  it('accepts http, https, mailto, relative and fragment URLs and nothing else', () => {
    for (const url of [
      'https://example.com/a',
      'http://x.org',
      'mailto:desk@example.com',
      '/articles/a/',
      '../b',
      '#p1',
      '?q=1',
      '//cdn.example.com/x',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:x',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'tel:+1',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });

  it.each(HOSTILE)('fails the render on %s, naming the URL and its line', async (markdown) => {
    await expect(render(`First line.\n\n${markdown}\n`)).rejects.toThrow(/line|:\d+: the link ".*" is not allowed/);
  });

  it.each(HOSTILE)('with unsafe: text, keeps only the words of %s and no live URL', async (markdown) => {
    const { code } = await render(`${markdown}\n`, 'text');
    // The words stay (an autolink's words are its URL, shown as inert text); no attribute holds a URL.
    expect(code).not.toMatch(/(href|src)="(?!#)/i);
    expect(code).not.toMatch(/<a (?!class="passage-permalink")|<img /);
  });

  it('keeps safe links as they are', async () => {
    const { code } = await render('[a](https://example.com/) [b](mailto:x@example.com) [c](#p) <https://example.org/>\n');
    expect(code).toContain('<a href="https://example.com/">a</a>');
    expect(code).toContain('<a href="mailto:x@example.com">b</a>');
    expect(code).toContain('<a href="https://example.org/">https://example.org/</a>');
  });
});
