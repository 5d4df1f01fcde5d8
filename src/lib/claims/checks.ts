/**
 * Build-time checks of the claims files. Pure: the marking plugin anchors each
 * file's quotes to its article's passages (anchor.ts), and claims/load.ts checks
 * what spans files (duplicate ids, relations, attributions). Every problem is
 * one line naming the file, the article and the claim.
 */
import { describeIssues } from '../articles/schema.ts';
import { AUTHOR, type Claim, type ClaimRelation, type ClaimsFile, claimsFileSchema } from './schema.ts';
import { parseYaml } from '../schema-parts.ts';
import { earliestDay, latestDay } from './when.ts';

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
  /** Publication date (`2025-06-02` or `2025-06`): an `updates` relation is declared on the later claim. */
  published?: string;
  claims: readonly Claim[];
}

interface Located {
  article: ClaimsOfArticle;
  claim: Claim;
  /** "content/claims/x.yaml (article x): claim "id"", the start of every message. */
  where: string;
}

/** The first problem of a relation or dismissal naming `target` from `from`, if any. */
function targetProblem(from: Located, target: string, field: string, home: ReadonlyMap<string, Located>): string | undefined {
  const found = home.get(target);
  if (!found) return `${from.where}: field "${field}": no claim with id "${target}" in any claims file`;
  if (found.article.slug === from.article.slug) {
    return `${from.where}: field "${field}": "${target}" is in the same article; ties link claims of different sources`;
  }
  return undefined;
}

/** What a relation's two claims must be: `opposes` and `aligns` pair positions of different parties; `updates` sits on the later one. */
function relationShapeProblem(from: Located, relation: ClaimRelation, to: Located, field: string): string | undefined {
  if (relation.type === 'opposes' || relation.type === 'aligns') {
    if (from.claim.kind !== 'position' || to.claim.kind !== 'position') {
      return `${from.where}: field "${field}": "${relation.type}" ties two positions; "${from.claim.id}" is ${from.claim.kind} and "${to.claim.id}" is ${to.claim.kind}`;
    }
    if (from.claim.party === to.claim.party) {
      return `${from.where}: field "${field}": "${relation.type}" ties positions of different parties; both are ${from.claim.party}`;
    }
  }
  const [here, there] = [from.article.published, to.article.published];
  // Only when the declaring article is surely the older: a June piece may follow one of 2 June.
  if (relation.type === 'updates' && here && there && latestDay(here) < earliestDay(there)) {
    return `${from.where}: field "${field}": "updates" is declared on the later claim, but this article (${here}) is older than "${to.claim.id}"'s (${there}); declare it there`;
  }
  return undefined;
}

/**
 * Problems across all claims files: a claim id used twice, an attribution or a
 * `via` naming no entity, a relation or dismissal to a claim that does not exist
 * or is in the same article, a pair declared twice (contradictory when the types
 * differ), a pair both related and dismissed, and relations whose two claims do
 * not fit their type. Relations are declared once and shown on both sides.
 */
export function findClaimProblems(articles: readonly ClaimsOfArticle[], entityIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const home = new Map<string, Located>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const first = home.get(claim.id);
      if (first) problems.push(`${article.file}: claim "${claim.id}": duplicate id; ${first.article.file} already uses it`);
      else home.set(claim.id, { article, claim, where: `${article.file} (article ${article.slug}): claim "${claim.id}"` });
    }
  }
  const declared = new Map<string, { by: string; type: string }>();
  for (const located of home.values()) {
    problems.push(...attributionProblems(located, entityIds));
    located.claim.relations.forEach((relation, index) => {
      const field = `relations.${index}.claim`;
      const problem = targetProblem(located, relation.claim, field, home);
      if (problem) return problems.push(problem);
      const pair = [located.claim.id, relation.claim].sort().join(' ↔ ');
      const earlier = declared.get(pair);
      if (earlier) {
        const how = earlier.type === relation.type ? 'already declared' : `contradictory: already declared as "${earlier.type}"`;
        return problems.push(
          `${located.where}: field "${field}": the relation ${pair} (${relation.type}) is ${how} by ${earlier.by}; declare one relation, once`,
        );
      }
      declared.set(pair, { by: `claim "${located.claim.id}"`, type: relation.type });
      const shape = relationShapeProblem(located, relation, home.get(relation.claim)!, field);
      return shape ? problems.push(shape) : undefined;
    });
  }
  for (const located of home.values()) problems.push(...dismissalProblems(located, home, declared));
  problems.push(...sameGroupProblems(home));
  return problems;
}

function attributionProblems({ claim, where }: Located, entityIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (claim.assertedBy !== AUTHOR && !entityIds.has(claim.assertedBy)) {
    problems.push(`${where}: field "assertedBy": no entity with id "${claim.assertedBy}" in content/entities.yaml (or use "${AUTHOR}")`);
  }
  claim.via.forEach((step, index) => {
    if (!entityIds.has(step.entity)) {
      problems.push(`${where}: field "via.${index}.entity": no entity with id "${step.entity}" in content/entities.yaml`);
    }
  });
  return problems;
}

function dismissalProblems(
  located: Located,
  home: ReadonlyMap<string, Located>,
  declared: ReadonlyMap<string, { by: string; type: string }>,
): string[] {
  const problems: string[] = [];
  located.claim.dismissed.forEach((dismissal, index) => {
    const field = `dismissed.${index}.claim`;
    const problem = targetProblem(located, dismissal.claim, field, home);
    if (problem) return problems.push(problem);
    const related = declared.get([located.claim.id, dismissal.claim].sort().join(' ↔ '));
    if (related) {
      problems.push(
        `${located.where}: field "${field}": "${dismissal.claim}" is both dismissed and related (${related.type}, declared by ${related.by}); keep one`,
      );
    }
    return undefined;
  });
  return problems;
}

/** Claims tied as `same` state one thing: no other relation among them may say they differ, contradict or oppose. */
function sameGroupProblems(home: ReadonlyMap<string, Located>): string[] {
  const group = new Map<string, string>();
  const find = (id: string): string => {
    const parent = group.get(id) ?? id;
    return parent === id ? id : find(parent);
  };
  for (const { claim } of home.values()) {
    for (const relation of claim.relations) {
      if (relation.type === 'same' && home.has(relation.claim)) group.set(find(relation.claim), find(claim.id));
    }
  }
  const problems: string[] = [];
  for (const { claim, where } of home.values()) {
    claim.relations.forEach((relation, index) => {
      if (
        ['differs', 'contradicts', 'opposes'].includes(relation.type) &&
        home.has(relation.claim) &&
        find(claim.id) === find(relation.claim)
      ) {
        problems.push(
          `${where}: field "relations.${index}.type": contradictory relations: "${claim.id}" ${relation.type} "${relation.claim}", but a chain of "same" relations makes them one claim`,
        );
      }
    });
  }
  return problems;
}
