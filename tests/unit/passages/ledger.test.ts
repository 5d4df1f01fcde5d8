import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageFingerprint } from '../../../src/lib/passages/id.ts';
import { alignToLedger, emptyLedger, type Ledger, resolveAliases } from '../../../src/lib/passages/ledger.ts';

const original = [
  'The second round of talks held in Istanbul on June 2 was indeed reassuring.',
  'Particularly heartening was Moscow’s demand that Kyiv legally recognize the annexation of new territories.',
  'In general, the memorandums exchanged between the delegations have confirmed a long-clear fact.',
  'The current situation is very similar to the relationship between Armenia and Azerbaijan.',
  'Of course, the conflict was eventually fully resolved through military means.',
];

function publish(texts: readonly string[], ledger: Ledger = emptyLedger()) {
  return alignToLedger(ledger, texts);
}

/** Every id ever published resolves: it is a current id or an alias of one. */
function expectAllResolve(ledgerIds: string[], result: ReturnType<typeof alignToLedger>) {
  const resolvable = new Set([...result.ids, ...result.aliases.flat()]);
  for (const id of ledgerIds) expect(resolvable, `id ${id}`).toContain(id);
}

describe('passage ledger', () => {
  const first = publish(original);
  const firstIds = first.ids;

  it('publishes content-derived ids on first build', () => {
    expect(firstIds[0]).toMatch(/^the-second-round-of-talks-held-/);
    expect(new Set(firstIds).size).toBe(original.length);
  });

  it('keeps every id on a rebuild with no edits', () => {
    expect(publish(original, first.ledger).ids).toEqual(firstIds);
    expect(publish(original, first.ledger).ledger).toEqual(first.ledger);
  });

  it('keeps the id of a passage whose typo is fixed', () => {
    const edited = [...original];
    edited[1] = edited[1]!.replace('recognize', 'recognise');
    expect(publish(edited, first.ledger).ids).toEqual(firstIds);
  });

  it('keeps ids through quote-style and whitespace changes', () => {
    const edited = original.map((text) => text.replace('’', "'").replace(/ /g, '  '));
    expect(publish(edited, first.ledger).ids).toEqual(firstIds);
  });

  it('gives only an inserted passage a new id', () => {
    const edited = [original[0]!, 'A brand new paragraph about sanctions relief.', ...original.slice(1)];
    const result = publish(edited, first.ledger);
    expect([result.ids[0], ...result.ids.slice(2)]).toEqual(firstIds);
    expect(firstIds).not.toContain(result.ids[1]);
  });

  it('makes a deleted passage’s id an alias of its nearest neighbour', () => {
    const edited = original.filter((_, index) => index !== 2);
    const result = publish(edited, first.ledger);
    expect(result.ids).toEqual(firstIds.filter((_, index) => index !== 2));
    expect(result.aliases[2]).toEqual([firstIds[2]]); // The next passage stands for it.
    expect(result.ledger.retired).toEqual([
      { id: firstIds[2], successor: firstIds[3], reason: 'deleted', fingerprint: first.ledger.passages[2]!.fingerprint },
    ]);
  });

  it('keeps ids when passages are reordered', () => {
    const edited = [original[3]!, original[0]!, original[1]!, original[2]!, original[4]!];
    expect(publish(edited, first.ledger).ids).toEqual([firstIds[3], firstIds[0], firstIds[1], firstIds[2], firstIds[4]]);
  });

  it('keeps the id on the first part of a split passage', () => {
    const edited = [
      original[0]!,
      'Particularly heartening was Moscow’s demand that Kyiv legally recognize',
      'the annexation of new territories.',
      ...original.slice(2),
    ];
    const result = publish(edited, first.ledger);
    expect(result.ids[1]).toBe(firstIds[1]);
    expect(firstIds).not.toContain(result.ids[2]);
    expect(result.ids.slice(3)).toEqual(firstIds.slice(2));
  });

  it('makes a merged passage’s id an alias of the passage it went into', () => {
    const edited = [original[0]!, `${original[1]} ${original[2]}`, ...original.slice(3)];
    const result = publish(edited, first.ledger);
    expect(result.ids[1]).toBe(firstIds[1]);
    expect(result.aliases[1]).toEqual([firstIds[2]]);
    expect(result.ledger.retired[0]).toMatchObject({ id: firstIds[2], successor: firstIds[1], reason: 'merged' });
  });

  it('keeps the id of a substantially rewritten passage between unchanged neighbours', () => {
    const edited = [...original];
    edited[2] = 'Overall, the memorandums the delegations swapped only confirmed what everyone knew.';
    expect(publish(edited, first.ledger).ids).toEqual(firstIds);
  });

  it('never drops a retired id, and resolves chains of retirements', () => {
    const once = publish(
      original.filter((_, index) => index !== 2),
      first.ledger,
    );
    const twice = publish(
      original.filter((_, index) => index !== 2 && index !== 3),
      once.ledger,
    );
    expect(twice.ledger.retired.map((entry) => entry.id)).toEqual([firstIds[2], firstIds[3]]);
    expectAllResolve(firstIds, twice);
    expect(twice.aliases[2]).toEqual([firstIds[2], firstIds[3]]);
  });

  it('gives a passage whose text comes back its retired id again, and retires the id that stood in for it', () => {
    const removed = publish(original.slice(0, 4), first.ledger);
    const back = publish([...original.slice(0, 4), 'Something else entirely here.', original[4]!], removed.ledger);
    expect(back.ids[5]).toBe(firstIds[4]);
    expect(back.ledger.retired.map((entry) => entry.id)).not.toContain(firstIds[4]);
    expectAllResolve(firstIds, back);
  });

  it('restores the original ids when an edit is reverted', () => {
    const rewritten = publish([original[0]!, 'An entirely different passage now stands here.', ...original.slice(2)], first.ledger);
    const reverted = publish(original, rewritten.ledger);
    expect(reverted.ids).toEqual(firstIds);
    expectAllResolve([...firstIds, ...rewritten.ids], reverted);
  });

  it('resolves aliases to current ids only', () => {
    expect(
      resolveAliases(
        ['a', 'b'],
        [
          { id: 'x', successor: 'y', reason: 'deleted' },
          { id: 'y', successor: 'b', reason: 'merged' },
        ],
      ),
    ).toEqual([[], ['x', 'y']]);
  });
});

describe('passage ledger under random edits (property)', () => {
  const sentence = fc
    .array(
      fc.constantFrom('Kyiv', 'Moscow', 'talks', 'ceasefire', 'the', 'drones', 'peace', 'Istanbul', 'said', 'June', 'bombers', 'Trump'),
      { minLength: 4, maxLength: 12 },
    )
    .map((parts) => `${parts.join(' ')}.`);
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('typo' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: sentence }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  );

  type Edit = typeof edit extends fc.Arbitrary<infer Value> ? Value : never;

  function apply(texts: string[], change: Edit): string[] {
    const next = [...texts];
    if (!next.length) return change.kind === 'insert' ? [change.text] : next;
    const at = change.at % next.length;
    switch (change.kind) {
      case 'typo':
        next[at] = next[at]!.replace(/[a-z]/, 'x');
        break;
      case 'insert':
        next.splice(at, 0, change.text);
        break;
      case 'delete':
        next.splice(at, 1);
        break;
      case 'swap':
        if (at + 1 < next.length) [next[at], next[at + 1]] = [next[at + 1]!, next[at]!];
        break;
      case 'merge':
        if (at + 1 < next.length) next.splice(at, 2, `${next[at]} ${next[at + 1]}`);
        break;
      case 'split': {
        const parts = next[at]!.split(' ');
        if (parts.length > 3) next.splice(at, 1, parts.slice(0, 2).join(' '), parts.slice(2).join(' '));
        break;
      }
    }
    return next;
  }

  it('keeps every published id resolvable, ids unique, and unchanged passages’ ids stable', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sentence, { minLength: 1, maxLength: 8 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (start, edits) => {
          let texts = start;
          let result = alignToLedger(emptyLedger(), texts);
          const published = new Set(result.ids);
          for (const change of edits) {
            const before = new Map(texts.map((text, index) => [text, result.ids[index]!]));
            texts = apply(texts, change);
            result = alignToLedger(result.ledger, texts);
            expect(new Set(result.ids).size).toBe(result.ids.length);
            const resolvable = new Set([...result.ids, ...result.aliases.flat()]);
            if (texts.length) for (const id of published) expect(resolvable).toContain(id);
            // A passage whose text did not change keeps its id (when its text is unique on both sides).
            texts.forEach((text, index) => {
              const unique =
                texts.filter((other) => other === text).length === 1 && [...before.keys()].filter((other) => other === text).length === 1;
              if (unique && before.has(text)) expect(result.ids[index]).toBe(before.get(text));
            });
            for (const id of result.ids) published.add(id);
          }
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('never loses a published id through edits and reverts, and gives a text that comes back its retired id', () => {
    const step = fc.oneof(
      edit.map((change) => ({ change })),
      fc.record({ revertTo: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(sentence, { minLength: 1, maxLength: 8 }),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        (start, steps) => {
          let texts = start;
          let result = alignToLedger(emptyLedger(), texts);
          const versions: { texts: string[]; ids: string[] }[] = [{ texts, ids: result.ids }];
          const published = new Set(result.ids);
          for (const next of steps) {
            const earlier = 'revertTo' in next ? versions[next.revertTo % versions.length]! : undefined;
            texts = 'change' in next ? apply(texts, next.change) : earlier!.texts;
            result = alignToLedger(result.ledger, texts);
            expect(new Set(result.ids).size).toBe(result.ids.length);
            // No retired id stays retired while its very text is on the page again (texts unique, ids not shared).
            if (new Set(texts).size === texts.length) {
              const onPage = new Set(texts.map(passageFingerprint));
              const waiting = result.ledger.retired.filter((entry) => entry.fingerprint && onPage.has(entry.fingerprint));
              const fingerprints = waiting.map((entry) => entry.fingerprint);
              expect(waiting.filter((entry, index) => fingerprints.indexOf(entry.fingerprint) === index)).toEqual([]);
            }
            // Going back to the version just before restores its ids.
            if (earlier === versions.at(-2) && earlier && new Set(texts).size === texts.length) expect(result.ids).toEqual(earlier.ids);
            const resolvable = new Set([...result.ids, ...result.aliases.flat()]);
            if (texts.length) for (const id of published) expect(resolvable).toContain(id);
            for (const id of result.ids) published.add(id);
            versions.push({ texts, ids: result.ids });
          }
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
  });
});
