/**
 * npm run framing:candidates [-- --threshold 2]: lists framing words in the
 * articles that the lexicon (content/framing.yaml) neither covers nor dismisses:
 * evaluative adjectives and adverbs near entity mentions, scare quotes, first
 * person in opinion pieces, hedging and attribution cues. Exits 1 when it lists
 * anything or a dismissal matches nothing, so CI can use it.
 */
import { CANDIDATE_THRESHOLD, openCandidates, staleDismissals } from '../lib/framing/candidates.ts';
import { FRAMING_FILE, loadLexicon } from '../lib/framing/load-lexicon.ts';
import { loadFramingCandidates } from '../lib/framing/load-candidates.ts';
import { passagePath } from '../lib/routes.ts';

const at = process.argv.indexOf('--threshold');
const threshold = at > 0 ? Number(process.argv[at + 1]) : CANDIDATE_THRESHOLD;
const lexicon = loadLexicon();
const all = await loadFramingCandidates(lexicon);
const open = openCandidates(all, lexicon.dismissed, threshold);
const stale = staleDismissals(all, lexicon.dismissed);

if (!open.length) console.log(`No candidates at or above ${threshold}: every one is in ${FRAMING_FILE} or its dismissed list.`);
else {
  console.log(`${open.length} candidates not in ${FRAMING_FILE} (add a wording, or a dismissed entry with a reason):\n`);
  for (const candidate of open) {
    console.log(`${candidate.kind}: ${candidate.word} (${candidate.count}, score ${candidate.score})`);
    for (const where of candidate.passages) console.log(`  ${passagePath(where.articleSlug, where.passageId)}`);
  }
}
for (const entry of stale) console.log(`Dismissed but found nowhere: ${entry.kind}: ${entry.word}`);
if (open.length || stale.length) process.exitCode = 1;
