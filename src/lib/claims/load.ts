/** Every article's claims, checked across files and shaped for the claim pages and sidebars; once per build. */
import { CONTENT } from '../content-root.ts';
import { type LoadedArticle, loadArticles } from '../articles/load.ts';
import { loadEntities } from '../entities/load.ts';
import type { Entity } from '../entities/schema.ts';
import { findClaimProblems } from './checks.ts';
import { claimFileSlugs, claimsFilePath } from './load-files.ts';
import { type Asserter, type ClaimedArticle, type ClaimView, claimViews, entityAsserter } from './views.ts';
import { type CompareRow, compareRows, type NameOf } from '../compare/rows.ts';
import { sourcesPath } from '../routes.ts';

export interface ClaimLibrary {
  /** Articles as the matrix's columns, newest first. */
  articles: ClaimedArticle[];
  /** Every claim by id. */
  views: Map<string, ClaimView>;
  /** Each article's claims in reading order, by slug. */
  byArticle: Map<string, ClaimView[]>;
  /** The comparison rows (src/lib/compare/rows.ts), built once for /claims/, /compare/ and /stories/. */
  rows: CompareRow[];
  /** An entity's name by id (attribution chains). */
  nameOf: NameOf;
}

let claimCache: Promise<ClaimLibrary> | undefined;

/** Who `assertedBy: author` is: the author's entity, else their source card, else the outlet (unsigned pieces). */
function authorAsserter(article: LoadedArticle, entities: readonly Entity[]): Asserter {
  const card = article.authorSource ?? article.outlet;
  const entity = entities.find((candidate) => candidate.source === card.id);
  if (entity) return entityAsserter(entity);
  return { name: card.data.name, href: sourcesPath(card.id), type: article.authorSource ? 'Person' : 'Organization' };
}

async function loadClaimLibrary(): Promise<ClaimLibrary> {
  const [loaded, { entities }] = await Promise.all([loadArticles(), loadEntities()]);
  const slugs = new Set(loaded.map((article) => article.slug));
  const orphans = claimFileSlugs().filter((slug) => !slugs.has(slug));
  const problems = orphans.map((slug) => `${claimsFilePath(slug)}: no article ${CONTENT.articles}/${slug}.md`);
  // The marking plugin read each claims file and anchored every quote while the article rendered (or failed the build).
  const files = loaded.map((article) => ({
    slug: article.slug,
    file: claimsFilePath(article.slug),
    published: article.entry.data.published.date,
    claims: article.claims.map(({ claim }) => claim),
  }));
  problems.push(...findClaimProblems(files, new Set(entities.map((entity) => entity.id))));
  const articles: ClaimedArticle[] = loaded.map((article) => ({
    slug: article.slug,
    url: article.url,
    title: article.entry.data.title,
    published: article.entry.data.published.date,
    sourceName: article.outlet.data.name,
    author: authorAsserter(article, entities),
    anchored: article.claims,
    notes: article.notes,
  }));
  if (problems.length) throw new Error(`Invalid claims\n${problems.join('\n')}`);
  const views = claimViews(articles, entities);
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const nameOf: NameOf = (id) => names.get(id) ?? id;
  const byArticle = new Map(articles.map((article) => [article.slug, article.anchored.map(({ claim }) => views.get(claim.id)!)]));
  return { articles, views, byArticle, rows: compareRows([...byArticle.values()].flat(), views, nameOf), nameOf };
}

/** Every article's claims, checked across files (ids, relations, attributions) and shaped for pages; once per build. */
export function loadClaims(): Promise<ClaimLibrary> {
  claimCache ??= loadClaimLibrary();
  return claimCache;
}
