/**
 * Shapes loaded articles and the entity registry into the search index's input.
 * Pure: the endpoint feeds it the site's loaded articles, tests and the bench
 * feed it articles rendered outside Astro.
 */
import type { EntityMention } from '../entities/mentions.ts';
import type { Passage } from '../passages/passage.ts';
import type { Entity } from '../entities/schema.ts';
import type { SearchArticleInput } from './build-index.ts';
import type { EntitySpellings } from './expand.ts';

export interface ArticleForSearch {
  slug: string;
  title: string;
  outlet: { id: string; name: string };
  passages: readonly Passage[];
  mentions: readonly EntityMention[];
  /** Summaries of the claims each passage holds, by passage id (see claimSummariesByPassage). */
  claims?: ReadonlyMap<string, readonly string[]>;
}

/** Claims anchored to passages (as rehype-claim-quotes anchored them): summaries by passage id, in order. */
export function claimSummariesByPassage(anchored: readonly { claim: { summary: string }; passageId: string }[]): Map<string, string[]> {
  const byPassage = new Map<string, string[]>();
  for (const { claim, passageId } of anchored) {
    const list = byPassage.get(passageId) ?? [];
    list.push(claim.summary);
    byPassage.set(passageId, list);
  }
  return byPassage;
}

export function searchArticles(articles: readonly ArticleForSearch[]): SearchArticleInput[] {
  return articles.map((article) => {
    const entitiesByPassage = new Map<string, string[]>();
    for (const mention of article.mentions) {
      if (mention.form !== 'name') continue;
      const list = entitiesByPassage.get(mention.passageId) ?? [];
      if (!list.includes(mention.entityId)) list.push(mention.entityId);
      entitiesByPassage.set(mention.passageId, list);
    }
    return {
      slug: article.slug,
      title: article.title,
      outlet: article.outlet,
      passages: article.passages.map((passage) => {
        const claims = article.claims?.get(passage.id);
        return {
          id: passage.id,
          text: passage.text,
          kind: passage.kind,
          entities: entitiesByPassage.get(passage.id) ?? [],
          ...(claims?.length ? { claims: [...claims] } : {}),
        };
      }),
    };
  });
}

/** Canonical name first, then every alias; and the entity's adjectives. */
export function entitySpellings(entities: readonly Entity[]): EntitySpellings[] {
  return entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    names: [...new Set([entity.name, ...entity.aliases])],
    demonyms: [...entity.demonyms],
  }));
}
