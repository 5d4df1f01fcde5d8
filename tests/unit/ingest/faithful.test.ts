import { describe, expect, it } from 'vitest';
import { checkFaithfulness } from '../../../src/lib/ingest/faithfulness.ts';
import { normalizeWhitespace } from '../../../src/lib/text.ts';
import { committedArticles, readSeed, seedFiles } from '../../helpers/articles.ts';

const articles = committedArticles();

describe('committed articles keep their sources verbatim', () => {
  it('has one article per seed text', () => {
    expect(articles.map((article) => article.frontmatter.seed).sort()).toEqual(seedFiles());
  });

  for (const article of articles) {
    describe(article.file, () => {
      const seed = readSeed(article.frontmatter.seed);

      it('holds every sentence of the seed, and no sentence the seed lacks', () => {
        expect(checkFaithfulness(seed, article.frontmatter, article.body)).toEqual({ missing: [], invented: [] });
      });

      it('records only lines that are in the seed as removed', () => {
        const seedLines = new Set(seed.split('\n').map(normalizeWhitespace));
        for (const removed of article.frontmatter.removed) expect(seedLines).toContain(normalizeWhitespace(removed.line));
      });
    });
  }

  it('catches a changed word, a dropped sentence and an invented one', () => {
    const article = articles.find((candidate) => candidate.frontmatter.seed.startsWith('002'))!;
    const seed = readSeed(article.frontmatter.seed);
    const corrected = article.body.replace('Helsinki (France)', 'Helsinki (Finland)');
    expect(checkFaithfulness(seed, article.frontmatter, corrected).missing).toHaveLength(1);
    expect(checkFaithfulness(seed, article.frontmatter, corrected).invented).toHaveLength(1);
    const dropped = article.body.replace('This is actually for a reason. ', '');
    expect(checkFaithfulness(seed, article.frontmatter, dropped).missing).toEqual(['This is actually for a reason.']);
  });
});
