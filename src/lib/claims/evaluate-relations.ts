/**
 * Honest figures for the relation suggester, for `npm run relations:evaluate`.
 * Pure. Every pair of claims of different articles falls, by a hash of its key,
 * into a tuning set (70%) or a held-out set (30%), ties and non-ties alike. The
 * weights and threshold are chosen on the tuning set only, recall first: the
 * highest threshold at which the tuning recall is at least MIN_TUNING_RECALL,
 * under the weights that give the best tuning precision there. Recall and
 * precision are then measured on the held-out set, whose answers the choice never saw.
 */
import {
  DEFAULT_RELATION_THRESHOLD,
  DEFAULT_WEIGHTS,
  featureNames,
  pairBucket,
  type ScoredPair,
  type TieAnswers,
  type TieWeights,
  weighScore,
} from './suggest-relations.ts';

/** Share of pairs held out, in percent. */
export const HELD_OUT_PERCENT = 30;

export const isHeldOut = (pairKey: string): boolean => pairBucket(pairKey) < HELD_OUT_PERCENT;

/** A claim pair and whether the claims files relate it (of any type); dismissed pairs are non-ties. */
export interface LabelledPair {
  pair: ScoredPair;
  tie: boolean;
}

/** The claim–claim pairs (curated ties are only between claims), split into tuning and held-out sets. */
export function splitPairs(pairs: readonly ScoredPair[], answers: TieAnswers): { tuning: LabelledPair[]; heldOut: LabelledPair[] } {
  const tuning: LabelledPair[] = [];
  const heldOut: LabelledPair[] = [];
  for (const pair of pairs) {
    if (!pair.a.claimId || !pair.b.claimId) continue;
    (isHeldOut(pair.key) ? heldOut : tuning).push({ pair, tie: answers.related.has(pair.key) });
  }
  return { tuning, heldOut };
}

export interface Metrics {
  threshold: number;
  ties: number;
  /** Ties scoring at least the threshold. */
  found: number;
  recall: number;
  /** Pairs scoring at least the threshold, and how many of them are ties. */
  above: number;
  precision: number;
  fScore: number;
}

function fScore(precision: number, recall: number, beta: number): number {
  const b2 = beta * beta;
  return precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
}

/** Recall and precision of the pairs at or above the threshold under the weights. */
export function metricsAt(pairs: readonly LabelledPair[], weights: TieWeights, threshold: number, beta = 2): Metrics {
  let ties = 0;
  let found = 0;
  let above = 0;
  for (const { pair, tie } of pairs) {
    const hit = weighScore(pair.values, weights) >= threshold;
    if (tie) ties++;
    if (hit) above++;
    if (hit && tie) found++;
  }
  const recall = ties ? found / ties : 0;
  const precision = above ? found / above : 0;
  return { threshold, ties, found, recall, above, precision, fScore: fScore(precision, recall, beta) };
}

/** The threshold (one of the scores, rounded down to 0.05) with the best F-score under the weights. */
export function bestThreshold(pairs: readonly LabelledPair[], weights: TieWeights, beta = 2): Metrics {
  const scored = pairs.map(({ pair, tie }) => ({ score: weighScore(pair.values, weights), tie })).sort((x, y) => y.score - x.score);
  const ties = scored.filter((entry) => entry.tie).length;
  let best: Metrics = metricsAt([], weights, Infinity, beta);
  let found = 0;
  for (let index = 0; index < scored.length; index++) {
    const { score, tie } = scored[index]!;
    if (tie) found++;
    if (score <= 0 || scored[index + 1]?.score === score) continue;
    const recall = ties ? found / ties : 0;
    const precision = found / (index + 1);
    const value = fScore(precision, recall, beta);
    if (value > best.fScore) best = { threshold: score, ties, found, recall, above: index + 1, precision, fScore: value };
  }
  // A round threshold a reader can type: the chosen score rounded down, measured again.
  return metricsAt(pairs, weights, Math.floor(best.threshold * 20) / 20, beta);
}

/** The tuning recall the chosen threshold must reach: the suggester is to miss (almost) nothing. */
export const MIN_TUNING_RECALL = 0.8;

/**
 * The highest threshold (one of the scores, rounded down to 0.05) whose recall
 * under the weights is at least minRecall, measured there.
 */
export function recallFirstThreshold(pairs: readonly LabelledPair[], weights: TieWeights, minRecall = MIN_TUNING_RECALL): Metrics {
  const scores = pairs
    .filter((entry) => entry.tie)
    .map(({ pair }) => weighScore(pair.values, weights))
    .sort((x, y) => y - x);
  const needed = Math.max(1, Math.ceil(minRecall * scores.length - 1e-9));
  const score = scores[needed - 1];
  if (score === undefined || score <= 0) return metricsAt([], weights, Infinity);
  return metricsAt(pairs, weights, Math.floor(score * 20) / 20);
}

/** The values tried for each weight (the grid is every combination). */
export const WEIGHT_GRID: Record<keyof TieWeights, number[]> = {
  entities: [0.5, 1, 2],
  numbers: [0.5, 1.5, 3],
  dates: [0.5, 1, 2],
  topic: [0, 0.5, 1],
  kind: [0, 0.5, 1, 2],
  issue: [0, 1, 2],
  opposed: [0, 1, 2],
  words: [2, 4, 8],
};

function* weightGrid(): Generator<TieWeights> {
  const combine = function* (index: number, partial: Partial<TieWeights>): Generator<TieWeights> {
    const name = featureNames[index];
    if (!name) return yield partial as TieWeights;
    for (const value of WEIGHT_GRID[name]) yield* combine(index + 1, { ...partial, [name]: value });
  };
  yield* combine(0, {});
}

/**
 * Recall first: for each weights of the grid, the highest threshold with tuning
 * recall at least minRecall; the weights whose precision there is best (then the
 * higher threshold) win; the committed defaults win ties.
 */
export function tuneWeights(pairs: readonly LabelledPair[], minRecall = MIN_TUNING_RECALL): { weights: TieWeights; metrics: Metrics } {
  const better = (x: Metrics, y: Metrics) =>
    x.recall >= minRecall - 1e-9 &&
    (y.recall < minRecall - 1e-9 ||
      x.precision > y.precision + 1e-9 ||
      (Math.abs(x.precision - y.precision) <= 1e-9 && x.threshold > y.threshold));
  let best = { weights: DEFAULT_WEIGHTS, metrics: recallFirstThreshold(pairs, DEFAULT_WEIGHTS, minRecall) };
  for (const weights of weightGrid()) {
    const metrics = recallFirstThreshold(pairs, weights, minRecall);
    if (better(metrics, best.metrics)) best = { weights, metrics };
  }
  return best;
}

/** The committed defaults, as `relations:suggest` uses them, measured the same way. */
export function defaultMetrics(pairs: readonly LabelledPair[], beta = 2): Metrics {
  return metricsAt(pairs, DEFAULT_WEIGHTS, DEFAULT_RELATION_THRESHOLD, beta);
}
