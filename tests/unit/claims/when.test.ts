import { describe, expect, it } from 'vitest';
import { earliestDay, formatEventDate, latestDay, timeGap } from '../../../src/lib/claims/when.ts';

describe('event dates', () => {
  it('formats each precision as a reader writes it', () => {
    expect(formatEventDate({ date: '2025-06-02' })).toBe('2 June 2025');
    expect(formatEventDate({ date: '2025-06' })).toBe('June 2025');
    expect(formatEventDate({ date: '2025' })).toBe('2025');
    expect(earliestDay('2025-06').toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(latestDay('2025-06').toISOString()).toBe('2025-06-30T00:00:00.000Z');
    expect(latestDay('2024-02').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(latestDay('2025').toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });
  it('says the time between two dates in days, weeks, months or years', () => {
    expect(timeGap('2025-06-02', '2025-06-02')).toBe('the same day');
    expect(timeGap('2025-06-02', '2025-06-03')).toBe('1 day later');
    expect(timeGap('2025-06-11', '2025-06-02')).toBe('9 days earlier');
    expect(timeGap('2025-05-16', '2025-06-11')).toBe('4 weeks later');
    expect(timeGap('2025-02', '2025-08')).toBe('about 6 months later');
    expect(timeGap('2022-03', '2025-06')).toBe('about 3 years later');
  });
});
