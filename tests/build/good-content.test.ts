/**
 * The real `astro build` on good fixture content: it publishes every article,
 * keeps ledgers as they are when nothing changed, writes them only when the
 * whole build succeeds, brings an id back when its text comes back, and a warm
 * cache never hides a mistake made since.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../helpers/build-fixture.ts';

const sites: FixtureSite[] = [];
afterAll(() => sites.forEach((site) => site.dispose()));

function site(): FixtureSite {
  const made = fixtureSite();
  sites.push(made);
  return made;
}

const ALPHA = 'articles/alpha.md';
const page = (s: FixtureSite, slug: string) => readFileSync(join(s.dist, 'articles', slug, 'index.html'), 'utf8');
/** The words a claim marks in a page, its marks' texts joined (a mark stops at an entity mention). */
const marked = (html: string, claimId: string) =>
  [...html.matchAll(new RegExp(`<mark class="claim-quote"[^>]*data-claim="${claimId}"[^>]*>(.*?)</mark>`, 'g'))]
    .map((match) => match[1]!.replace(/<[^>]+>/g, ''))
    .join('');
const ids = (html: string) => [...html.matchAll(/<(?:p|h2|li) id="([^"]+)" class="passage/g)].map((match) => match[1]);

describe('astro build on good content', () => {
  it('publishes every article and leaves unchanged ledgers alone', () => {
    const s = site();
    const before = s.read('ledgers/alpha.json');
    const { status, output } = s.build();
    expect(status, output).toBe(0);
    expect(page(s, 'alpha')).toContain('Talks resume in Istanbul');
    expect(page(s, 'beta')).toContain('A second view of the talks');
    expect(existsSync(join(s.dist, 'claims', 'index.html'))).toBe(true);
    expect(s.read('ledgers/alpha.json')).toBe(before);
  });

  it('writes an edited article’s ledger after the build, keeping the old id working', () => {
    const s = site();
    const published = JSON.parse(s.read('ledgers/alpha.json')).passages.map((passage: { id: string }) => passage.id);
    s.edit(ALPHA, 'agreed to exchange prisoners.', 'agreed to exchange prisoners of war.');
    expect(s.build().status).toBe(0);
    const ledger = JSON.parse(s.read('ledgers/alpha.json'));
    const html = page(s, 'alpha');
    for (const id of published) expect(html).toContain(`id="${id}"`);
    expect(ledger.passages.at(-1).text).toContain('prisoners of war');
  });

  it('writes no ledger when the build fails, even for the articles that rendered', () => {
    const s = site();
    const before = s.read('ledgers/alpha.json');
    s.edit(ALPHA, 'The delegations met for about an hour and agreed to exchange prisoners.', 'A new last paragraph.');
    s.edit('claims/beta.yaml', 'quote: The talks in Istanbul lasted about an hour', 'quote: words beta never says');
    expect(s.build().status).not.toBe(0);
    expect(s.read('ledgers/alpha.json')).toBe(before);
  });

  it('fails, naming the card and the folder, when a preview card cannot be stored, and writes no ledger', () => {
    const s = site();
    const before = s.read('ledgers/alpha.json');
    s.edit(ALPHA, 'agreed to exchange prisoners.', 'agreed to exchange prisoners of war.');
    // A file where the card cache's folder should be: no card can be stored there.
    writeFileSync(join(s.root, 'not-a-folder'), '');
    const { status, output } = s.build({ CARD_CACHE_DIR: join(s.root, 'not-a-folder', 'cards') });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /The preview card \S+\/articles\/(alpha|beta)\/p\/\S+\.png \(passage \S+ of (alpha|beta)\) could not be written/,
    );
    expect(output).toContain('not-a-folder');
    expect(s.read('ledgers/alpha.json')).toBe(before);
  });

  it('gives back the original ids when a deletion is reverted', () => {
    const s = site();
    expect(s.build().status).toBe(0);
    const original = ids(page(s, 'alpha'));
    const text = s.read(ALPHA);
    // Delete a paragraph (and the note on it): its id retires, and the page keeps it as an alias.
    s.edit(ALPHA, 'Russia holds about 113,100 square km of Ukraine, a little under a fifth.\n\n', '');
    s.edit(ALPHA, 'notes:\n  - quote: about 113,100 square km\n    note: Roughly the area of Ohio.\n    kind: figure\n', '');
    expect(s.build().status).toBe(0);
    expect(ids(page(s, 'alpha'))).not.toEqual(original);
    s.write(ALPHA, text);
    expect(s.build().status).toBe(0);
    expect(ids(page(s, 'alpha'))).toEqual(original);
  });

  it('fails a warm build on a mistake made since the last one', () => {
    const s = site();
    expect(s.build().status).toBe(0);
    s.edit('sources.yaml', 'kind: outlet', 'kind: outlet\n  kind: author');
    const broken = s.build();
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/sources\.yaml:\d+:\d+: invalid YAML: duplicated mapping key/);
    s.edit('sources.yaml', 'kind: outlet\n  kind: author', 'kind: outlet');
    s.remove('ledgers/beta.json');
    const missing = s.build();
    expect(missing.status).not.toBe(0);
    expect(missing.output).toMatch(
      /ledgers\/beta\.json is missing, but the article was published with it \(commit [0-9a-f]+\); restore it with `git checkout/,
    );
  });

  it('re-renders on a warm build the article whose claims file changed, and fails it on a quote it lacks', () => {
    const s = site();
    expect(s.build().status).toBe(0);
    const alpha = page(s, 'alpha');
    expect(marked(page(s, 'beta'), 'beta-lasted-an-hour')).toBe('The talks in Istanbul lasted about an hour');
    s.edit('claims/beta.yaml', 'quote: The talks in Istanbul lasted about an hour', 'quote: Kiev and Moscow agreed on little');
    expect(s.build().status).toBe(0);
    expect(marked(page(s, 'beta'), 'beta-lasted-an-hour')).toBe('Kiev and Moscow agreed on little');
    expect(page(s, 'alpha')).toBe(alpha);
    s.edit('claims/beta.yaml', 'quote: Kiev and Moscow agreed on little', 'quote: words beta never says');
    const broken = s.build();
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/beta/);
    expect(broken.output).toMatch(/words beta never says/);
  });

  it('shows HTML in a standfirst as words, on the page and in the feed', () => {
    const s = site();
    s.edit(
      ALPHA,
      'title: Talks resume in Istanbul\n',
      "title: Talks resume in Istanbul\nstandfirst: '<img src=x onerror=alert(1)> & <b>bold</b>'\n",
    );
    expect(s.build().status).toBe(0);
    expect(page(s, 'alpha')).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    const feed = readFileSync(join(s.dist, 'rss.xml'), 'utf8');
    // Escaped twice: once for XML, once because readers read a description as HTML.
    expect(feed).toContain(
      '<description>&amp;#60;img src=x onerror=alert(1)&amp;#62; &amp;#38; &amp;#60;b&amp;#62;bold&amp;#60;/b&amp;#62;</description>',
    );
    expect(feed).not.toMatch(/<img|&lt;img/);
  });
});
