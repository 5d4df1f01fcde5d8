/** The link checker finds what a reader would hit: a missing page, a missing fragment, a link outside the base path. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/cli/check-links.ts';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('check-links', () => {
  it('passes a site whose links, fragments, feed and refresh all resolve', () => {
    const dist = site({
      'index.html':
        '<a href="/b/articles/a/#p1">a</a><a href="articles/a/">rel</a><img src="/b/x.png"><a href="https://other.example/">x</a>',
      'articles/a/index.html': '<p id="p1">x</p><a href="../../">home</a><a href="#p1:~:text=x">quote</a>',
      'articles/a/p/p1/index.html': '<meta http-equiv="refresh" content="0; url=/b/articles/a/#p1">',
      'x.png': 'png',
      'rss.xml':
        '<rss><channel><link>https://example.org/b/</link><item><link>https://example.org/b/articles/a/</link></item></channel></rss>',
    });
    const report = checkLinks(dist, { base: '/b/', site: 'https://example.org/b/' });
    expect(report.broken).toEqual([]);
    expect(report.external).toBe(1);
    expect(report.checked).toBe(8);
  });

  it('reports a missing page, a missing fragment and a link outside the base path, with the page they are on', () => {
    const dist = site({
      'index.html': '<a href="/b/nowhere/">x</a><a href="/b/#missing">y</a><a href="/articles/a/">z</a>',
    });
    expect(checkLinks(dist, { base: '/b/' }).broken).toEqual([
      'index.html: /b/nowhere/: no such file in the build',
      'index.html: /b/#missing: no element with id "missing"',
      'index.html: /articles/a/: outside the base path /b/',
    ]);
  });
});
