/**
 * npm run relations:evaluate
 *
 * Measures the relation suggester on the curated ties: splits every claim pair
 * by a hash of its key into a tuning set (70%) and a held-out set (30%), picks
 * weights and threshold on the tuning set only, recall first (the highest
 * threshold whose tuning recall is at least 80%, under the weights with the best
 * tuning precision there: a missed tie stays missed, a wrong candidate costs one
 * reading), and reports recall and precision on the held-out set, then the
 * committed defaults measured the same way. `--min-recall 0.7` sets another
 * tuning recall.
 */
import {
  defaultMetrics,
  HELD_OUT_PERCENT,
  type Metrics,
  metricsAt,
  MIN_TUNING_RECALL,
  splitPairs,
  tuneWeights,
} from '../lib/claims/evaluate-relations.ts';
import { loadTies } from '../lib/claims/load-ties.ts';
import {
  DEFAULT_RELATION_THRESHOLD,
  DEFAULT_WEIGHTS,
  suggestRelations,
  type TieWeights,
  weighScore,
} from '../lib/claims/suggest-relations.ts';

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const describe = (metrics: Metrics) =>
  `threshold ${metrics.threshold}: recall ${metrics.found}/${metrics.ties} = ${percent(metrics.recall)}, ` +
  `precision ${metrics.found}/${metrics.above} = ${percent(metrics.precision)}`;
const showWeights = (weights: TieWeights) =>
  Object.entries(weights)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');

const args = process.argv.slice(2);
const minRecallAt = args.indexOf('--min-recall');
const minRecall = minRecallAt >= 0 ? Number(args.splice(minRecallAt, 2)[1]) : MIN_TUNING_RECALL;
if (!(minRecall > 0 && minRecall <= 1) || args.length) {
  console.error('Usage: npm run relations:evaluate -- [--min-recall <0..1>]');
  process.exit(2);
}

const { pairs, answers } = await loadTies();
const { tuning, heldOut } = splitPairs(pairs, answers);
const tieCount = (set: typeof tuning) => set.filter((entry) => entry.tie).length;
console.log(
  `${tuning.length + heldOut.length} claim pairs, ${answers.related.size} curated ties, ${answers.dismissed.size} dismissed pairs.\n` +
    `Tuning set: ${tuning.length} pairs, ${tieCount(tuning)} ties. Held out (${HELD_OUT_PERCENT}%): ${heldOut.length} pairs, ${tieCount(heldOut)} ties.`,
);

const tuned = tuneWeights(tuning, minRecall);
console.log(
  `\nRule (recall first): the highest threshold whose tuning recall is at least ${percent(minRecall)}, under the weights ` +
    `(a grid) with the best tuning precision at that threshold.\n` +
    `Chosen on the tuning set: weights ${showWeights(tuned.weights)}\n  tuning   ${describe(tuned.metrics)}`,
);
const held = metricsAt(heldOut, tuned.weights, tuned.metrics.threshold);
console.log(`  held out ${describe(held)}`);
// Held-out recall by relation type: which kinds of tie the scorer finds (opposes and aligns lean on party and issue, not words).
const byType = new Map<string, { ties: number; found: number }>();
for (const { pair, tie } of heldOut) {
  if (!tie) continue;
  const type = answers.related.get(pair.key)!;
  const entry = byType.get(type) ?? { ties: 0, found: 0 };
  entry.ties++;
  if (weighScore(pair.values, tuned.weights) >= tuned.metrics.threshold) entry.found++;
  byType.set(type, entry);
}
console.log(
  `  held out by type: ${[...byType]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([type, { ties, found }]) => `${type} ${found}/${ties}`)
    .join(', ')}`,
);
const candidates = suggestRelations(pairs, answers, { weights: tuned.weights, threshold: tuned.metrics.threshold });
const withSentence = candidates.filter((candidate) => !candidate.a.claimId || !candidate.b.claimId).length;
console.log(`  candidates on all pairs: ${candidates.length} (${withSentence} with an unannotated sentence)`);

console.log(`\nHeld out at other thresholds (for reading only; the choice above never saw these):`);
for (const factor of [0.5, 0.75, 1.25, 1.5, 2]) {
  const threshold = Math.round(tuned.metrics.threshold * factor * 20) / 20;
  console.log(`  ${describe(metricsAt(heldOut, tuned.weights, threshold))}`);
}

const same = JSON.stringify(tuned.weights) === JSON.stringify(DEFAULT_WEIGHTS) && tuned.metrics.threshold === DEFAULT_RELATION_THRESHOLD;
console.log(
  `\nCommitted defaults (relations:suggest): weights ${showWeights(DEFAULT_WEIGHTS)}\n  held out ${describe(defaultMetrics(heldOut))}` +
    (same
      ? '\n  They are the tuned ones.'
      : '\n  They differ from the tuned ones: set DEFAULT_WEIGHTS and DEFAULT_RELATION_THRESHOLD in src/lib/claims/suggest-relations.ts from the lines above.'),
);
