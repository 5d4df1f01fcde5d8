import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/render-markdown.ts';

const body =
  'So far, the two leaders have met in Helsinki (France) in 2018.\n\nThe next meeting is in Alaska.\n\n- a list item about Osaka\n';

describe('rehype-editorial-notes', () => {
  it('places a note right after the passage holding its quote, leaving the text unchanged', async () => {
    const { html, data } = await renderMarkdown(body, {
      notes: [{ quote: 'Helsinki (France)', note: 'Helsinki is in Finland.', kind: 'place' }],
    });
    const note = data.anchoredNotes![0]!;
    expect(note.passageId).toBe(data.passages![0]!.id);
    expect(note.id).toBe(`note-${note.passageId}`);
    // Entity mentions are wrapped (rehype-entity-mentions), the words themselves unchanged.
    expect(html).toMatch(
      /Helsinki<\/a> \(<a[^>]*>France<\/a>\) in 2018\.<span class="passage-tools">.*?<\/p><div class="editorial-note" role="note"/s,
    );
    expect(html).toContain('<q>Helsinki (France)</q>: Helsinki is in Finland.');
  });

  it('puts a note on a list item inside the item', async () => {
    const { html } = await renderMarkdown(body, { notes: [{ quote: 'about Osaka', note: 'G20, 2019.', kind: 'place' }] });
    expect(html).toMatch(/<li[^>]*>a list item about Osaka.*?<div class="editorial-note".*?<\/div><\/li>/s);
  });

  it('lists notes in reading order whatever their order in the frontmatter', async () => {
    const { data } = await renderMarkdown(body, {
      notes: [
        { quote: 'Alaska', note: 'Second.', kind: 'place' },
        { quote: 'Helsinki', note: 'First.', kind: 'place' },
      ],
    });
    expect(data.anchoredNotes!.map((note) => note.note)).toEqual(['First.', 'Second.']);
  });

  it('fails naming the file, the field and the closest passage when the quote is not in the article', async () => {
    await expect(
      renderMarkdown(body, { notes: [{ quote: 'Helsinki (Finland)', note: 'x', kind: 'place' }] }, 'content/articles/bad-note.md'),
    ).rejects.toThrow(
      /content\/articles\/bad-note\.md: field "notes\.0\.quote": the quote "Helsinki \(Finland\)" is not in the article; closest passage #so-far-the-two-leaders/,
    );
  });

  it("lets a note mark an entity's name in its words as a slip, not a mention (notMentions)", async () => {
    const notes = [{ quote: 'Helsinki (France)', note: 'Helsinki is in Finland.', kind: 'place', notMentions: ['france'] }];
    const { html, data } = await renderMarkdown(body, { notes });
    expect(html).toMatch(/Helsinki<\/a> \(France\) in 2018\./);
    expect(data.entityMentions!.map((mention) => mention.entityId)).toContain('helsinki');
    expect(data.entityMentions!.map((mention) => mention.entityId)).not.toContain('france');
  });

  it('fails naming the file, the field and the entity when notMentions skips nothing', async () => {
    const notes = [{ quote: 'Helsinki (France)', note: 'x', kind: 'place', notMentions: ['finland'] }];
    await expect(renderMarkdown(body, { notes }, 'content/articles/bad-note.md')).rejects.toThrow(
      /content\/articles\/bad-note\.md: field "notes\.0\.notMentions": "finland" names no entity the quoted words mention/,
    );
  });

  it('fails when the quote occurs in more than one passage', async () => {
    await expect(renderMarkdown(body, { notes: [{ quote: 'the', note: 'x', kind: 'place' }] })).rejects.toThrow(
      /field "notes\.0\.quote": .*occurs in 2 passages/,
    );
  });
});
