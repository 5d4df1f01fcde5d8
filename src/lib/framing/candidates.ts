/**
 * Framing words the lexicon lacks (npm run framing:candidates): evaluative
 * adjectives and adverbs near entity mentions, scare-quoted words, the author's
 * first person in opinion pieces, hedging and attribution cues. A word is covered
 * where a lexicon wording holds it; what is left, and is not dismissed in
 * content/framing.yaml, is listed. Pure: the tagger is passed in
 * (src/cli/framing-candidates.ts uses wink-nlp), so tests can run it too.
 */
import { type PlacedToken, type Tagger, isTitleCase, placeTokens } from '../entities/candidates.ts';
import { type EntityMatcher, findMentions } from '../entities/matcher.ts';
import type { WordingUse } from './match.ts';
import type { CandidateKind, DismissedCandidate } from './schema.ts';

export interface FramingCandidatePassage {
  articleSlug: string;
  passageId: string;
  text: string;
  /** The passage's kind (headings are skipped). */
  kind: string;
  /** The article's kind: first person counts only in opinion pieces. */
  articleKind: string;
}

export interface FramingCandidate {
  kind: CandidateKind;
  /** Lowercase, as `dismissed` names it. */
  word: string;
  count: number;
  /** Count × the kind's weight; listed at or above the threshold. */
  score: number;
  passages: { articleSlug: string; passageId: string }[];
}

/** How much one occurrence weighs: a scare quote, a "we" or a hedge says more on its own than an adjective. */
export const CANDIDATE_WEIGHTS: Record<CandidateKind, number> = { evaluative: 1, attribution: 1, 'scare-quote': 2, voice: 2, hedging: 2 };
export const CANDIDATE_THRESHOLD = 2;

/** Tokens away from an entity mention that an adjective or adverb may be and still count as "near". */
const NEAR = 3;
// Adjectives and adverbs that place, count or connect rather than judge.
const NEUTRAL = new Set(
  `first second third last next other same such own many much more most few several each all both any some only also not so then even just still
  already there here now too again once ever very further well as up out back away before after ago later earlier soon
  new old current former recent recently previous future early late long short far near high low large small big little
  general separate similar different main major possible total entire whole full certain respective own able likely
  whose whichever however yet never always often sometimes instead rather almost nearly about around perhaps thus hence
  eastern western northern southern north south east west eastward north-eastern south-eastern international domestic foreign
  political military economic financial diplomatic territorial constitutional legal national official officially formal formally
  direct directly immediate immediately together abroad inside elsewhere how when why where what least individual armed upcoming mainly`.split(
    /\s+/,
  ),
);
const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const HEDGES = new Set(
  'reportedly apparently apparent appears appear seems seem seemed allegedly alleged presumably purportedly supposedly possibly probably arguably'.split(
    ' ',
  ),
);
const ATTRIBUTION = new Set(
  'claimed claiming claims claim according cited bragged insisted asserted declared remarked stated admitted'.split(' '),
);
// A short run in double quotes: one to four words.
const SCARE_QUOTE = /["\u201C]([^"\u201C\u201D]{1,60})["\u201D]/gu;

interface Found {
  kind: CandidateKind;
  word: string;
  start: number;
  end: number;
}

function tokenKinds(token: PlacedToken, nearMention: boolean, opinion: boolean): CandidateKind | undefined {
  const word = token.value.toLowerCase();
  if (opinion && FIRST_PERSON.has(word) && token.value !== 'US') return 'voice';
  if (HEDGES.has(word)) return 'hedging';
  if (ATTRIBUTION.has(word)) return 'attribution';
  const evaluative = (token.pos === 'ADJ' || token.pos === 'ADV') && /^\p{Ll}[\p{L}-]+$/u.test(token.value) && !NEUTRAL.has(word);
  return evaluative && nearMention ? 'evaluative' : undefined;
}

/** The candidate words of one passage, with their offsets. */
function passageCandidates(passage: FramingCandidatePassage, entities: EntityMatcher, tag: Tagger): Found[] {
  const mentions = findMentions(entities, passage.text);
  const found: Found[] = [];
  for (const sentence of placeTokens(passage.text, tag(passage.text))) {
    const mentioned = sentence.map((token) => mentions.some((mention) => token.start < mention.end && token.end > mention.start));
    sentence.forEach((token, index) => {
      const near = mentioned.slice(Math.max(0, index - NEAR), index + NEAR + 1).some(Boolean) && !mentioned[index];
      const kind = tokenKinds(token, near, passage.articleKind === 'opinion');
      if (kind) found.push({ kind, word: token.value.toLowerCase(), start: token.start, end: token.end });
    });
  }
  for (const match of passage.text.matchAll(SCARE_QUOTE)) {
    const inner = match[1]!.trim().replace(/[.,;:!?]+$/u, '');
    if (inner && inner.split(/\s+/).length <= 4) {
      found.push({ kind: 'scare-quote', word: inner.toLowerCase(), start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/**
 * Every candidate, highest score first, whatever the threshold and the dismissed list: an
 * occurrence a lexicon wording overlaps is covered and left out.
 */
export function findFramingCandidates(
  passages: readonly FramingCandidatePassage[],
  uses: readonly WordingUse[],
  entities: EntityMatcher,
  tag: Tagger,
): FramingCandidate[] {
  const candidates = new Map<string, FramingCandidate>();
  for (const passage of passages) {
    if (passage.kind === 'heading' || isTitleCase(passage.text)) continue;
    const covering = uses.filter((use) => use.slug === passage.articleSlug && use.passageId === passage.passageId);
    for (const item of passageCandidates(passage, entities, tag)) {
      if (covering.some((use) => item.start < use.end && item.end > use.start)) continue;
      const key = `${item.kind}:${item.word}`;
      const candidate = candidates.get(key) ?? { kind: item.kind, word: item.word, count: 0, score: 0, passages: [] };
      candidate.count += 1;
      candidate.score = candidate.count * CANDIDATE_WEIGHTS[item.kind];
      if (!candidate.passages.some((where) => where.articleSlug === passage.articleSlug && where.passageId === passage.passageId)) {
        candidate.passages.push({ articleSlug: passage.articleSlug, passageId: passage.passageId });
      }
      candidates.set(key, candidate);
    }
  }
  return [...candidates.values()].sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.word.localeCompare(b.word));
}

const isDismissed = (candidate: FramingCandidate, dismissed: readonly DismissedCandidate[]) =>
  dismissed.some((entry) => entry.kind === candidate.kind && entry.word.toLowerCase() === candidate.word);

/** What the command lists: candidates at or above the threshold that are not dismissed. */
export function openCandidates(
  candidates: readonly FramingCandidate[],
  dismissed: readonly DismissedCandidate[],
  threshold = CANDIDATE_THRESHOLD,
): FramingCandidate[] {
  return candidates.filter((candidate) => candidate.score >= threshold && !isDismissed(candidate, dismissed));
}

/** Dismissed entries no candidate matches any more (the lexicon covers them, or the text changed). */
export function staleDismissals(candidates: readonly FramingCandidate[], dismissed: readonly DismissedCandidate[]): DismissedCandidate[] {
  return dismissed.filter((entry) => !candidates.some((candidate) => isDismissed(candidate, [entry])));
}
