/**
 * Build-time checks of the claims files. Pure: the marking plugin anchors each
 * file's quotes to its article's passages (anchor.ts), and claims/load.ts checks
 * what spans files (duplicate ids, relations, attributions). Every problem is
 * one line naming the file, the article and the claim.
 */
import { describeIssues } from '../articles/schema.ts';
import { AUTHOR, type Claim, type ClaimsFile, claimsFileSchema } from './schema.ts';
import { parseYaml } from '../schema-parts.ts';

/** Parses a claims file's YAML; throws one readable error naming file, field and value. */
export function parseClaimsFile(file: string, yamlText: string): ClaimsFile {
  const data = parseYaml(file, yamlText) ?? {};
  const result = claimsFileSchema.safeParse(data);
  if (!result.success) throw new Error(`Invalid claims file\n${describeIssues(file, result.error, data)}`);
  return result.data;
}

export interface ClaimsOfArticle {
  slug: string;
  /** The claims file, for messages. */
  file: string;
  claims: readonly Claim[];
}

/**
 * Problems across all claims files: a claim id used twice, an attribution to no
 * entity, a relation to a claim that does not exist, to the same article, or
 * declared twice (relations are declared once and shown on both sides).
 */
export function findClaimProblems(articles: readonly ClaimsOfArticle[], entityIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const home = new Map<string, ClaimsOfArticle>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const first = home.get(claim.id);
      if (first) problems.push(`${article.file}: claim "${claim.id}": duplicate id; ${first.file} already uses it`);
      else home.set(claim.id, article);
    }
  }
  const declared = new Map<string, string>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const where = `${article.file} (article ${article.slug}): claim "${claim.id}"`;
      if (claim.assertedBy !== AUTHOR && !entityIds.has(claim.assertedBy)) {
        problems.push(
          `${where}: field "assertedBy": no entity with id "${claim.assertedBy}" in content/entities.yaml (or use "${AUTHOR}")`,
        );
      }
      claim.relations.forEach((relation, index) => {
        const field = `${where}: field "relations.${index}.claim"`;
        const target = home.get(relation.claim);
        if (!target) return problems.push(`${field}: no claim with id "${relation.claim}" in any claims file`);
        if (target.slug === article.slug) {
          return problems.push(`${field}: "${relation.claim}" is in the same article; relations link claims of different sources`);
        }
        const pair = [claim.id, relation.claim].sort().join(' ↔ ');
        const earlier = declared.get(pair);
        if (earlier) return problems.push(`${field}: the relation ${pair} is already declared by ${earlier}; declare it once`);
        declared.set(pair, `claim "${claim.id}"`);
        return undefined;
      });
    }
  }
  return problems;
}
