import { describe, expect, it } from 'vitest';
import { assignPassageIds, passageFingerprint, passageId, passageSlug } from '../../../src/lib/passages/id.ts';

const article = [
  'The second round of talks held in Istanbul on June 2 was indeed reassuring.',
  'Particularly heartening was Moscow’s demand that Kyiv legally recognize the annexation.',
  'Of course, no peace agreement will be signed.',
];

describe('passageId', () => {
  it('makes a readable slug of the first words plus a fingerprint', () => {
    expect(passageId(article[0]!)).toMatch(/^the-second-round-of-talks-held-[0-9a-z]{4}$/);
  });

  it('is identical across runs for the same text', () => {
    expect(assignPassageIds(article)).toEqual(assignPassageIds([...article]));
  });

  it('keeps every other id when one passage is edited, inserted or deleted', () => {
    const before = assignPassageIds(article);
    const edited = assignPassageIds([article[0]!, 'Particularly heartening was Moscow’s demand (edited).', article[2]!]);
    expect(edited[0]).toBe(before[0]);
    expect(edited[2]).toBe(before[2]);
    expect(edited[1]).not.toBe(before[1]);
    const inserted = assignPassageIds(['A new first paragraph.', ...article]);
    expect(inserted.slice(1)).toEqual(before);
    const deleted = assignPassageIds([article[0]!, article[2]!]);
    expect(deleted).toEqual([before[0], before[2]]);
  });

  it('does not change when only quote style, dashes, case or spacing change', () => {
    expect(passageId('Moscow’s “demand” – now')).toBe(passageId('moscow\'s  "demand" - now'));
  });

  it('makes ids unique on a page when passages repeat', () => {
    const ids = assignPassageIds(['Same text.', 'Other.', 'Same text.', 'Same text.']);
    expect(new Set(ids).size).toBe(4);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
  });

  it('handles Unicode: diacritics fold to ASCII, other scripts keep their letters', () => {
    expect(passageSlug('Zelenskyy met Erdoğan in Kraków')).toBe('zelenskyy-met-erdogan-in-krakow');
    expect(passageId('新一轮制裁')).toMatch(/^新一轮制裁-[0-9a-z]{4}$/);
    expect(passageId('The新一轮 "hellish sanctions"')).toMatch(/^the-hellish-sanctions-[0-9a-z]{4}$/);
    expect(passageId('Владимир Путин сказал')).not.toBe(passageId('Владимир Зеленский сказал'));
  });

  it('produces ids that are valid HTML ids and URL fragments without escaping for Latin text', () => {
    for (const text of [...article, '«Quoted» — 1,000 days!', '   ', '*** ###']) {
      expect(passageId(text)).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('fingerprints differ for different texts', () => {
    expect(passageFingerprint(article[0]!)).not.toBe(passageFingerprint(article[1]!));
  });

  it('gives a passage with no Latin letters a readable id of its own letters', () => {
    expect(passageId('新一轮会谈在伊斯坦布尔举行。')).toMatch(/^新一轮会谈在伊斯坦布尔举-[a-z0-9]{4}$/);
    expect(passageId('Путин сказал, что переговоры продолжатся.')).toMatch(/^путин-сказал-[a-z0-9]{4}$/);
    expect(passageId('— — —')).toMatch(/^p-[a-z0-9]{4}$/);
    // Still a working URL fragment: the browser encodes it in the link and decodes it back.
    const id = passageId('新一轮会谈');
    expect(decodeURIComponent(new URL(`https://example.org/a/#${id}`).hash.slice(1))).toBe(id);
  });
});
