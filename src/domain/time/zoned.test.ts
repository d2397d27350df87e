import { describe, expect, it } from 'vitest';
import { daysBetween, isKnownTimeZone, isLocalDate, momentMs } from './zoned.ts';

describe('zoned dates', () => {
  it('compares moments by instant, whatever their offsets', () => {
    expect(momentMs({ iso: '2026-03-10T14:00:00+05:30', zone: 'Asia/Kolkata' })).toBe(
      Date.parse('2026-03-10T08:30:00Z'),
    );
  });

  it('recognises real IANA zones and rejects made-up ones', () => {
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone(' Europe/London')).toBe(false);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('3/11/2026')).toBe(false);
  });

  it('counts calendar days across a clock change and the New Year', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});
