import { describe, expect, it } from 'vitest';
import {
  articleEntities,
  type EntityClaimInput,
  ENTITY_CLAIMS_SHOWN,
  entityClaims,
  entityPage,
  entitiesIndex,
  entityProfiles,
  excerptAround,
  mentionTable,
  type MentionedArticle,
} from '../../../src/lib/entities/views.ts';
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

  it('gives the index a column per article while there are few, and per outlet in an archive', () => {
    expect(entitiesIndex(mentionTable(entities, [one, two]), [one, two]).columns.map((column) => column.href)).toEqual([
      '/articles/one/',
      '/articles/two/',
    ]);
    // 20 articles, newest first, from three outlets; the n-th names Putin n + 1 times.
    const archive = Array.from({ length: 20 }, (_, index) =>
      article(`a${index}`, `Outlet ${index % 3}`, Array(index + 1).fill('Putin spoke.')),
    );
    const index = entitiesIndex(mentionTable(entities, archive), archive);
    expect(index.columns).toEqual([
      { name: 'Outlet 0', href: '/articles/a0/', title: '7 articles; the latest: a0' },
      { name: 'Outlet 1', href: '/articles/a1/', title: '7 articles; the latest: a1' },
      { name: 'Outlet 2', href: '/articles/a2/', title: '6 articles; the latest: a2' },
    ]);
    const putin = index.groups.flatMap((group) => group.rows).find((row) => row.id === 'row-putin')!;
    expect(putin.counts).toEqual([1 + 4 + 7 + 10 + 13 + 16 + 19, 2 + 5 + 8 + 11 + 14 + 17 + 20, 3 + 6 + 9 + 12 + 15 + 18]);
    expect(putin.total).toBe(210);
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

  it('keeps an archive’s entity page short: the most-naming articles, a few sources per spelling, the counts on page 1 only', () => {
    // 40 articles from 20 outlets, the n-th naming Putin n times (ties: two articles per outlet).
    const archive = Array.from({ length: 40 }, (_, index) =>
      article(`a${index}`, `Outlet ${index % 20}`, Array(index + 1).fill('Putin spoke.')),
    );
    const profile = entityProfiles(entities, archive).get('putin')!;
    const first = entityPage(profile, archive);
    expect(first.perSource).toHaveLength(12);
    expect(first.perSource[0]).toEqual({ name: 'Outlet 19', href: '/articles/a39/', count: 40 });
    expect(first.perSourceMore).toBe('And 28 more articles name it.');
    expect(first.spellings).toEqual([
      { text: 'Putin', count: 820, sources: 'Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5 and 14 more sources' },
    ]);
    const second = entityPage(profile, archive, 2);
    expect(second.perSource).toEqual([]);
    expect(second.perSourceMore).toBeUndefined();
    // A few articles: every one listed, silent ones with a zero.
    expect(entityPage(entityProfiles(entities, [one, two]).get('trump')!, [one, two]).perSource.map((item) => item.count)).toEqual([3, 0]);
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

describe('entity claims', () => {
  const kremlin: Entity = { ...entity('kremlin', 'organisation', ['Kremlin']), side: 'russia' };
  const russia = entity('russia', 'place', ['Russia']);
  const reuters = entity('reuters', 'organisation', ['Reuters']);
  const ref = (slug: string, sourceName: string) => ({ slug, url: `/articles/${slug}/`, title: `Title ${slug}`, sourceName });
  const claim = (
    id: string,
    article: ReturnType<typeof ref>,
    assertedBy: string,
    extra: { party?: string; via?: { entity: string }[]; asserterHref?: string } = {},
  ): EntityClaimInput => ({
    claim: { id, summary: `Summary ${id}.`, quote: `quote ${id}`, assertedBy, party: extra.party, via: extra.via ?? [] },
    article,
    href: `/articles/${article.slug}/#claim-${id}`,
    passageHref: `/articles/${article.slug}/#p1`,
    asserter: { name: assertedBy, href: extra.asserterHref ?? `/entities/${assertedBy}/` },
  });
  const one = ref('one', 'Outlet One');
  const two = ref('two', 'Outlet Two');
  const claims = [
    claim('a', one, 'kremlin'),
    claim('b', one, 'vladimir-medinsky', { party: 'russia', via: [{ entity: 'reuters' }] }),
    claim('c', one, 'volodymyr-zelensky', { party: 'ukraine' }),
    claim('d', two, 'author', { asserterHref: '/entities/kremlin/' }),
    claim('e', two, 'rustem-umerov', { via: [{ entity: 'reuters' }] }),
  ];

  it('lists what an entity asserts and its side’s positions, grouped by source, linking to claim and passage', () => {
    const groups = entityClaims(kremlin, claims);
    expect(groups.map((group) => [group.source, group.claims.map((item) => [item.id, item.role])])).toEqual([
      [
        'Outlet One',
        [
          ['a', 'Asserted'],
          ['b', 'Position of its side, asserted by vladimir-medinsky'],
        ],
      ],
      ['Outlet Two', [['d', 'Asserted']]],
    ]);
    expect(groups[0]!.claims[0]).toMatchObject({
      summary: 'Summary a.',
      href: '/articles/one/#claim-a',
      passageHref: '/articles/one/#p1',
      quote: 'quote a',
    });
    expect(groups[0]!.articleHref).toBe('/articles/one/');
  });

  it('takes an entity whose id is a side as that party, and lists claims passing through an entity', () => {
    expect(entityClaims(russia, claims).flatMap((group) => group.claims.map((item) => item.id))).toEqual(['b']);
    expect(entityClaims(reuters, claims).map((group) => [group.source, group.claims.map((item) => [item.id, item.role])])).toEqual([
      ['Outlet One', [['b', 'Passed on from vladimir-medinsky']]],
      ['Outlet Two', [['e', 'Passed on from rustem-umerov']]],
    ]);
    expect(entityClaims(entity('nobody', 'person', ['Nobody']), claims)).toEqual([]);
  });

  it('puts the claims on the first page of an entity, with a summary', () => {
    const articles = [article('one', 'Outlet One', ['Putin met Trump in Kyiv.'])];
    const profile = entityProfiles([kremlin], articles).get('kremlin')!;
    const page = entityPage(profile, articles, 1, claims);
    expect(page.claimsSummary).toBe('3 claims in 2 articles');
    expect(entityPage(profile, articles, 2, claims).claims).toEqual([]);
    expect(entityPage(profile, articles).claimsSummary).toMatch(/^No claim/);
  });

  it('lists the claims of the latest articles only, past ENTITY_CLAIMS_SHOWN, and says so', () => {
    const articles = [article('one', 'Outlet One', ['Putin met Trump in Kyiv.'])];
    const profile = entityProfiles([kremlin], articles).get('kremlin')!;
    const many = Array.from({ length: 45 }, (_, index) => claim(`k${index}`, index < 20 ? one : two, 'kremlin'));
    const page = entityPage(profile, articles, 1, many);
    expect(page.claims.flatMap((group) => group.claims.map((item) => item.id))).toEqual(
      Array.from({ length: ENTITY_CLAIMS_SHOWN }, (_, index) => `k${index}`),
    );
    expect(page.claims.map((group) => [group.source, group.claims.length])).toEqual([
      ['Outlet One', 20],
      ['Outlet Two', ENTITY_CLAIMS_SHOWN - 20],
    ]);
    expect(page.claimsSummary).toBe(`45 claims in 2 articles; the ${ENTITY_CLAIMS_SHOWN} of the latest articles are listed here.`);
  });
});
