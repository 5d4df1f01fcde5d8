/**
 * The build is the test: every class of bad content, put into a copy of the
 * fixture content, makes the real `astro build` fail with a message naming the
 * file, the field and the value, and a failed build leaves the ledgers alone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureSite } from '../helpers/build-fixture.ts';

interface BadInput {
  /** What is wrong, as a test name. */
  name: string;
  change: (site: FixtureSite) => void;
  /** Pieces the build's message must hold: the file, the field, the value. */
  says: (string | RegExp)[];
}

const ALPHA = 'articles/alpha.md';

const BAD_INPUTS: BadInput[] = [
  // Frontmatter
  {
    name: 'frontmatter: a field of the wrong type',
    change: (s) => s.edit(ALPHA, 'kind: news-report', 'kind: 42'),
    says: ['alpha.md', 'kind', '42'],
  },
  {
    name: 'frontmatter: a missing field',
    change: (s) => s.edit(ALPHA, 'title: Talks resume in Istanbul\n', ''),
    says: ['alpha.md', 'title'],
  },
  {
    name: 'frontmatter: an impossible date',
    change: (s) => s.edit(ALPHA, 'date: 2025-06-02', 'date: 2025-02-31'),
    says: ['alpha.md', 'published.date', '2025-02-31'],
  },
  {
    name: 'frontmatter: an impossible month',
    change: (s) => s.edit(ALPHA, 'date: 2025-06-02', 'date: 2025-13-45'),
    says: ['alpha.md', 'published.date', '2025-13-45'],
  },
  {
    name: 'frontmatter: an unknown source',
    change: (s) => s.edit(ALPHA, 'outlet: wire', 'outlet: nowhere'),
    says: ['alpha.md', 'outlet', 'nowhere'],
  },
  {
    name: 'frontmatter: YAML syntax',
    change: (s) => s.edit(ALPHA, 'kind: news-report', 'kind: [news-report'),
    says: ['alpha.md', /YAML|yaml/],
  },
  {
    name: 'frontmatter: a duplicate key',
    change: (s) => s.edit(ALPHA, 'kind: news-report', 'kind: news-report\nkind: analysis'),
    says: ['alpha.md', /duplicate|duplicated/i, 'kind'],
  },
  // Sources
  {
    name: 'sources.yaml: YAML syntax',
    change: (s) => s.edit('sources.yaml', 'kind: outlet', 'kind: [outlet'),
    says: ['sources.yaml', /:\d+:\d+/],
  },
  {
    name: 'sources.yaml: a duplicate key',
    change: (s) => s.edit('sources.yaml', 'kind: outlet', 'kind: outlet\n  kind: author'),
    says: ['sources.yaml', /duplicate|duplicated/i],
  },
  {
    name: 'sources.yaml: a field of the wrong type',
    change: (s) => s.edit('sources.yaml', 'kind: outlet', 'kind: 7'),
    says: ['sources.yaml', 'wire', 'kind', '7'],
  },
  // Registry
  {
    name: 'entities.yaml: YAML syntax',
    change: (s) => s.edit('entities.yaml', 'aliases: [Putin]', 'aliases: [Putin'),
    says: ['entities.yaml', /:\d+:\d+/],
  },
  {
    name: 'entities.yaml: a duplicate key',
    change: (s) => s.edit('entities.yaml', 'type: person', 'type: person\n    type: place'),
    says: ['entities.yaml', /duplicate|duplicated/i],
  },
  {
    name: 'entities.yaml: an alias two entities claim',
    change: (s) => s.edit('entities.yaml', 'aliases: [Moscow]', 'aliases: [Moscow, Kiev]'),
    says: ['entities.yaml', 'moscow', 'Kiev', 'kyiv'],
  },
  {
    name: 'entities.yaml: a duplicate id',
    change: (s) => s.edit('entities.yaml', 'id: moscow', 'id: kyiv'),
    says: ['entities.yaml', 'kyiv', /duplicate id/],
  },
  {
    name: 'entities.yaml: an unknown type',
    change: (s) => s.edit('entities.yaml', 'type: person', 'type: wizard'),
    says: ['entities.yaml', 'vladimir-putin', 'type', 'wizard'],
  },
  // Claims
  {
    name: 'claims: YAML syntax',
    change: (s) => s.edit('claims/alpha.yaml', 'kind: figure', 'kind: [figure'),
    says: ['claims/alpha.yaml', /:\d+:\d+/],
  },
  {
    name: 'claims: a duplicate key',
    change: (s) => s.edit('claims/alpha.yaml', 'kind: figure', 'kind: figure\n    kind: event'),
    says: ['claims/alpha.yaml', /duplicate|duplicated/i],
  },
  {
    name: 'claims: a quote the article lacks',
    change: (s) => s.edit('claims/alpha.yaml', 'quote: The delegations met for about an hour', 'quote: The delegations never met'),
    says: ['claims/alpha.yaml', 'alpha-met-an-hour', 'The delegations never met'],
  },
  {
    name: 'claims: a quote found twice',
    change: (s) => s.edit('claims/alpha.yaml', 'quote: The delegations met for about an hour', 'quote: about'),
    says: ['claims/alpha.yaml', 'alpha-met-an-hour', 'about'],
  },
  {
    name: 'claims: a relation to no claim',
    change: (s) => s.edit('claims/alpha.yaml', 'claim: beta-lasted-an-hour', 'claim: beta-nothing'),
    says: ['claims/alpha.yaml', 'alpha-met-an-hour', 'relations.0.claim', 'beta-nothing'],
  },
  {
    name: 'claims: a relation without its reason',
    change: (s) => s.edit('claims/alpha.yaml', '        reason: Both give the talks about an hour.\n', ''),
    says: ['claims/alpha.yaml', 'claims.0.relations.0.reason'],
  },
  {
    name: 'claims: contradictory relations on one pair',
    change: (s) =>
      s.edit(
        'claims/beta.yaml',
        '    topic: negotiations\n    dismissed:',
        "    topic: negotiations\n    relations:\n      - { type: contradicts, claim: alpha-met-an-hour, reason: R., detail: { aspect: number, here: 'an hour', there: 'an hour' } }\n    dismissed:",
      ),
    says: ['claims/beta.yaml', 'beta-lasted-an-hour', 'relations.0.claim', /contradictory: already declared as "same"/],
  },
  {
    name: 'claims: a pair both related and dismissed',
    change: (s) => s.edit('claims/beta.yaml', 'claim: alpha-putin-sent-delegation', 'claim: alpha-met-an-hour'),
    says: ['claims/beta.yaml', 'beta-lasted-an-hour', 'dismissed.0.claim', 'alpha-met-an-hour', /both dismissed and related/],
  },
  {
    name: 'claims: a position of an unknown party',
    change: (s) => s.edit('claims/beta.yaml', 'party: russia', 'party: mars'),
    says: ['claims/beta.yaml', 'claims.1.party', 'mars'],
  },
  {
    name: 'claims: a position on an unknown issue',
    change: (s) => s.edit('claims/beta.yaml', 'issue: talks', 'issue: weather'),
    says: ['claims/beta.yaml', 'claims.1.issue', 'weather'],
  },
  {
    name: 'claims: a via naming no entity',
    change: (s) => s.edit('claims/beta.yaml', 'entity: moscow', 'entity: nobody-known'),
    says: ['claims/beta.yaml', 'beta-putin-silent-on-next-round', 'via.0.entity', 'nobody-known'],
  },
  {
    name: 'claims: an impossible event date',
    change: (s) => s.edit('claims/alpha.yaml', 'date: 2025-06-02', 'date: 2025-06-31'),
    says: ['claims/alpha.yaml', 'claims.1.when.date', '2025-06-31'],
  },
  {
    name: 'claims: "opposes" between positions of one party',
    change: (s) => s.edit('claims/alpha.yaml', 'party: ukraine', 'party: russia'),
    says: ['claims/beta.yaml', 'beta-putin-silent-on-next-round', 'relations.0.claim', /different parties; both are russia/],
  },
  // Stories
  {
    name: 'stories: an unknown article',
    change: (s) => s.edit('stories.yaml', 'articles: [alpha, beta]', 'articles: [alpha, gamma]'),
    says: ['stories.yaml', 'istanbul-round', 'stories.0.articles.1', 'gamma'],
  },
  {
    name: 'stories: YAML syntax',
    change: (s) => s.edit('stories.yaml', 'articles: [alpha, beta]', 'articles: [alpha, beta'),
    says: ['stories.yaml', /:\d+:\d+/],
  },
  {
    name: 'claims: an unknown entity',
    change: (s) => s.edit('claims/alpha.yaml', 'assertedBy: vladimir-putin', 'assertedBy: nobody-known'),
    says: ['claims/alpha.yaml', 'assertedBy', 'nobody-known'],
  },
  {
    name: 'claims: a field of the wrong type',
    change: (s) => s.edit('claims/alpha.yaml', 'topic: negotiations', 'topic: 42'),
    says: ['claims/alpha.yaml', 'topic', '42'],
  },
  // Framing lexicon
  {
    name: 'framing.yaml: an unknown category',
    change: (s) => s.edit('framing.yaml', 'category: spelling', 'category: grammar'),
    says: ['framing.yaml', 'concept "kyiv"', 'concepts.0.category', 'grammar'],
  },
  // Notes
  {
    name: 'notes: a quote the article lacks',
    change: (s) => s.edit(ALPHA, 'quote: about 113,100 square km', 'quote: about 200,000 square miles'),
    says: ['alpha.md', 'notes.0.quote', 'about 200,000 square miles'],
  },
  {
    name: 'notes: an unknown kind',
    change: (s) => s.edit(ALPHA, '    kind: figure', '    kind: typo'),
    says: ['alpha.md', 'notes.0.kind', 'typo'],
  },
  // Ledgers
  { name: 'ledgers: a published ledger missing', change: (s) => s.remove('ledgers/alpha.json'), says: ['ledgers/alpha.json', /git/] },
  {
    name: 'ledgers: a corrupt ledger',
    change: (s) => s.write('ledgers/alpha.json', '{"passages": ['),
    says: ['ledgers/alpha.json', /JSON|json/],
  },
  {
    name: 'ledgers: a hand-renamed id',
    change: (s) =>
      s.write('ledgers/alpha.json', s.read('ledgers/alpha.json').replace(/"id": "putin-sent-[a-z0-9-]+"/, '"id": "renamed-by-hand"')),
    says: ['ledgers/alpha.json', 'renamed-by-hand'],
  },
  // Body
  {
    name: 'an empty article',
    change: (s) => s.write(ALPHA, s.read(ALPHA).replace(/\n---\n[\s\S]*$/, '\n---\n')),
    says: ['alpha.md', /no text|empty/],
  },
  {
    name: 'a javascript: link',
    change: (s) => s.edit(ALPHA, 'agreed to exchange prisoners.', 'agreed to [exchange](javascript:alert(1)) prisoners.'),
    says: ['alpha.md', 'javascript:alert(1)'],
  },
];

const sites: FixtureSite[] = [];
afterAll(() => sites.forEach((site) => site.dispose()));

describe('astro build on bad content', () => {
  it.each(BAD_INPUTS)('$name', ({ change, says }) => {
    const site = fixtureSite();
    sites.push(site);
    const ledgers = ['alpha', 'beta'].map((slug) => safeRead(site, `ledgers/${slug}.json`));
    change(site);
    const changedLedgers = ['alpha', 'beta'].map((slug) => safeRead(site, `ledgers/${slug}.json`));
    const { status, output } = site.build();
    expect(status, output).not.toBe(0);
    for (const piece of says) expect(output).toMatch(typeof piece === 'string' ? new RegExp(escape(piece)) : piece);
    // A failed build writes nothing to the ledgers.
    expect(['alpha', 'beta'].map((slug) => safeRead(site, `ledgers/${slug}.json`))).toEqual(changedLedgers);
    expect(ledgers).toHaveLength(2);
  });
});

function safeRead(site: FixtureSite, file: string): string | undefined {
  try {
    return site.read(file);
  } catch {
    return undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
