import { describe, expect, it } from 'vitest';
import { articleEntities, entityProfiles, excerptAround, mentionTable, type MentionedArticle } from '../../../src/lib/entities/views.ts';
import { compileMatcher, findMentions } from '../../../src/lib/entities/matcher.ts';
import type { Entity } from '../../../src/lib/entities/schema.ts';

const entity = (id: string, type: Entity['type'], aliases: string[]): Entity => ({
  id,
  name: aliases[0]!,
  type,
  description: 'D.',
  aliases,
  demonyms: [],
});
const entities = [entity('trump', 'person', ['Trump']), entity('kyiv', 'place', ['Kyiv', 'Kiev']), entity('putin', 'person', ['Putin'])];
const matcher = compileMatcher(entities);

/** An article as the mention plugin would hand it over. */
function article(slug: string, sourceName: string, texts: string[]): MentionedArticle {
  const passages = texts.map((text, index) => ({ id: `p${index}`, kind: 'paragraph' as const, text }));
  const mentions = passages.flatMap((passage) => findMentions(matcher, passage.text).map((found) => ({ ...found, passageId: passage.id })));
  return { slug, url: `/articles/${slug}/`, title: slug, sourceName, passages, mentions };
}

const one = article('one', 'Outlet One', ['Putin met Trump in Kyiv.', 'Trump left. Trump returned.']);
const two = article('two', 'Outlet Two', ['Kiev waited for Putin.']);

describe('entity index', () => {
  it('orders an article’s entities by mentions, then first appearance, grouped by type', () => {
    const groups = articleEntities(entities, one.mentions);
    expect(groups.map((group) => [group.label, group.items.map((item) => [item.entity.id, item.count])])).toEqual([
      [
        'People',
        [
          ['trump', 3],
          ['putin', 1],
        ],
      ],
      ['Places', [['kyiv', 1]]],
    ]);
  });

  it('counts mentions per entity and source', () => {
    expect(mentionTable(entities, [one, two]).map((row) => [row.entity.id, row.counts, row.total])).toEqual([
      ['trump', [3, 0], 3],
      ['kyiv', [1, 1], 2],
      ['putin', [1, 1], 2],
    ]);
  });

  it('gathers every spelling, passage and co-occurring entity for an entity page', () => {
    const kyiv = entityProfiles(entities, [one, two]).get('kyiv')!;
    expect(kyiv.spellings.map((spelling) => [spelling.text, spelling.articles.map((a) => a.sourceName)])).toEqual([
      ['Kiev', ['Outlet Two']],
      ['Kyiv', ['Outlet One']],
    ]);
    expect(kyiv.passages.map((passage) => passage.href)).toEqual(['/articles/one/#p0', '/articles/two/#p0']);
    expect(kyiv.passages[1]!.excerpt).toEqual([
      { text: 'Kiev', mark: true },
      { text: ' waited for Putin.', mark: false },
    ]);
    expect(kyiv.related.map((item) => [item.entity.id, item.passages])).toEqual([
      ['putin', 2],
      ['trump', 1],
    ]);
  });

  it('cuts excerpts at word boundaries and marks each mention inside', () => {
    const text = `${'word '.repeat(40)}Trump spoke to Trump ${'then '.repeat(40)}`.trim();
    const start = text.indexOf('Trump');
    const second = text.indexOf('Trump', start + 1);
    const excerpt = excerptAround(
      text,
      [
        { start, end: start + 5 },
        { start: second, end: second + 5 },
      ],
      30,
    );
    expect(excerpt[0]).toEqual({ text: '…', mark: false });
    expect(excerpt.at(-1)).toEqual({ text: '…', mark: false });
    expect(excerpt.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['Trump', 'Trump']);
    expect(excerpt[1]!.text.startsWith('word')).toBe(true);
  });
});
