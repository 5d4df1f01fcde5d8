/**
 * Candidate ties between the texts, for `npm run relations:suggest`: pairs of
 * claims of different articles (and claims paired with unannotated sentences of
 * other articles) that may report the same fact or answer the same question,
 * each with a score and the evidence for it. Pure: the command hands in the
 * anchored claims, the sentences and the entity matcher.
 *
 * Evidence, each a feature in [0, 1] or a small sum of such, weighted:
 * - entities both name, through the registry's aliases ("Whitkov" meets "Witkoff"),
 *   each counted by its rarity (Russia and Ukraine are everywhere and weigh little);
 * - figures with the same value (and the same unit, "40 bombers" ~ "40 bomber
 *   aircraft"), their hedges set side by side ("at least" / "approximately");
 * - dates both give (day, month or year);
 * - positions on the same issue, and held by different parties (the evidence for
 *   `opposes` and `aligns` alike: one party's demand against, or in line with,
 *   another party's);
 * - the same topic;
 * - the same kind of claim (two assessments, two positions, two events...): ties
 *   with no word in common are mostly verdicts on one thing or positions on one
 *   question;
 * - word overlap of quotes and summaries (stemmed words weighted by rarity, cosine).
 */
import { findMentions, type EntityMatcher } from '../entities/matcher.ts';
import { fnv1a } from '../passages/id.ts';
import { lightStem } from '../search/expand.ts';
import { terms } from '../search/normalize.ts';
import type { DismissedSentence } from './schema.ts';
import { annotated, dismissedBy, findDates, maskDates, type SentencePassage, splitSentences } from './suggest.ts';

/** What the scorer reads of a claim or an unannotated sentence. */
export interface TieItem {
  /** The claim's id, or for a sentence `<slug>#<passage id>@<offset>`. */
  key: string;
  articleSlug: string;
  passageId: string;
  /** Set for claims; a sentence has none. */
  claimId?: string;
  /** The source's own words: the claim's quote, or the sentence. */
  quote: string;
  summary?: string;
  kind?: string;
  topic?: string;
  /** For positions: the side that holds it and what it is about. */
  party?: string;
  issue?: string;
  /** When the claimed event happened (the claims file's `when`): `2025-06-02`, `2025-06` or `2025`. */
  when?: { date: string; precision: string };
}

export interface NumberMention {
  value: number;
  /** Stemmed words after the figure ("bomber", "aircraft"); empty when none. */
  unit: string[];
  /** Words before it that qualify it ("at least", "approximately"), lower case. */
  hedge?: string;
  /** The figure as written, with hedge and unit words. */
  text: string;
}

export interface TieFeatures {
  entities: Set<string>;
  numbers: NumberMention[];
  /** "may-16", "may", "2022": a day date gives its month too. */
  dates: Set<string>;
  /** Stemmed words of at least three letters. */
  words: Set<string>;
}

const HEDGES = [
  'at least',
  'at most',
  'approximately',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'more than',
  'over',
  'up to',
  'some',
  'an estimated',
  'estimated',
  'fewer than',
  'less than',
  'as many as',
  'close to',
  'under',
];
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** Words after a figure that say nothing of what is counted. */
const NOT_UNITS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'from', 'each', 'more', 'than', 'per', 'date']);

const FIGURE = new RegExp(
  `(?:\\b(${HEDGES.join('|')})\\s+)?(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\\b` +
    `(?:\\s*(%|percent|per cent))?(?:\\s+(thousand|million|billion))?((?:[\\s-]+[\\p{L}'’]+){0,2})`,
  'giu',
);

function figureValue(written: string, scale: string | undefined): number {
  const base = NUMBER_WORDS[written.toLowerCase()] ?? Number(written.replace(/,/g, ''));
  return base * (scale ? SCALE[scale.toLowerCase()]! : 1);
}

/** The figures of a text, dates masked first (so "May 16" is no figure), with hedge and unit. */
export function findNumbers(text: string): NumberMention[] {
  const { masked } = maskDates(text);
  const found: NumberMention[] = [];
  for (const match of masked.matchAll(FIGURE)) {
    const [whole, hedge, written, percent, scale, after] = match;
    const unitWords = percent ? ['%'] : stemmedWords(after ?? '').filter((word) => !NOT_UNITS.has(word));
    const value = figureValue(written!, scale);
    if (!Number.isFinite(value)) continue;
    // The figure as written: with the words after it only when they say what is counted.
    const text = unitWords.length && !percent ? whole : whole.slice(0, whole.length - (after?.length ?? 0));
    found.push({ value, unit: unitWords, hedge: hedge?.toLowerCase(), text: text.trim() });
  }
  return found;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Keys of the dates in a text: a day date gives "may-16" and "may", a month "may", a year "2022". */
export function dateKeys(text: string): string[] {
  const keys: string[] = [];
  for (const date of findDates(text)) {
    const lower = date.toLowerCase();
    const month = MONTHS.find((name) => lower.includes(name));
    const day = month ? /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(lower.replace(/\b\d{4}\b/, ''))?.[1] : undefined;
    if (month && day) keys.push(`${month}-${Number(day)}`);
    if (month) keys.push(month);
    else keys.push(...(lower.match(/\b\d{4}\b/g) ?? []));
  }
  return [...new Set(keys)];
}

/** Keys of a claim's `when`, in the form dateKeys gives: `2025-06-02` is "june-2" and "june". */
export function whenKeys(when: TieItem['when']): string[] {
  if (!when) return [];
  const [year, month, day] = when.date.split('-');
  if (!month) return [year!];
  const name = MONTHS[Number(month) - 1]!;
  return day ? [`${name}-${Number(day)}`, name] : [name];
}

/** The words of a text as the search index forms them, stemmed lightly, of three letters or more. */
export function stemmedWords(text: string): string[] {
  return terms(text)
    .map(lightStem)
    .filter((word) => word.length >= 3 || word === '%');
}

/** What the scorer compares of one item: entities (names only, never demonyms), figures, dates and words of quote and summary. */
export function tieFeatures(item: TieItem, matcher: EntityMatcher): TieFeatures {
  const texts = [item.quote, item.summary ?? ''];
  const entities = new Set(
    texts.flatMap((text) =>
      findMentions(matcher, text)
        .filter((mention) => mention.form === 'name')
        .map((mention) => mention.entityId),
    ),
  );
  // Figures as the source wrote them first; the summary adds only values the quote lacks.
  const numbers = findNumbers(item.quote);
  for (const figure of findNumbers(item.summary ?? '')) {
    if (!numbers.some((known) => known.value === figure.value)) numbers.push({ ...figure, hedge: undefined });
  }
  const dates = new Set([...texts.flatMap(dateKeys), ...whenKeys(item.when)]);
  const words = new Set(
    texts.flatMap((text) => stemmedWords(maskDates(text).masked.replace(/‹date›/g, ' '))).filter((word) => !/^\d/.test(word)),
  );
  return { entities, numbers, dates, words };
}

/** The pair's key, the same whichever way round: the two keys sorted, joined by " ↔ ". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ↔ ${b}` : `${b} ↔ ${a}`;
}

/** A stable number in [0, 100) for a pair, to split pairs into tuning and held-out sets. */
export function pairBucket(key: string): number {
  return fnv1a(key) % 100;
}

/** How rare each value is among the items, in [0, 1]: log(n / items holding it) / log(n). */
function rarity<K>(sets: readonly Iterable<K>[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const set of sets) for (const value of new Set(set)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const scale = Math.log(Math.max(sets.length, 2));
  return new Map([...counts].map(([value, count]) => [value, Math.log(sets.length / count) / scale]));
}

export interface TieCorpus {
  items: TieItem[];
  features: Map<string, TieFeatures>;
  rarity: {
    entities: Map<string, number>;
    numbers: Map<number, number>;
    dates: Map<string, number>;
    words: Map<string, number>;
  };
}

/** Features of every item, and how rare each entity, figure, date and word is among them. */
export function tieCorpus(items: readonly TieItem[], matcher: EntityMatcher): TieCorpus {
  const features = new Map(items.map((item) => [item.key, tieFeatures(item, matcher)]));
  const all = [...features.values()];
  return {
    items: [...items],
    features,
    rarity: {
      entities: rarity(all.map((feature) => feature.entities)),
      numbers: rarity(all.map((feature) => feature.numbers.map((figure) => figure.value))),
      dates: rarity(all.map((feature) => feature.dates)),
      words: rarity(all.map((feature) => feature.words)),
    },
  };
}

export interface NumberEvidence {
  here: NumberMention;
  there: NumberMention;
  weight: number;
  /** What differs: hedges, units or values. */
  note?: string;
}

export interface TieEvidence {
  entities: { id: string; weight: number }[];
  numbers: NumberEvidence[];
  dates: { key: string; weight: number }[];
  sameTopic: boolean;
  /** Both are claims of one kind (a sentence has none). */
  sameKind: boolean;
  /** Both are positions on the same issue. */
  sameIssue: boolean;
  /** ... held by different parties: what `opposes` and `aligns` both need. */
  opposedParties: boolean;
  words: { shared: string[]; overlap: number };
}

/** How two figures compare: the same value (full weight with a shared unit, half without), or close values of one unit (half). */
function compareFigures(here: NumberMention, there: NumberMention, rarityOf: Map<number, number>): NumberEvidence | undefined {
  const sharedUnit = here.unit.some((word) => there.unit.includes(word));
  const close = here.value !== there.value && sharedUnit && Math.max(here.value, there.value) / Math.min(here.value, there.value) <= 1.25;
  if (here.value !== there.value && !close) return undefined;
  const notes: string[] = [];
  if (close) notes.push('values differ');
  if ((here.hedge ?? '') !== (there.hedge ?? '')) notes.push(`hedges differ: ${here.hedge ?? 'none'} / ${there.hedge ?? 'none'}`);
  if (!sharedUnit) notes.push('units differ');
  const weight = Math.min(rarityOf.get(here.value) ?? 1, rarityOf.get(there.value) ?? 1) * (sharedUnit && !close ? 1 : 0.5);
  return { here, there, weight, note: notes.join('; ') || undefined };
}

/** Each figure of one side with its best match on the other. */
function numberEvidence(a: TieFeatures, b: TieFeatures, rarityOf: Map<number, number>): NumberEvidence[] {
  const found: NumberEvidence[] = [];
  for (const here of a.numbers) {
    const best = b.numbers
      .map((there) => compareFigures(here, there, rarityOf))
      .filter((match) => match !== undefined)
      .sort((x, y) => y.weight - x.weight)[0];
    if (best) found.push(best);
  }
  return found;
}

/** Shared words' weight over both sides' (cosine of rarity-weighted word sets), and the shared words, rarest first. */
function wordOverlap(a: TieFeatures, b: TieFeatures, rarityOf: Map<string, number>): { shared: string[]; overlap: number } {
  const weight = (word: string) => (rarityOf.get(word) ?? 1) ** 2;
  const sum = (words: Iterable<string>) => [...words].reduce((total, word) => total + weight(word), 0);
  const shared = [...a.words].filter((word) => b.words.has(word));
  const norm = Math.sqrt(sum(a.words) * sum(b.words));
  shared.sort((x, y) => weight(y) - weight(x) || x.localeCompare(y));
  // Words nearly every item holds ("the", "and") count for what little they weigh, but are not shown as evidence.
  const shown = shared.filter((word) => (rarityOf.get(word) ?? 1) >= 0.3);
  return { shared: shown, overlap: norm ? sum(shared) / norm : 0 };
}

/** Everything two items share, weighed by rarity. */
export function tieEvidence(corpus: TieCorpus, a: TieItem, b: TieItem): TieEvidence {
  const fa = corpus.features.get(a.key)!;
  const fb = corpus.features.get(b.key)!;
  const shared = <K>(x: Iterable<K>, y: Set<K>, rarityOf: Map<K, number>) =>
    [...x].filter((value) => y.has(value)).map((value) => ({ value, weight: rarityOf.get(value) ?? 1 }));
  const sameIssue = a.kind === 'position' && b.kind === 'position' && a.issue !== undefined && a.issue === b.issue;
  return {
    entities: shared(fa.entities, fb.entities, corpus.rarity.entities).map(({ value, weight }) => ({ id: value, weight })),
    numbers: numberEvidence(fa, fb, corpus.rarity.numbers),
    dates: shared(fa.dates, fb.dates, corpus.rarity.dates).map(({ value, weight }) => ({ key: value, weight })),
    sameTopic: a.topic !== undefined && a.topic === b.topic,
    sameKind: a.kind !== undefined && a.kind === b.kind,
    sameIssue,
    opposedParties: sameIssue && a.party !== undefined && b.party !== undefined && a.party !== b.party,
    words: wordOverlap(fa, fb, corpus.rarity.words),
  };
}

export const featureNames = ['entities', 'numbers', 'dates', 'topic', 'kind', 'issue', 'opposed', 'words'] as const;
export type FeatureName = (typeof featureNames)[number];
export type TieWeights = Record<FeatureName, number>;

/** The evidence as numbers, one a feature: sums of rarities, 0 or 1, or the word overlap. */
export function featureValues(evidence: TieEvidence): Record<FeatureName, number> {
  const total = (list: readonly { weight: number }[]) => list.reduce((sum, entry) => sum + entry.weight, 0);
  return {
    entities: total(evidence.entities),
    numbers: total(evidence.numbers),
    dates: total(evidence.dates),
    topic: evidence.sameTopic ? 1 : 0,
    kind: evidence.sameKind ? 1 : 0,
    issue: evidence.sameIssue ? 1 : 0,
    opposed: evidence.opposedParties ? 1 : 0,
    words: evidence.words.overlap,
  };
}

export function weighScore(values: Record<FeatureName, number>, weights: TieWeights): number {
  return featureNames.reduce((score, name) => score + values[name] * weights[name], 0);
}

/** What the scorer reads of an anchored claim (position fields are optional until every claims file has them). */
export interface ClaimForTies {
  claim: Pick<TieItem, 'quote' | 'party' | 'issue' | 'when'> & { id: string; summary: string; kind: string; topic: string };
  passageId: string;
}

export function claimItem(articleSlug: string, { claim, passageId }: ClaimForTies): TieItem {
  const { id, quote, summary, kind, topic, party, issue, when } = claim;
  return { key: id, claimId: id, articleSlug, passageId, quote, summary, kind, topic, party, issue, when };
}

/** Sentences shorter than this many words are not paired: too little to tie. */
const MIN_SENTENCE_WORDS = 6;

/**
 * An article's sentences that no claim quotes (headings and sentences under six
 * words skipped), as items, each with the topic of a claim in its passage, and
 * the reasons of those its claims file dismisses (they carry no claim, so no tie).
 */
export function sentenceItems(
  articleSlug: string,
  passages: readonly SentencePassage[],
  anchored: Parameters<typeof annotated>[1],
  dismissed: readonly DismissedSentence[],
): { items: TieItem[]; dismissedSentences: Map<string, string> } {
  const items: TieItem[] = [];
  const dismissedSentences = new Map<string, string>();
  for (const sentence of passages.filter((passage) => passage.kind !== 'heading').flatMap(splitSentences)) {
    if (annotated(sentence, anchored) || terms(sentence.text).length < MIN_SENTENCE_WORDS) continue;
    const key = `${articleSlug}#${sentence.passageId}@${sentence.start}`;
    // A sentence has no topic of its own; it takes that of a claim in its passage, if there is one.
    const topic = anchored.find((claim) => claim.passageId === sentence.passageId)?.claim.topic;
    items.push({ key, articleSlug, passageId: sentence.passageId, quote: sentence.text, topic });
    const entry = dismissedBy(sentence, dismissed);
    if (entry) dismissedSentences.set(key, entry.reason);
  }
  return { items, dismissedSentences };
}

export interface ScoredPair {
  key: string;
  a: TieItem;
  b: TieItem;
  evidence: TieEvidence;
  values: Record<FeatureName, number>;
}

/** Every pair of items from different articles of which at least one is a claim, with its evidence (not yet weighted). */
export function scoredPairs(corpus: TieCorpus): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  const { items } = corpus;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.articleSlug === b.articleSlug || (!a.claimId && !b.claimId)) continue;
      const evidence = tieEvidence(corpus, a, b);
      pairs.push({ key: pairKey(a.key, b.key), a, b, evidence, values: featureValues(evidence) });
    }
  }
  return pairs;
}

/** What the claims files already answer: curated relations and dismissed pairs (by pair key), and sentences that carry no claim (by item key). */
export interface TieAnswers {
  related: Map<string, string>;
  dismissed: Map<string, string>;
  dismissedSentences: Map<string, string>;
}

/** What a claims file says of one claim's ties; fields the schema may lack are optional. */
export interface ClaimTies {
  id: string;
  relations?: readonly { type: string; claim: string }[];
  dismissed?: readonly { claim: string; reason: string }[];
}

/** The answers the claims record: each relation and dismissal by its pair, whichever side declares it. */
export function tieAnswers(claims: readonly ClaimTies[], dismissedSentences = new Map<string, string>()): TieAnswers {
  const related = new Map<string, string>();
  const dismissed = new Map<string, string>();
  for (const claim of claims) {
    for (const relation of claim.relations ?? []) related.set(pairKey(claim.id, relation.claim), relation.type);
    for (const entry of claim.dismissed ?? []) dismissed.set(pairKey(claim.id, entry.claim), entry.reason);
  }
  return { related, dismissed, dismissedSentences };
}

export type TieStatus =
  | { state: 'related'; type: string }
  | { state: 'dismissed'; reason: string }
  | { state: 'sentence dismissed'; reason: string }
  | { state: 'unresolved' };

export interface TieCandidate extends ScoredPair {
  score: number;
  status: TieStatus;
}

function tieStatus(pair: ScoredPair, answers: TieAnswers): TieStatus {
  const type = answers.related.get(pair.key);
  if (type) return { state: 'related', type };
  const reason = answers.dismissed.get(pair.key);
  if (reason) return { state: 'dismissed', reason };
  const sentence = [pair.a, pair.b].find((item) => !item.claimId && answers.dismissedSentences.has(item.key));
  if (sentence) return { state: 'sentence dismissed', reason: answers.dismissedSentences.get(sentence.key)! };
  return { state: 'unresolved' };
}

/**
 * Weights and threshold chosen by `npm run relations:evaluate` on the tuning
 * half of the curated ties only (see README, "Relation suggestions"): change them
 * only from its output. These are the earlier best-F2 choice (the claims are
 * triaged at them); the recall-first choice (threshold 1.75) waits for its triage.
 */
export const DEFAULT_WEIGHTS: TieWeights = { entities: 2, numbers: 0.5, dates: 0.5, topic: 1, kind: 0, issue: 2, opposed: 0, words: 8 };
export const DEFAULT_RELATION_THRESHOLD = 3.25;

export interface RelationSuggestOptions {
  weights?: TieWeights;
  threshold?: number;
}

/** Pairs scoring at least the threshold, best first (ties by key), each with its status in the claims files. */
export function suggestRelations(
  pairs: readonly ScoredPair[],
  answers: TieAnswers,
  { weights = DEFAULT_WEIGHTS, threshold = DEFAULT_RELATION_THRESHOLD }: RelationSuggestOptions = {},
): TieCandidate[] {
  return pairs
    .map((pair) => ({ ...pair, score: weighScore(pair.values, weights) }))
    .filter((pair) => pair.score >= threshold)
    .map((pair) => ({ ...pair, status: tieStatus(pair, answers) }))
    .sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
}

const round = (value: number) => value.toFixed(2);

/** The evidence in words, one line a kind: "entities: steve-witkoff 0.62", "figures: at least 40 Russian bombers ~ approximately 40 bomber aircraft (...)". */
export function describeEvidence(evidence: TieEvidence): string[] {
  const lines: string[] = [];
  if (evidence.entities.length)
    lines.push(`entities: ${evidence.entities.map((entity) => `${entity.id} ${round(entity.weight)}`).join(', ')}`);
  for (const figure of evidence.numbers) {
    lines.push(`figure: ${figure.here.text} ~ ${figure.there.text}${figure.note ? ` (${figure.note})` : ''} ${round(figure.weight)}`);
  }
  if (evidence.dates.length) lines.push(`dates: ${evidence.dates.map((date) => `${date.key} ${round(date.weight)}`).join(', ')}`);
  if (evidence.sameIssue)
    lines.push(evidence.opposedParties ? 'positions of different parties on one issue (opposes or aligns?)' : 'positions on one issue');
  if (evidence.sameTopic) lines.push('same topic');
  if (evidence.sameKind) lines.push('same kind of claim');
  if (evidence.words.shared.length) {
    lines.push(`words ${round(evidence.words.overlap)}: ${evidence.words.shared.slice(0, 8).join(', ')}`);
  }
  return lines;
}
