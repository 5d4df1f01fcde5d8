import { describe, expect, it } from 'vitest';
import { compileLexicon, findWordingUses } from '../../../src/lib/framing/match.ts';
import { type FramingLibrary, articleWording, framingPage } from '../../../src/lib/framing/views.ts';
import type { FramingLexicon } from '../../../src/lib/framing/schema.ts';

const lexicon: FramingLexicon = {
  concepts: [
    {
      id: 'kyiv',
      name: 'Kyiv or Kiev',
      category: 'spelling',
      description: 'D.',
      wordings: [
        { text: 'Kyiv', except: [] },
        { text: 'Kiev', except: [] },
        { text: 'Kyjiw', except: [] },
      ],
    },
    { id: 'the-war', name: 'The war', category: 'naming', description: 'D.', wordings: [{ text: 'the war', except: [] }] },
  ],
  dismissed: [],
};
const passages = [
  { slug: 'alpha', passageId: 'a1', text: 'Kyiv sent a delegation.' },
  { slug: 'alpha', passageId: 'a2', text: 'Kyiv and Kyiv again, in the war.' },
  { slug: 'beta', passageId: 'b1', text: 'Kiev’s talks.' },
  { slug: 'gamma', passageId: 'g1', text: 'Nothing to see.' },
];
const source = (slug: string, ids: string[]) => ({
  slug,
  sourceName: slug.toUpperCase(),
  title: `T ${slug}`,
  url: `/articles/${slug}/`,
  passageIds: ids,
});
const library: FramingLibrary = {
  lexicon,
  sources: [source('alpha', ['a0', 'a1', 'a2']), source('beta', ['b1']), source('gamma', ['g1'])],
  uses: findWordingUses(compileLexicon(lexicon), passages),
};

describe('framing views', () => {
  it('puts each source’s wordings side by side, counted, each linking to every passage holding it', () => {
    const [kyiv] = framingPage(library).concepts;
    expect(kyiv!.category).toBe('Spelling');
    expect(kyiv!.sources.map((entry) => [entry.slug, entry.wordings.map((wording) => [wording.text, wording.count])])).toEqual([
      ['alpha', [['Kyiv', 3]]],
      ['beta', [['Kiev', 1]]],
      ['gamma', []],
    ]);
    expect(kyiv!.sources[0]!.wordings[0]!.passages).toEqual([
      { href: '/articles/alpha/#a1', label: '¶ 2', text: 'Kyiv' },
      { href: '/articles/alpha/#a2', label: '¶ 3', text: 'Kyiv' },
    ]);
    expect(kyiv!.unused).toEqual(['Kyjiw']);
  });

  it('lists an article’s distinctive wordings against the others’, linking to the concept', () => {
    expect(articleWording(library, 'beta')).toEqual({
      items: [{ href: '/framing/#kyiv', concept: 'Kyiv or Kiev', mine: ['Kiev'], others: ['Kyiv'] }],
      more: 0,
      href: '/framing/',
    });
    expect(articleWording(library, 'alpha').items.map((item) => [item.mine, item.others])).toEqual([
      [['Kyiv'], ['Kiev']],
      [['the war'], []],
    ]);
    expect(articleWording(library, 'gamma').items).toEqual([]);
  });
});
