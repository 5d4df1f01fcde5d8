import { readFileSync, readdirSync } from 'node:fs';
import { loadRawIndex, readRawText } from '../../src/lib/ingest/load-raw.ts';
import { splitFrontmatter } from '../../src/lib/articles/load-rendered.ts';
import { type ArticleFrontmatter, parseArticleFrontmatter } from '../../src/lib/articles/schema.ts';

/** The raw source texts, kept in the repository (content/raw/, listed in its index.yaml). */
export function seedFiles(): string[] {
  return loadRawIndex()
    .map((raw) => raw.file)
    .sort();
}

export const readSeed = (file: string): string => readRawText(file);

export interface ArticleFile {
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
}

/** Splits a Markdown file into validated frontmatter and body. */
export function parseArticleFile(file: string, text: string): ArticleFile {
  const { frontmatter, body } = splitFrontmatter(file, text);
  return { file, frontmatter: parseArticleFrontmatter(file, frontmatter), body };
}

export function committedArticles(): ArticleFile[] {
  return readdirSync('content/articles')
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => parseArticleFile(`content/articles/${file}`, readFileSync(`content/articles/${file}`, 'utf8')));
}
