/**
 * The site bench's synthetic archive (src/cli/synthetic-archive.ts) passes the
 * build's own checks: article frontmatter, claims files, quotes anchored once
 * through the real Markdown pipeline, relations and attributions across files,
 * notes, outlets and stories.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFileProblems, articleFileSlugs } from '../../../src/lib/articles/load-checks.ts';
import { renderArticles } from '../../../src/lib/articles/load-rendered.ts';
import { parseArticleFrontmatter } from '../../../src/lib/articles/schema.ts';
import { anchorClaims } from '../../../src/lib/claims/anchor.ts';
import { findClaimProblems, parseClaimsFile } from '../../../src/lib/claims/checks.ts';
import { parseRegistry } from '../../../src/lib/entities/registry.ts';
import { parseYaml } from '../../../src/lib/schema-parts.ts';
import { parseStoriesFile } from '../../../src/lib/stories/checks.ts';
import { archiveFiles, readBaseContent, syntheticArticles, writeFiles } from '../../../src/cli/synthetic-archive.ts';

const COUNT = 7;
let root: string;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crossread-synthetic-'));
  const base = readBaseContent();
  const articles = syntheticArticles(base, COUNT);
  for (const article of articles) writeFiles(root, article.files);
  writeFiles(
    root,
    archiveFiles(
      base,
      articles.map((article) => article.slug),
    ),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic archive', () => {
  it('writes articles whose frontmatter and text pass the build checks, with known outlets', () => {
    const slugs = articleFileSlugs(join(root, 'articles'));
    expect(slugs).toHaveLength(COUNT);
    expect(articleFileProblems(join(root, 'articles'))).toEqual([]);
    const sources = parseYaml('sources.yaml', read('sources.yaml')) as Record<string, unknown>;
    for (const slug of slugs) {
      const file = `articles/${slug}.md`;
      const frontmatter = parseYaml(file, read(file).split('\n---\n')[0]!.slice(4)) as Record<string, unknown>;
      const parsed = parseArticleFrontmatter(file, frontmatter);
      expect(Object.keys(sources)).toContain(parsed.outlet);
    }
  });

  it('anchors every claim and note once in its article, and the relations and attributions resolve', async () => {
    const rendered = await renderArticles(join(root, 'articles'));
    const entityIds = new Set(parseRegistry('entities.yaml', read('entities.yaml')).entities.map((entity) => entity.id));
    const files = rendered.map((article) => {
      const file = `claims/${article.slug}.yaml`;
      const { claims } = parseClaimsFile(file, read(file));
      expect(anchorClaims(file, claims, article.passages).problems).toEqual([]);
      const published = (article.frontmatter.published as { date: string }).date;
      return { slug: article.slug, file, published, claims };
    });
    expect(findClaimProblems(files, entityIds)).toEqual([]);
    const claims = files.flatMap((file) => file.claims);
    expect(claims.length).toBeGreaterThan(COUNT * 15);
    expect(claims.some((claim) => claim.relations.length)).toBe(true);
    // About 18 passages an article, drawn from the five; ids repeat only where two articles drew the same passage.
    expect(new Set(rendered.flatMap((article) => article.passages.map((passage) => passage.id))).size).toBeGreaterThan(COUNT * 12);
  });

  it('groups the articles in valid stories', () => {
    const slugs = new Set(articleFileSlugs(join(root, 'articles')));
    const stories = parseStoriesFile('stories.yaml', read('stories.yaml'), slugs);
    expect(stories.length).toBeGreaterThan(0);
    expect(new Set(stories.flatMap((story) => story.articles))).toEqual(slugs);
  });

  it('makes the first n articles of a larger archive the archive of n', () => {
    const base = readBaseContent();
    const small = syntheticArticles(base, 3);
    const large = syntheticArticles(base, 5);
    expect(large.slice(0, 3)).toEqual(small);
  });
});
