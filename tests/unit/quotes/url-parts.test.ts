import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlPart, fragmentId } from '../../../src/lib/quotes/url-parts.ts';

describe('url parts', () => {
  it('decodes good escapes and gives undefined for malformed ones', () => {
    expect(decodeUrlPart('caf%C3%A9')).toBe('café');
    expect(decodeUrlPart('%E0%A4%A')).toBeUndefined();
    expect(decodeUrlPart('%')).toBeUndefined();
  });

  it('names the fragment’s element without the text directive, or nothing when malformed', () => {
    expect(fragmentId('#the-talks-ab12:~:text=Istanbul')).toBe('the-talks-ab12');
    expect(fragmentId('#%E6%96%B0-toq1')).toBe('新-toq1');
    expect(fragmentId('#%E0%A4%A')).toBe('');
    expect(fragmentId('#%:~:text=%')).toBe('');
    expect(fragmentId('')).toBe('');
  });

  it('never throws, whatever the URL holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof fragmentId(`#${text}`)).toBe('string');
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
