import { describe, expect, it } from 'vitest';
import { articlePassages } from '../../../src/lib/articles/load-rendered.ts';
import { anchorClaims } from '../../../src/lib/claims/anchor.ts';
import { claimsFilePath, loadClaimsFile } from '../../../src/lib/claims/load-files.ts';
import { maskDates, scoreSentence, splitSentences, suggestClaims } from '../../../src/lib/claims/suggest.ts';
import { claim as makeClaim } from '../../helpers/claims.ts';

describe('splitSentences', () => {
  it('splits at full stops, but not after Mr. or U.S.', () => {
    const text = 'Mr. Trump met Mr. Putin. U.S. President Donald Trump said "no." Then it ended.';
    expect(splitSentences({ id: 'p', text }).map((sentence) => sentence.text)).toEqual([
      'Mr. Trump met Mr. Putin.',
      'U.S. President Donald Trump said "no."',
      'Then it ended.',
    ]);
  });
});

describe('maskDates and scoreSentence', () => {
  it('masks dates first, so the month May is no modal and its day no figure', () => {
    expect(maskDates('The first round of talks on May 16 yielded a swap.')).toEqual({
      masked: 'The first round of talks on ‹date› yielded a swap.',
      dates: 1,
    });
    expect(scoreSentence('The first round of talks on May 16 yielded a swap.')).toEqual({ score: 2, signals: ['date'] });
    expect(scoreSentence('A prior encounter in mid-May.').signals).toEqual(['date']);
  });

  it('still reads "may" as a modal when it is one', () => {
    expect(scoreSentence('The talks may continue.')).toEqual({ score: 1, signals: ['forecast'] });
  });

  it('scores figures, attribution and forecasts', () => {
    expect(scoreSentence('Ukraine claimed to have destroyed approximately 40 bomber aircraft.')).toEqual({
      score: 3.5,
      signals: ['number', 'attribution'],
    });
    expect(scoreSentence('According to a Reuters report, talks will resume on 12 February 2025.')).toEqual({
      score: 4.5,
      signals: ['date', 'attribution', 'forecast'],
    });
    expect(scoreSentence('It was a sunny afternoon.')).toEqual({ score: 0, signals: [] });
  });
});

describe('suggestClaims', () => {
  const passages = [
    { id: 'p1', text: 'Ukraine claimed 40 bombers were destroyed. It was sunny. Officials said 100 drones will follow.' },
    { id: 'h', text: 'On 2 June 2025 it will rain', kind: 'heading' },
  ];
  const claim = makeClaim('c', '40 bombers');

  it('lists unannotated high scorers, skipping annotated and dismissed sentences and headings', () => {
    const { anchored } = anchorClaims('x', [claim], passages);
    expect(suggestClaims(passages, [], []).suggestions.map((s) => s.text)).toEqual([
      'Officials said 100 drones will follow.',
      'Ukraine claimed 40 bombers were destroyed.',
    ]);
    expect(suggestClaims(passages, anchored, []).suggestions.map((s) => s.text)).toEqual(['Officials said 100 drones will follow.']);
    const dismissed = [{ sentence: 'Officials said 100 drones', reason: 'Too vague.' }];
    expect(suggestClaims(passages, anchored, dismissed).suggestions).toEqual([]);
  });

  it('reports a dismissed sentence that no longer matches anything', () => {
    expect(suggestClaims(passages, [], [{ sentence: 'Nothing like this', reason: 'R.' }]).staleDismissals).toHaveLength(1);
  });
});

describe('the committed articles', () => {
  it('have every high-scoring sentence annotated or explicitly dismissed, and no stale dismissal', async () => {
    const rendered = await articlePassages();
    for (const slug of new Set(rendered.map((passage) => passage.articleSlug))) {
      const passages = rendered
        .filter((passage) => passage.articleSlug === slug)
        .map((passage) => ({ id: passage.passageId, text: passage.text, kind: passage.kind }));
      const file = loadClaimsFile(slug);
      const { anchored } = anchorClaims(claimsFilePath(slug), file.claims, passages);
      const { suggestions, staleDismissals } = suggestClaims(passages, anchored, file.dismissed);
      expect(
        suggestions.map((s) => `${s.score} ${s.text}`),
        slug,
      ).toEqual([]);
      expect(staleDismissals, slug).toEqual([]);
    }
  });
});
