import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/render-markdown.ts';

const fixture = `First paragraph about Istanbul.

## Russia's Stance So Far

Second paragraph, with *emphasis*.

- 3 January: “Creative Energy Diplomacy
- 17 January: “The Merits

> A quoted passage.
`;

describe('rehype-passage-ids', () => {
  it('gives every paragraph, heading, list item and blockquote an id and a permalink', async () => {
    const { html, data } = await renderMarkdown(fixture);
    const passages = data.passages!;
    expect(passages.map((passage) => passage.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'blockquote']);
    for (const passage of passages) {
      expect(html).toContain(`id="${passage.id}"`);
      expect(html).toContain(`href="#${passage.id}"`);
    }
    expect(passages[2]!.text).toBe('Second paragraph, with emphasis.');
    expect(passages[1]).toMatchObject({ depth: 2, text: "Russia's Stance So Far" });
  });

  it('does not give a paragraph inside a blockquote or list item its own id', async () => {
    const { data } = await renderMarkdown('> Quoted one.\n>\n> Quoted two.\n\n- item\n\n  second para of item\n');
    expect(data.passages!.map((passage) => passage.kind)).toEqual(['blockquote', 'list-item']);
  });

  it('labels each permalink and copy button with the passage it belongs to', async () => {
    const { html } = await renderMarkdown('First paragraph about Istanbul.');
    expect(html).toContain('aria-label="Permalink to paragraph “First paragraph about Istanbul.”"');
    expect(html).toContain('aria-label="Copy link to paragraph “First paragraph about Istanbul.”"');
  });

  it('keeps other ids when one passage changes, and across rebuilds', async () => {
    const before = (await renderMarkdown('One.\n\nTwo.\n\nThree.')).data.passages!.map((passage) => passage.id);
    const again = (await renderMarkdown('One.\n\nTwo.\n\nThree.')).data.passages!.map((passage) => passage.id);
    const after = (await renderMarkdown('One.\n\nTwo, corrected.\n\nThree.')).data.passages!.map((passage) => passage.id);
    expect(again).toEqual(before);
    expect([after[0], after[2]]).toEqual([before[0], before[2]]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('keeps ids unique when a passage repeats', async () => {
    const ids = (await renderMarkdown('Same.\n\nSame.\n\nSame.')).data.passages!.map((passage) => passage.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('handles Unicode passages', async () => {
    const { data } = await renderMarkdown('The新一轮 "hellish sanctions" imposed by the West.\n\n新一轮');
    expect(data.passages![0]!.id).toMatch(/^the-hellish-sanctions-imposed-by-the-/);
    expect(data.passages![1]!.id).toMatch(/^新一轮-[0-9a-z]{4}$/);
  });
});

describe('remark-literal-html', () => {
  it('shows raw HTML from content as text instead of running it', async () => {
    const { html } = await renderMarkdown('<script>alert(1)</script>\n\nA line with <img src=x onerror=alert(1)> inside.');
    // Attribute values may hold the text; no element may be made from it.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });
});

describe('rehype-passage-ids with a ledger', () => {
  it('keeps a corrected passage’s id and lands retired ids on their successor', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const directory = mkdtempSync(join(tmpdir(), 'ledger-'));
    const file = 'content/articles/ledger-fixture.md';
    const first = await renderMarkdown(
      'Alpha paragraph about Istanbul.\n\nBeta paragraph about drones.\n\nGamma paragraph about trucks.',
      {},
      file,
      directory,
    );
    const ids = first.data.passages!.map((passage) => passage.id);
    const ledger = JSON.parse(readFileSync(join(directory, 'ledger-fixture.json'), 'utf8'));
    expect(ledger.passages.map((passage: { id: string }) => passage.id)).toEqual(ids);

    const edited = await renderMarkdown('Alpha paragraph about Istanbull.\n\nGamma paragraph about trucks.', {}, file, directory);
    expect(edited.data.passages!.map((passage) => passage.id)).toEqual([ids[0], ids[2]]);
    expect(edited.data.passages![1]!.aliases).toEqual([ids[1]]);
    expect(edited.html).toContain(`<p id="${ids[2]}" class="passage"><span id="${ids[1]}" class="passage-alias"></span>Gamma`);
  });
});
