/**
 * Checks every article file before Astro loads it, so a mistake fails the build
 * with our own message: the file, the line for YAML, the field and the value
 * (Astro's collection report names the field but not the value), and an
 * article with no text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from '../content-root.ts';
import { splitFrontmatter } from './load-rendered.ts';
import { parseArticleFrontmatter } from './schema.ts';

/** Slugs of the article files (`<slug>.md`), sorted. */
export function articleFileSlugs(directory: string = CONTENT.articles): string[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}

/** Every problem in the article files, one line (or block) each; none when all is well. */
export function articleFileProblems(directory: string = CONTENT.articles): string[] {
  const problems: string[] = [];
  for (const slug of articleFileSlugs(directory)) {
    const file = join(directory, `${slug}.md`);
    try {
      const { frontmatter, body } = splitFrontmatter(file, readFileSync(file, 'utf8'));
      parseArticleFrontmatter(file, frontmatter);
      if (!body.trim()) problems.push(`${file}: the article has no text: its body after the frontmatter is empty`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}
