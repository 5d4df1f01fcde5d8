/**
 * The committed articles, claims and registry as `npm run relations:suggest`,
 * `npm run relations:evaluate` and the completeness test read them: every claim
 * and unannotated sentence as an item, every cross-article pair scored, and the
 * answers the claims files hold.
 */
import { renderArticles } from '../articles/load-rendered.ts';
import { compileMatcher } from '../entities/matcher.ts';
import { loadRegistryFile } from '../entities/load-registry.ts';
import { loadClaimsFile } from './load-files.ts';
import {
  claimItem,
  type ScoredPair,
  scoredPairs,
  sentenceItems,
  type TieAnswers,
  tieAnswers,
  type TieCorpus,
  tieCorpus,
  type TieItem,
} from './suggest-relations.ts';

export interface LoadedTies {
  corpus: TieCorpus;
  pairs: ScoredPair[];
  answers: TieAnswers;
  claimCount: number;
  sentenceCount: number;
}

/** Renders the articles (anchoring every claim, or failing on a quote the article lacks) and scores every pair. */
export async function loadTies(): Promise<LoadedTies> {
  const articles = await renderArticles();
  const registry = loadRegistryFile();
  const claims: TieItem[] = [];
  const sentences: TieItem[] = [];
  const dismissedSentences = new Map<string, string>();
  for (const article of articles) {
    claims.push(...article.claims.map((anchored) => claimItem(article.slug, anchored)));
    const found = sentenceItems(article.slug, article.passages, article.claims, loadClaimsFile(article.slug).dismissed);
    sentences.push(...found.items);
    for (const [key, reason] of found.dismissedSentences) dismissedSentences.set(key, reason);
  }
  const corpus = tieCorpus([...claims, ...sentences], compileMatcher(registry.entities));
  const answers = tieAnswers(
    articles.flatMap((article) => article.claims.map(({ claim }) => claim)),
    dismissedSentences,
  );
  return { corpus, pairs: scoredPairs(corpus), answers, claimCount: claims.length, sentenceCount: sentences.length };
}
