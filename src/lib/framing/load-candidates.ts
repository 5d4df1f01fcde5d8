/**
 * What `npm run framing:candidates` and its test read: every article rendered
 * through the site's pipeline (outside Astro), the lexicon's uses in them, the
 * entity matcher and wink-nlp's tagger.
 */
import { renderArticles } from '../articles/load-rendered.ts';
import { compileMatcher } from '../entities/matcher.ts';
import { loadRegistryFile } from '../entities/load-registry.ts';
import { winkTagger } from '../entities/wink-tagger.ts';
import { type FramingCandidate, type FramingCandidatePassage, findFramingCandidates } from './candidates.ts';
import { loadLexicon } from './load-lexicon.ts';
import { compileLexicon, findWordingUses } from './match.ts';
import type { FramingLexicon } from './schema.ts';

export async function candidatePassages(): Promise<FramingCandidatePassage[]> {
  const articles = await renderArticles();
  return articles.flatMap((article) =>
    article.passages.map((passage) => ({
      articleSlug: article.slug,
      passageId: passage.id,
      text: passage.text,
      kind: passage.kind,
      articleKind: String(article.frontmatter.kind ?? ''),
    })),
  );
}

/** Every candidate in the articles against `lexicon` (default: content/framing.yaml), before threshold and dismissals. */
export async function loadFramingCandidates(lexicon: FramingLexicon = loadLexicon()): Promise<FramingCandidate[]> {
  const passages = await candidatePassages();
  const uses = findWordingUses(
    compileLexicon(lexicon),
    passages.map((passage) => ({ slug: passage.articleSlug, passageId: passage.passageId, text: passage.text })),
  );
  return findFramingCandidates(passages, uses, compileMatcher(loadRegistryFile().entities), winkTagger());
}
