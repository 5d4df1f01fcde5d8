import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseArticleFrontmatter } from '../../../src/lib/articles/schema.ts';

const dir = 'tests/fixtures/bad-articles';

function frontmatterOf(file: string): unknown {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  return load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}

// Each bad fixture, and what the error must name: the file, the field and (where there is one) the value.
const expectations: Record<string, RegExp> = {
  'missing-title.md': /missing-title\.md: field "title": .*expected string/i,
  'bad-date.md': /bad-date\.md: field "published\.date": must be YYYY-MM-DD or YYYY-MM \(got "June 2025"\)/,
  'precision-mismatch.md': /precision-mismatch\.md: field "published\.precision": precision "day" does not match date "2025-06"/,
  'unknown-kind.md': /unknown-kind\.md: field "kind": .*"news-report".*\(got "blog-post"\)/,
  'misspelt-field.md': /misspelt-field\.md: field "\(frontmatter\)": Unrecognized key.* "autor"/,
  'script-url.md': /script-url\.md: field "originalUrl": must be an http\(s\) URL \(got "javascript:alert\(1\)"\)/,
  'implied-date-unexplained.md':
    /implied-date-unexplained\.md: field "published\.explanation": a date that is implied needs an explanation/,
  'empty-removed-line.md': /empty-removed-line\.md: field "removed\.0\.line": must not be empty \(got ""\)/,
};

describe('article frontmatter schema', () => {
  it('has an expectation for every bad fixture', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const [file, message] of Object.entries(expectations)) {
    it(`rejects ${file} naming the file and the field`, () => {
      expect(() => parseArticleFrontmatter(`${dir}/${file}`, frontmatterOf(file))).toThrow(message);
    });
  }

  it('accepts every committed article', () => {
    for (const file of readdirSync('content/articles')) {
      const text = readFileSync(`content/articles/${file}`, 'utf8');
      const data = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      expect(() => parseArticleFrontmatter(file, data)).not.toThrow();
    }
  });

  it('reads an unquoted YAML date back as the day it names', () => {
    const data = frontmatterOf('missing-title.md') as Record<string, unknown>;
    const parsed = parseArticleFrontmatter('x.md', { ...data, title: 'T' });
    expect(parsed.published.date).toBe('2025-06-02');
  });
});
