/**
 * npm run claims:suggest -- <slug> [--threshold <score>]
 *
 * Renders the article through the site's pipeline and lists the sentences most
 * worth checking that no claim quotes and the claims file does not dismiss,
 * highest score first, with their passage permalinks. Exits 1 when it lists any.
 */
import { renderArticles } from '../lib/articles/load-rendered.ts';
import { claimsFilePath, loadClaimsFile } from '../lib/claims/load-files.ts';
import { DEFAULT_THRESHOLD, suggestClaims } from '../lib/claims/suggest.ts';

const args = process.argv.slice(2);
const thresholdAt = args.indexOf('--threshold');
const threshold = thresholdAt >= 0 ? Number(args.splice(thresholdAt, 2)[1]) : DEFAULT_THRESHOLD;
const slug = args[0];
if (!slug || Number.isNaN(threshold)) {
  console.error('Usage: npm run claims:suggest -- <article slug> [--threshold <score>]');
  process.exit(2);
}

// Rendering anchors the claims, and fails naming any quote that is not in the article.
const article = (await renderArticles()).find((candidate) => candidate.slug === slug);
if (!article) {
  console.error(`No article content/articles/${slug}.md`);
  process.exit(2);
}
const file = loadClaimsFile(slug);
const { suggestions, staleDismissals } = suggestClaims(article.passages, article.claims, file.dismissed, { threshold });
for (const entry of staleDismissals)
  console.error(`${claimsFilePath(slug)}: dismissed sentence matches no sentence: ${JSON.stringify(entry.sentence)}`);

console.log(`${slug}: ${file.claims.length} claims, ${file.dismissed.length} dismissed sentences; threshold ${threshold}`);
if (!suggestions.length) console.log('Every sentence at or above the threshold is annotated or dismissed.');
for (const suggestion of suggestions) {
  console.log(
    `\n${suggestion.score.toFixed(1)}  [${suggestion.signals.join(', ')}]  /articles/${slug}/#${suggestion.passageId}\n    ${suggestion.text}`,
  );
}
process.exit(suggestions.length || staleDismissals.length ? 1 : 0);
