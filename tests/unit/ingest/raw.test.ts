/** The raw texts in content/raw/: each listed once, unchanged since it was received, and each the seed of its article. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_DIRECTORY, loadRawIndex } from '../../../src/lib/ingest/load-raw.ts';
import { committedArticles } from '../../helpers/articles.ts';

const index = loadRawIndex();

describe('raw source texts', () => {
  it('lists every raw text in the folder once', () => {
    const files = readdirSync(RAW_DIRECTORY).filter((file) => file.endsWith('.txt'));
    expect(index.map((raw) => raw.file).sort()).toEqual(files.sort());
    expect(new Set(index.map((raw) => raw.file)).size).toBe(index.length);
  });

  it('keeps each raw text byte for byte as it was received', () => {
    for (const raw of index) {
      const digest = createHash('sha256')
        .update(readFileSync(join(RAW_DIRECTORY, raw.file)))
        .digest('hex');
      expect(digest, raw.file).toBe(raw.sha256);
    }
  });

  it('names, for every article, the raw text its `seed` field names, and the other way round', () => {
    const bySlug = new Map(index.map((raw) => [raw.article, raw.file]));
    const articles = committedArticles();
    for (const article of articles) {
      const slug = article.file.replace(/^content\/articles\/|\.md$/g, '');
      expect(bySlug.get(slug), article.file).toBe(article.frontmatter.seed);
    }
    expect(articles).toHaveLength(index.length);
  });
});
