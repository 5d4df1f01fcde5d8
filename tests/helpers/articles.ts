import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { splitFrontmatter } from '../../src/lib/articles/load-rendered.ts';
import { type ArticleFrontmatter, parseArticleFrontmatter } from '../../src/lib/articles/schema.ts';

/** The raw source texts live beside the checkout (shared/seeds); SEEDS_DIR overrides. */
export const seedsDir = process.env.SEEDS_DIR ?? '../shared/seeds';

export function seedFiles(): string[] {
  if (!existsSync(seedsDir)) throw new Error(`No seed texts at ${seedsDir}: check out shared/ beside this repository or set SEEDS_DIR`);
  return readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
}

export function readSeed(file: string): string {
  return readFileSync(`${seedsDir}/${file}`, 'utf8');
}

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
