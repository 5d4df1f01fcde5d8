import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizePunctuation, stripDiacritics, truncate, wordCount, words } from '../../src/lib/text.ts';

describe('text normalisation', () => {
  it('straightens quotes, unifies dashes and collapses spaces, keeping case', () => {
    expect(normalizePunctuation('  “Trans‑Dnieper” – Kyiv’s\u00a0plan  ')).toBe('"Trans-Dnieper" - Kyiv\'s plan');
  });
  it('compares case-insensitively', () => {
    expect(normalizeForMatch('Helsinki (France)')).toBe(normalizeForMatch('HELSINKI  (france)'));
  });
  it('strips diacritics', () => {
    expect(stripDiacritics('Erdoğan, Kraków, Zaporižžja')).toBe('Erdogan, Krakow, Zaporizzja');
  });
  it('splits words in any script, keeping inner apostrophes and hyphens', () => {
    expect(words('Russia’s pre-2014 borders, 新一轮!')).toEqual(["russia's", 'pre-2014', 'borders', '新一轮']);
  });
  it('counts CJK characters as words', () => {
    expect(wordCount('The新一轮 sanctions')).toBe(5);
  });
  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncate('one two three four five', 12)).toBe('one two…');
    expect(truncate('short', 12)).toBe('short');
  });
});
