import { describe, expect, it } from 'vitest';
import { findClaimProblems, parseClaimsFile } from '../../../src/lib/claims/checks.ts';
import { anchorClaims } from '../../../src/lib/claims/anchor.ts';
import { claimFileSlugs, claimsFilePath, loadClaimsFile } from '../../../src/lib/claims/load-files.ts';
import type { Claim } from '../../../src/lib/claims/schema.ts';
import { claim } from '../../helpers/claims.ts';
import { articlePassages } from '../../../src/lib/articles/load-rendered.ts';
import { loadRegistryFile } from '../../../src/lib/entities/load-registry.ts';
import { quoteOccurrences } from '../../../src/lib/quotes/anchor.ts';

const passages = [
  {
    id: 'intro',
    text: 'Kyiv is going into this second round bolstered by operation “Spider’s web”, which destroyed at least 40 Russian bombers.',
  },
  { id: 'talks', text: 'The talks took place in Istanbul. The talks took place in Istanbul again.' },
  { id: 'later', text: 'Russia and Ukraine met in Istanbul on June 2.' },
];
const where = 'content/claims/ndtv.yaml (article content/articles/ndtv.md)';

describe('anchorClaims', () => {
  it('anchors an exact quote to its passage and the quoted words', () => {
    const { anchored, problems } = anchorClaims(where, [claim('bombers', 'at least 40 Russian bombers')], passages);
    expect(problems).toEqual([]);
    expect(anchored).toHaveLength(1);
    const [{ passageId, start, end }] = anchored as [(typeof anchored)[0]];
    expect(passageId).toBe('intro');
    expect(passages[0]!.text.slice(start, end)).toBe('at least 40 Russian bombers');
  });

  it('matches across quote style, case and spacing, and keeps the source’s own characters', () => {
    const { anchored } = anchorClaims(where, [claim('op', 'operation "Spider\'s web",  which DESTROYED')], passages);
    expect(passages[0]!.text.slice(anchored[0]!.start, anchored[0]!.end)).toBe('operation “Spider’s web”, which destroyed');
  });

  it('returns claims in reading order whatever the file order', () => {
    const { anchored } = anchorClaims(
      where,
      [claim('date', 'on June 2'), claim('bombers', 'at least 40'), claim('op', 'operation')],
      passages,
    );
    expect(anchored.map((item) => item.claim.id)).toEqual(['op', 'bombers', 'date']);
  });

  it('names the article, the claim and the closest passage when a quote is missing', () => {
    const { problems } = anchorClaims(where, [claim('bombers', 'at least 50 Russian bombers')], passages);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/claims\/ndtv\.yaml \(article content\/articles\/ndtv\.md\): claim "bombers": the quote "at least 50 Russian bombers" is not in the article; closest passage #intro: "Kyiv is going/,
      ),
    ]);
  });

  it('rejects a quote found in several passages, naming them', () => {
    const { problems, anchored } = anchorClaims(where, [claim('istanbul', 'in Istanbul')], passages);
    expect(anchored).toEqual([]);
    expect(problems[0]).toMatch(/claim "istanbul": the quote "in Istanbul" occurs in 2 passages \(#talks, #later\)/);
  });

  it('rejects a quote found twice in one passage', () => {
    const { problems } = anchorClaims(where, [claim('twice', 'The talks took place')], passages);
    expect(problems[0]).toMatch(/claim "twice": .* occurs 2 times in passage #talks/);
  });
});

describe('quoteOccurrences', () => {
  it('gives raw offsets across collapsed whitespace', () => {
    expect(quoteOccurrences('a  b\nc d', 'b c')).toEqual([{ start: 3, end: 6 }]);
  });
});

describe('findClaimProblems', () => {
  const entities = new Set(['ndtv', 'donald-trump']);
  const file = (slug: string, claims: Claim[]) => ({ slug, file: `content/claims/${slug}.yaml`, claims });

  it('accepts relations between claims of different articles, declared once', () => {
    const problems = findClaimProblems(
      [
        file('a', [claim('a-40', 'x', { assertedBy: 'ndtv' })]),
        file('b', [
          claim('b-40', 'y', {
            relations: [
              { type: 'differs', claim: 'a-40', reason: 'R.', detail: { aspect: 'number', here: 'about 40', there: 'at least 40' } },
            ],
          }),
        ]),
      ],
      entities,
    );
    expect(problems).toEqual([]);
  });

  it('reports a duplicate id, an unknown entity, a missing or same-article target, and a relation declared twice', () => {
    const problems = findClaimProblems(
      [
        file('a', [
          claim('one', 'x', { assertedBy: 'kremlin-press' }),
          claim('two', 'y', { relations: [{ type: 'agrees', claim: 'one', reason: 'R.' }] }),
        ]),
        file('b', [claim('one', 'z'), claim('three', 'w', { relations: [{ type: 'same', claim: 'nowhere', reason: 'R.' }] })]),
      ],
      entities,
    );
    expect(problems).toContain('content/claims/b.yaml: claim "one": duplicate id; content/claims/a.yaml already uses it');
    expect(problems).toContainEqual(
      expect.stringMatching(/a\.yaml \(article a\): claim "one": field "assertedBy": no entity with id "kremlin-press"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/a\.yaml \(article a\): claim "two": field "relations\.0\.claim": "one" is in the same article/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/b\.yaml \(article b\): claim "three": field "relations\.0\.claim": no claim with id "nowhere"/),
    );
  });

  it('reports a relation declared on both sides', () => {
    const problems = findClaimProblems(
      [
        file('a', [claim('a1', 'x', { relations: [{ type: 'same', claim: 'b1', reason: 'R.' }] })]),
        file('b', [claim('b1', 'y', { relations: [{ type: 'same', claim: 'a1', reason: 'R.' }] })]),
      ],
      entities,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /claim "b1": field "relations\.0\.claim": the relation a1 ↔ b1 \(same\) is already declared by claim "a1"; declare one relation, once/,
      ),
    ]);
  });

  it('reports contradictory relations on one pair, directly or through a chain of "same"', () => {
    const same = (to: string) => ({ type: 'same' as const, claim: to, reason: 'R.' });
    const contradicts = (to: string) => ({
      type: 'contradicts' as const,
      claim: to,
      reason: 'R.',
      detail: { aspect: 'number' as const, here: 'h', there: 't' },
    });
    const problems = findClaimProblems(
      [
        file('a', [claim('a1', 'x', { relations: [same('b1')] }), claim('a2', 'x2', { relations: [contradicts('c1')] })]),
        file('b', [claim('b1', 'y', { relations: [contradicts('a1'), same('c1')] })]),
        file('c', [claim('c1', 'z', { relations: [contradicts('a1')] })]),
      ],
      entities,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /claim "b1": field "relations\.0\.claim": the relation a1 ↔ b1 \(contradicts\) is contradictory: already declared as "same" by claim "a1"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /claim "c1": field "relations\.0\.type": contradictory relations: "c1" contradicts "a1", but a chain of "same" relations makes them one claim/,
      ),
    );
    expect(problems.some((problem) => problem.includes('"a2"'))).toBe(false);
  });

  it('reports a pair both related and dismissed, and a dismissal of no claim', () => {
    const problems = findClaimProblems(
      [
        file('a', [claim('a1', 'x', { relations: [{ type: 'agrees', claim: 'b1', reason: 'R.' }] })]),
        file('b', [
          claim('b1', 'y', {
            dismissed: [
              { claim: 'a1', reason: 'No.' },
              { claim: 'gone', reason: 'No.' },
            ],
          }),
        ]),
      ],
      entities,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /b\.yaml \(article b\): claim "b1": field "dismissed\.0\.claim": "a1" is both dismissed and related \(agrees, declared by claim "a1"\)/,
      ),
      expect.stringMatching(/claim "b1": field "dismissed\.1\.claim": no claim with id "gone"/),
    ]);
  });

  it('reports a via naming no entity', () => {
    const problems = findClaimProblems(
      [file('a', [claim('a1', 'x', { via: [{ entity: 'reuters' }, { entity: 'nobody' }] })])],
      new Set(['reuters']),
    );
    expect(problems).toEqual([expect.stringMatching(/claim "a1": field "via\.1\.entity": no entity with id "nobody"/)]);
  });

  it('holds "opposes" to positions of different parties and "updates" to the later claim', () => {
    const position = (party: 'russia' | 'ukraine') => ({ kind: 'position' as const, party, issue: 'territory' as const });
    const problems = findClaimProblems(
      [
        {
          ...file('a', [claim('a1', 'x', { ...position('russia'), relations: [{ type: 'opposes', claim: 'b1', reason: 'R.' }] })]),
          published: '2025-06-02',
        },
        {
          ...file('b', [
            claim('b1', 'y', position('russia')),
            claim('b2', 'z', { relations: [{ type: 'updates', claim: 'a1', reason: 'R.' }] }),
          ]),
          published: '2025-01',
        },
        { ...file('c', [claim('c1', 'w', { relations: [{ type: 'opposes', claim: 'a1', reason: 'R.' }] })]), published: '2025-08-12' },
      ],
      entities,
    );
    expect(problems).toEqual([
      expect.stringMatching(/claim "a1": field "relations\.0\.claim": "opposes" ties positions of different parties; both are russia/),
      expect.stringMatching(
        /claim "b2": field "relations\.0\.claim": "updates" is declared on the later claim, but this article \(2025-01\) is older than "a1"'s \(2025-06-02\)/,
      ),
      expect.stringMatching(/claim "c1": field "relations\.0\.claim": "opposes" ties two positions; "c1" is figure and "a1" is position/),
    ]);
  });
});

describe('parseClaimsFile', () => {
  it('requires a reason on every relation and a detail on a differs relation, naming the file and field', () => {
    const yaml =
      'claims:\n  - { id: a, quote: q, summary: s, kind: figure, assertedBy: author, topic: territory, relations: [{ type: differs, claim: b }] }\n';
    const withReason = yaml.replace('claim: b }', 'claim: b, reason: r }');
    expect(() => parseClaimsFile('content/claims/x.yaml', yaml)).toThrow(
      /content\/claims\/x\.yaml: field "claims\.0\.relations\.0\.reason"/,
    );
    expect(() => parseClaimsFile('content/claims/x.yaml', withReason)).toThrow(
      /content\/claims\/x\.yaml: field "claims\.0\.relations\.0\.detail": a "differs" relation needs a detail/,
    );
  });
  it('requires party and issue on a position, from the closed lists, and only there', () => {
    const yaml =
      'claims:\n  - { id: a, quote: q, summary: s, kind: position, assertedBy: author, topic: territory, party: mars }\n  - { id: b, quote: q, summary: s, kind: event, assertedBy: author, topic: territory, issue: territory }\n';
    expect(() => parseClaimsFile('content/claims/x.yaml', yaml)).toThrow(
      /field "claims\.0\.party"[^\n]*\(got "mars"\)[\s\S]*field "claims\.1\.issue": only a claim of kind "position" has an issue/,
    );
    expect(() =>
      parseClaimsFile(
        'x.yaml',
        'claims:\n  - { id: a, quote: q, summary: s, kind: position, assertedBy: author, topic: territory, party: russia }\n',
      ),
    ).toThrow(/field "claims\.0\.issue": a position needs its issue/);
  });
  it('refuses an impossible event date or one that does not fit its precision', () => {
    const yaml = (date: string, precision: string) =>
      `claims:\n  - { id: a, quote: q, summary: s, kind: event, assertedBy: author, topic: territory, when: { date: '${date}', precision: ${precision}, basis: stated } }\n`;
    expect(() => parseClaimsFile('x.yaml', yaml('2025-02-30', 'day'))).toThrow(
      /field "claims\.0\.when\.date": must be a real date written YYYY-MM-DD/,
    );
    expect(() => parseClaimsFile('x.yaml', yaml('2025-06-02', 'month'))).toThrow(/written YYYY-MM for precision "month"/);
    expect(parseClaimsFile('x.yaml', yaml('2025-06', 'month')).claims[0]!.when).toEqual({
      date: '2025-06',
      precision: 'month',
      basis: 'stated',
    });
  });
  it('rejects an unknown kind or topic', () => {
    const yaml = 'claims:\n  - { id: a, quote: q, summary: s, kind: rumour, assertedBy: author, topic: weather }\n';
    expect(() => parseClaimsFile('content/claims/x.yaml', yaml)).toThrow(/field "claims\.0\.kind"[\s\S]*field "claims\.0\.topic"/);
  });
});

describe('the committed claims files', () => {
  it('anchor every quote, point only at existing claims and entities, and cover each article thoroughly', async () => {
    const rendered = await articlePassages();
    const slugs = [...new Set(rendered.map((passage) => passage.articleSlug))];
    expect(claimFileSlugs()).toEqual(slugs);
    const entityIds = new Set(loadRegistryFile().entities.map((entity) => entity.id));
    const files = slugs.map((slug) => ({ slug, file: claimsFilePath(slug), claims: loadClaimsFile(slug).claims }));
    expect(findClaimProblems(files, entityIds)).toEqual([]);
    for (const file of files) {
      const passages = rendered
        .filter((passage) => passage.articleSlug === file.slug)
        .map((passage) => ({ id: passage.passageId, text: passage.text }));
      expect(anchorClaims(file.file, file.claims, passages).problems).toEqual([]);
      expect(file.claims.length, file.slug).toBeGreaterThanOrEqual(12);
    }
    // The overlaps the sources share are declared: Spider's Web figure, the 2 June talks in three sources, the first round.
    const relations = files.flatMap((file) =>
      file.claims.flatMap((item) => item.relations.map((relation) => `${item.id} ${relation.type} ${relation.claim}`)),
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'stalemate-spiders-web-40 differs ndtv-spiders-web-40',
        'stalemate-june-2-istanbul same ndtv-talks-monday-istanbul',
        'khram-june-2-talks same stalemate-june-2-istanbul',
        'stalemate-mid-may-2000 agrees ndtv-first-round-may-16',
      ]),
    );
  });
});
