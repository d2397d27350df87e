import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { addDays, isWeekend } from './wall-clock.ts';

describe('wall-clock readings for the property tests', () => {
  it('read the weekend on the date’s own zone, not on UTC', () => {
    // Friday 2026-12-04 23:30 in New York is already Saturday in UTC.
    expect(isWeekend(new TZDate(2026, 11, 4, 23, 30, 'America/New_York'))).toBe(false);
    // Monday 2026-12-07 08:00 in Auckland is still Sunday in UTC.
    expect(isWeekend(new TZDate(2026, 11, 7, 8, 0, 'Pacific/Auckland'))).toBe(false);
    expect(isWeekend(new TZDate(2026, 11, 5, 12, 0, 'Europe/London'))).toBe(true);
    expect(isWeekend(new TZDate(2026, 11, 6, 12, 0, 'Asia/Tokyo'))).toBe(true);
  });

  it('add calendar days, keeping the wall-clock time across a clock change, and leave the input alone', () => {
    // London goes from GMT to BST on 2026-03-29: 23 hours from Saturday noon to Sunday noon.
    const saturday = new TZDate(2026, 2, 28, 12, 0, 'Europe/London');
    const sunday = addDays(saturday, 1);
    expect([sunday.getDate(), sunday.getHours(), sunday.timeZone]).toEqual([29, 12, 'Europe/London']);
    expect(+sunday - +saturday).toBe(23 * 36e5);
    expect(saturday.getDate()).toBe(28);
    expect(addDays(saturday, 4).getDate()).toBe(1);
  });
});
