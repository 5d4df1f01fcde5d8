/**
 * npm run entities:candidates: lists capitalised names in the articles that the
 * entity registry (content/entities.yaml) neither covers nor ignores, and likely
 * merges of spellings. Exits 1 when it lists anything, so CI can use it.
 */
import { articlePassages } from '../lib/articles/load-rendered.ts';
import { findCandidates, suggestMerges } from '../lib/entities/candidates.ts';
import { compileMatcher } from '../lib/entities/matcher.ts';
import { REGISTRY_FILE, loadRegistryFile } from '../lib/entities/load-registry.ts';
import { winkTagger } from '../lib/entities/wink-tagger.ts';

const registry = loadRegistryFile(REGISTRY_FILE);
const passages = await articlePassages();
const candidates = findCandidates(passages, registry, compileMatcher(registry.entities), winkTagger());
const merges = suggestMerges(
  candidates.map((candidate) => candidate.name),
  registry,
);

if (!candidates.length) {
  console.log(`No candidates: every capitalised name in ${passages.length} passages is in ${REGISTRY_FILE} or its ignore list.`);
} else {
  console.log(`${candidates.length} names not in ${REGISTRY_FILE} (add an entity or alias, or an ignore entry with a reason):\n`);
  for (const candidate of candidates) {
    console.log(`${candidate.name} (${candidate.count})`);
    for (const where of candidate.passages) console.log(`  /articles/${where.articleSlug}/#${where.passageId}`);
  }
  if (merges.length) {
    console.log('\nLikely the same name spelled another way:');
    for (const merge of merges) {
      console.log(`  ${merge.name} ~ ${merge.like}${merge.entityId ? ` (alias of ${merge.entityId})` : ''}: alike in ${merge.reason}`);
    }
  }
  process.exitCode = 1;
}
