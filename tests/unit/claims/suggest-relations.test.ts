import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/entities/matcher.ts';
import { bestThreshold, metricsAt, recallFirstThreshold, splitPairs, tuneWeights } from '../../../src/lib/claims/evaluate-relations.ts';
import {
  dateKeys,
  describeEvidence,
  findNumbers,
  pairKey,
  scoredPairs,
  sentenceItems,
  suggestRelations,
  tieAnswers,
  tieCorpus,
  tieEvidence,
  type TieItem,
  type TieWeights,
  whenKeys,
} from '../../../src/lib/claims/suggest-relations.ts';

const matcher = compileMatcher([
  { id: 'steve-witkoff', aliases: ['Steve Witkoff', 'Witkoff', 'Whitkov'], demonyms: [] },
  { id: 'vladimir-putin', aliases: ['Vladimir Putin', 'Putin'], demonyms: [] },
  { id: 'russia', aliases: ['Russia', 'Moscow'], demonyms: ['Russian'] },
  { id: 'ukraine', aliases: ['Ukraine', 'Kyiv'], demonyms: ['Ukrainian'] },
  { id: 'istanbul', aliases: ['Istanbul'], demonyms: [] },
]);

const item = (key: string, articleSlug: string, quote: string, extra: Partial<TieItem> = {}): TieItem => ({
  key,
  claimId: key,
  articleSlug,
  passageId: `${key}-p`,
  quote,
  summary: '',
  kind: 'event',
  ...extra,
});

const items = [
  item('a-envoy', 'a', 'Whitkov flew in to see the president', { summary: 'The envoy visited.', topic: 'us-role' }),
  item('b-envoy', 'b', 'envoy Witkoff held long talks in the Kremlin', { topic: 'us-role' }),
  item('a-bombers', 'a', 'Ukraine destroyed at least 40 Russian bombers', { kind: 'figure', topic: 'military-operations' }),
  item('b-bombers', 'b', 'Kyiv claimed to have hit approximately 40 bomber aircraft', { kind: 'figure', topic: 'military-operations' }),
  item('a-regions', 'a', 'Moscow demands the whole of four regions', { kind: 'position', party: 'russia', issue: 'territory' }),
  item('c-regions', 'c', 'Kyiv will never give up occupied land', { kind: 'position', party: 'ukraine', issue: 'territory' }),
  item('c-no-nato', 'c', 'Washington says Ukraine will not join NATO', { kind: 'position', party: 'united-states', issue: 'nato' }),
  item('a-no-nato', 'a', 'Moscow demands that Ukraine drop its NATO ambitions', { kind: 'position', party: 'russia', issue: 'nato' }),
  item('c-weather', 'c', 'The weather in Istanbul was warm and sunny that afternoon', { kind: 'assessment', topic: 'negotiations' }),
  item('c-exchange', 'c', 'Prisoner exchanges went on through the summer months', { topic: 'prisoner-exchanges' }),
];
const corpus = tieCorpus(items, matcher);
const byKey = (key: string) => items.find((entry) => entry.key === key)!;
const evidence = (a: string, b: string) => tieEvidence(corpus, byKey(a), byKey(b));
const weights: TieWeights = { entities: 1, numbers: 1.5, dates: 1, topic: 0.5, kind: 0, issue: 1, opposed: 1, words: 4 };
const noAnswers = tieAnswers([]);
const suggested = (answers = noAnswers) => suggestRelations(scoredPairs(corpus), answers, { weights, threshold: 1.5 });

describe('findNumbers and dateKeys', () => {
  it('reads figures with their hedges and units, after masking dates', () => {
    expect(findNumbers('Ukraine destroyed at least 40 Russian bombers on June 1')).toEqual([
      { value: 40, unit: ['russian', 'bomber'], hedge: 'at least', text: 'at least 40 Russian bombers' },
    ]);
    const figures = findNumbers('a 30-day ceasefire, the remains of 6,000 soldiers, 50% of the aid, some 3,000 from each, forty drones');
    expect(figures.map((figure) => [figure.value, figure.hedge, figure.unit, figure.text])).toEqual([
      [30, undefined, ['day', 'ceasefire'], '30-day ceasefire'],
      [6000, undefined, ['soldier'], '6,000 soldiers'],
      [50, undefined, ['%'], '50%'],
      [3000, 'some', [], 'some 3,000'],
      [40, undefined, ['drone'], 'forty drones'],
    ]);
    expect(findNumbers('2 million people')[0]).toMatchObject({ value: 2e6, unit: ['people'] });
  });

  it('gives a day date its day and its month, whichever way it is written', () => {
    expect(dateKeys('On June 2, talks resumed')).toEqual(['june-2', 'june']);
    expect(dateKeys('held on 2 June 2025')).toEqual(['june-2', 'june']);
    expect(dateKeys('a prior encounter in mid-May, as in 2022')).toEqual(['may', '2022']);
    expect(whenKeys({ date: '2025-06-02', precision: 'day' })).toEqual(['june-2', 'june']);
    expect(whenKeys({ date: '2025-05', precision: 'month' })).toEqual(['may']);
  });
});

describe('tieEvidence', () => {
  it('finds an entity both name through the registry, however each spells it', () => {
    const found = evidence('a-envoy', 'b-envoy');
    expect(found.entities.map((entity) => entity.id)).toEqual(['steve-witkoff']);
    expect(describeEvidence(found)[0]).toMatch(/^entities: steve-witkoff /);
  });

  it('sets figures of one value side by side with their hedges and a shared unit', () => {
    const [figure] = evidence('a-bombers', 'b-bombers').numbers;
    expect(figure).toMatchObject({
      here: { value: 40, text: 'at least 40 Russian bombers' },
      there: { value: 40, text: 'approximately 40 bomber aircraft' },
      note: 'hedges differ: at least / approximately',
    });
    expect(describeEvidence(evidence('a-bombers', 'b-bombers'))).toContainEqual(
      expect.stringMatching(
        /^figure: at least 40 Russian bombers ~ approximately 40 bomber aircraft \(hedges differ: at least \/ approximately\)/,
      ),
    );
  });

  it('marks positions of different parties on one issue, whether they oppose or align', () => {
    expect(evidence('a-regions', 'c-regions')).toMatchObject({ sameIssue: true, opposedParties: true });
    expect(evidence('a-no-nato', 'c-no-nato')).toMatchObject({ sameIssue: true, opposedParties: true });
    expect(describeEvidence(evidence('a-no-nato', 'c-no-nato'))).toContain(
      'positions of different parties on one issue (opposes or aligns?)',
    );
    expect(evidence('a-regions', 'a-no-nato')).toMatchObject({ sameIssue: false, opposedParties: false });
    expect(evidence('a-regions', 'a-bombers')).toMatchObject({ sameIssue: false, opposedParties: false });
  });

  it('marks claims of one kind, and never a sentence, which has none', () => {
    expect(evidence('a-regions', 'c-no-nato').sameKind).toBe(true);
    expect(evidence('a-bombers', 'c-weather').sameKind).toBe(false);
    expect(describeEvidence(evidence('a-envoy', 'b-envoy'))).toContain('same kind of claim');
    const sentence = { key: 's', articleSlug: 'b', passageId: 'p', quote: 'Moscow demands land' };
    expect(tieEvidence(tieCorpus([...items, sentence], matcher), byKey('a-regions'), sentence).sameKind).toBe(false);
  });
});

describe('suggestRelations', () => {
  it('proposes the tied pairs, best first, and leaves unrelated claims below the threshold', () => {
    expect(suggested().map((candidate) => candidate.key)).toEqual(
      expect.arrayContaining([pairKey('a-envoy', 'b-envoy'), pairKey('a-bombers', 'b-bombers'), pairKey('a-regions', 'c-regions')]),
    );
    const keys = suggested().map((candidate) => candidate.key);
    expect(keys).not.toContain(pairKey('a-bombers', 'c-weather'));
    expect(keys).not.toContain(pairKey('b-envoy', 'c-exchange'));
    const scores = suggested().map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('never pairs two items of one article', () => {
    expect(scoredPairs(corpus).every((pair) => pair.a.articleSlug !== pair.b.articleSlug)).toBe(true);
  });

  it('reports related and dismissed pairs as resolved, whichever side declares them', () => {
    const answers = tieAnswers([
      { id: 'c-regions', relations: [{ type: 'opposes', claim: 'a-regions' }] },
      { id: 'a-no-nato', relations: [{ type: 'aligns', claim: 'c-no-nato' }] },
      { id: 'b-bombers', dismissed: [{ claim: 'a-bombers', reason: 'Different raids.' }] },
    ]);
    const status = (a: string, b: string) => suggested(answers).find((candidate) => candidate.key === pairKey(a, b))?.status;
    expect(status('a-regions', 'c-regions')).toEqual({ state: 'related', type: 'opposes' });
    expect(status('a-no-nato', 'c-no-nato')).toEqual({ state: 'related', type: 'aligns' });
    expect(status('a-bombers', 'b-bombers')).toEqual({ state: 'dismissed', reason: 'Different raids.' });
    const unresolved = suggested(answers).filter((candidate) => candidate.status.state === 'unresolved');
    expect(unresolved.map((candidate) => candidate.key)).not.toContain(pairKey('a-bombers', 'b-bombers'));
    expect(unresolved.map((candidate) => candidate.key)).toContain(pairKey('a-envoy', 'b-envoy'));
  });
});

describe('sentenceItems', () => {
  const passages = [
    { id: 'p1', text: 'Envoy Witkoff flew to Moscow on Thursday. He met Putin for three hours in the Kremlin. Short one.' },
  ];
  const anchored = [{ claim: { id: 'x', quote: 'He met Putin', topic: 'us-role' } as never, passageId: 'p1', start: 42, end: 54 }];

  it('takes the unannotated sentences of six words or more, with a topic from their passage, and their dismissals', () => {
    const dismissed = [{ sentence: 'Envoy Witkoff flew to Moscow', reason: 'Travel detail.' }];
    const { items: found, dismissedSentences } = sentenceItems('a', passages, anchored, dismissed);
    expect(found).toEqual([
      { key: 'a#p1@0', articleSlug: 'a', passageId: 'p1', quote: 'Envoy Witkoff flew to Moscow on Thursday.', topic: 'us-role' },
    ]);
    expect(dismissedSentences).toEqual(new Map([['a#p1@0', 'Travel detail.']]));
  });
});

describe('evaluation', () => {
  const pairs = scoredPairs(corpus);
  const answers = tieAnswers([{ id: 'a-envoy', relations: [{ type: 'same', claim: 'b-envoy' }] }]);

  it('splits claim pairs by their key, the same way every time, and never pairs with sentences', () => {
    const first = splitPairs(pairs, answers);
    const again = splitPairs([...pairs].reverse(), answers);
    expect(first.heldOut.map((entry) => entry.pair.key).sort()).toEqual(again.heldOut.map((entry) => entry.pair.key).sort());
    expect(first.tuning.length + first.heldOut.length).toBe(pairs.length);
    expect([...first.tuning, ...first.heldOut].filter((entry) => entry.tie)).toHaveLength(1);
  });

  it('measures recall over ties and precision over pairs at or above the threshold', () => {
    const labelled = pairs.map((pair) => ({ pair, tie: answers.related.has(pair.key) }));
    const metrics = metricsAt(labelled, weights, 1.5);
    expect(metrics).toMatchObject({ ties: 1, found: 1, recall: 1 });
    expect(metrics.precision).toBeCloseTo(1 / metrics.above);
    const best = bestThreshold(labelled, weights);
    expect(best.recall).toBe(1);
    expect(best.precision).toBeGreaterThanOrEqual(metrics.precision);
  });

  it('chooses recall first: the highest threshold with the recall asked for, then the weights most precise there', () => {
    const twoTies = tieAnswers([
      { id: 'a-envoy', relations: [{ type: 'same', claim: 'b-envoy' }] },
      { id: 'a-bombers', relations: [{ type: 'differs', claim: 'b-bombers' }] },
    ]);
    const labelled = pairs.map((pair) => ({ pair, tie: twoTies.related.has(pair.key) }));
    const half = recallFirstThreshold(labelled, weights, 0.5);
    const all = recallFirstThreshold(labelled, weights, 1);
    expect(half.found).toBeGreaterThanOrEqual(1);
    expect(all).toMatchObject({ ties: 2, found: 2, recall: 1 });
    expect(all.threshold).toBeLessThanOrEqual(half.threshold);
    // Just above the chosen threshold (rounded down to 0.05) the recall falls short.
    expect(metricsAt(labelled, weights, all.threshold + 0.05).recall).toBeLessThan(1);
    const tuned = tuneWeights(labelled, 1);
    expect(tuned.metrics.recall).toBe(1);
    expect(tuned.metrics.precision).toBeGreaterThanOrEqual(all.precision);
  });
});

describe('the committed claims', () => {
  // Every candidate at the committed threshold was read and answered (issue 12): a typed relation or a dismissal with its
  // reason. Deleting a curated tie or a dismissal, or a new claim that scores high against another source, fails here.
  it('relate or dismiss every candidate at or above the threshold', async () => {
    const { loadTies } = await import('../../../src/lib/claims/load-ties.ts');
    const { pairs, answers } = await loadTies();
    const unresolved = suggestRelations(pairs, answers).filter((candidate) => candidate.status.state === 'unresolved');
    expect(unresolved.map((candidate) => `${candidate.score.toFixed(2)} ${candidate.key}`)).toEqual([]);
  }, 30_000);
});
