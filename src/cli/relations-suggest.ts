/**
 * npm run relations:suggest -- [--threshold <score>] [--all]
 *
 * Scores every pair of claims of different articles (and every claim against
 * the unannotated sentences of the other articles) and lists the pairs at or
 * above the threshold that the claims files neither relate nor dismiss, best
 * first, with their evidence and passage permalinks; `--all` lists the resolved
 * ones too, with their answer. Exits 1 when any is unresolved.
 */
import { loadTies } from '../lib/claims/load-ties.ts';
import {
  DEFAULT_RELATION_THRESHOLD,
  describeEvidence,
  suggestRelations,
  type TieCandidate,
  type TieItem,
} from '../lib/claims/suggest-relations.ts';
import { passagePath } from '../lib/routes.ts';
import { truncate } from '../lib/text.ts';

const args = process.argv.slice(2);
const thresholdAt = args.indexOf('--threshold');
const threshold = thresholdAt >= 0 ? Number(args.splice(thresholdAt, 2)[1]) : DEFAULT_RELATION_THRESHOLD;
const all = args.includes('--all');
if (Number.isNaN(threshold) || args.some((arg) => arg !== '--all')) {
  console.error('Usage: npm run relations:suggest -- [--threshold <score>] [--all]');
  process.exit(2);
}

const { pairs, answers, claimCount, sentenceCount } = await loadTies();
const candidates = suggestRelations(pairs, answers, { threshold });
const unresolved = candidates.filter((candidate) => candidate.status.state === 'unresolved');

function describeItem(item: TieItem): string {
  const what = item.claimId ? `claim ${item.claimId}` : 'sentence (no claim)';
  const summary = item.summary ? `\n        ${truncate(item.summary, 200)}` : '';
  return `${what}  ${passagePath(item.articleSlug, item.passageId)}\n        "${truncate(item.quote, 200)}"${summary}`;
}

function describeStatus(candidate: TieCandidate): string {
  const { status } = candidate;
  if (status.state === 'related') return `related (${status.type})`;
  if (status.state === 'unresolved') return 'UNRESOLVED';
  return `${status.state}: ${status.reason}`;
}

console.log(
  `${claimCount} claims, ${sentenceCount} unannotated sentences, ${pairs.length} pairs; threshold ${threshold}: ` +
    `${candidates.length} candidates, ${unresolved.length} unresolved`,
);
for (const candidate of all ? candidates : unresolved) {
  console.log(`\n${candidate.score.toFixed(2)}  ${describeStatus(candidate)}`);
  console.log(`    ${describeItem(candidate.a)}\n    ${describeItem(candidate.b)}`);
  for (const line of describeEvidence(candidate.evidence)) console.log(`      · ${line}`);
}
if (!unresolved.length) console.log('Every candidate at or above the threshold is related or dismissed.');
else
  console.log(
    `\n${unresolved.length} unresolved: relate each pair in the claims files (relations, with a reason), or dismiss it (dismissed: [{ claim, reason }]); a sentence gets a claim or a dismissed entry in its article's file.`,
  );
process.exit(unresolved.length ? 1 : 0);
