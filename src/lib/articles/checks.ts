/**
 * Checks across collections that a single file's schema cannot make:
 * every outlet and author card an article names must exist.
 */
import type { ArticleFrontmatter } from './schema.ts';

export interface ArticleRecord {
  /** Path of the article file, for messages. */
  file: string;
  data: ArticleFrontmatter;
}

/** Problems as `file: field "x": message` lines; empty when all references resolve. */
export function findBrokenReferences(articles: readonly ArticleRecord[], sourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const known = [...sourceIds].sort().join(', ');
  const check = (file: string, field: string, id: string | undefined) => {
    if (id !== undefined && !sourceIds.has(id)) {
      problems.push(`${file}: field "${field}": no source with id ${JSON.stringify(id)} in content/sources.yaml (known: ${known})`);
    }
  };
  for (const { file, data } of articles) {
    check(file, 'outlet', data.outlet);
    if (data.author !== 'unknown') check(file, 'author.source', data.author.source);
    data.parts.forEach((part, index) => {
      if (part.author && part.author !== 'unknown') check(file, `parts.${index}.author.source`, part.author.source);
    });
  }
  return problems;
}
