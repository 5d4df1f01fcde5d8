import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/cli/check-links.ts';
import { committedArticles } from '../helpers/articles.ts';
import { articleSlugs } from './browser.ts';

const read = (path: string) => readFileSync(`dist/${path}`, 'utf8');

describe('built site', () => {
  it('has no broken internal link, source or fragment (pages, share pages, feed, sitemaps)', () => {
    const report = checkLinks('dist', { site: process.env.SITE_URL ?? 'http://localhost:4321' });
    console.log(`link check of dist/: ${report.pages} pages, ${report.checked} internal links checked, ${report.external} external`);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(5000);
  });

  it('has an RSS feed with every article', () => {
    const rss = read('rss.xml');
    expect(rss.match(/<item>/g)).toHaveLength(committedArticles().length);
    for (const slug of articleSlugs()) expect(rss).toContain(`/articles/${slug}/</link>`);
  });

  it('links the feed, the stories, the sources and the editorial notes from every page’s footer, each link its own words', () => {
    const footer = read('index.html').match(/<footer class="site-footer">[\s\S]*?<\/footer>/)?.[0] ?? '';
    const links = [...footer.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]+?)\s*<\/a>/g)].map(([, href, text]) => [text, href]);
    expect(links).toEqual([
      ['Stories', '/stories/'],
      ['Sources', '/sources/'],
      ['Editorial notes', '/notes/'],
      ['RSS feed', '/rss.xml'],
    ]);
  });

  it('has a sitemap listing every page', () => {
    const sitemap = read('sitemap-0.xml');
    for (const slug of articleSlugs()) expect(sitemap).toContain(`/articles/${slug}/</loc>`);
    expect(sitemap).toContain('/sources/</loc>');
  });

  it('gives each article NewsArticle JSON-LD and OpenGraph tags', () => {
    for (const slug of articleSlugs()) {
      const html = read(`articles/${slug}/index.html`);
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
      const data = JSON.parse(json);
      expect(data['@type']).toMatch(/NewsArticle$/);
      expect(data.headline).toBeTruthy();
      expect(data.url).toMatch(new RegExp(`/articles/${slug}/$`));
      expect(html).toMatch(/<meta property="og:type" content="article">/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html).toMatch(/<link rel="canonical" href="[^"]+\/articles\/[^"]+\/">/);
    }
  });
});

describe('published passage ids', () => {
  const ledgers = articleSlugs().map((slug) => ({
    slug,
    ledger: JSON.parse(read(`../content/ledgers/${slug}.json`)) as { passages: { id: string }[]; retired: { id: string }[] },
  }));

  it('every id in every ledger, current or retired, lands on the article page and has a share page', () => {
    for (const { slug, ledger } of ledgers) {
      const html = read(`articles/${slug}/index.html`);
      for (const { id } of [...ledger.passages, ...ledger.retired]) {
        expect(html, `${slug}#${id}`).toContain(`id="${id}"`);
        expect(() => read(`articles/${slug}/p/${id}/index.html`), `${slug}/p/${id}/`).not.toThrow();
      }
    }
  });

  it('the page’s passages are exactly the ledger’s current passages, in order', () => {
    for (const { slug, ledger } of ledgers) {
      const html = read(`articles/${slug}/index.html`);
      const onPage = [...html.matchAll(/<(?:p|li|h[2-6]|blockquote) id="([^"]+)" class="passage/g)].map((match) => match[1]);
      expect(onPage).toEqual(ledger.passages.map((passage) => passage.id));
    }
  });
});
