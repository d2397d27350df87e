import { describe, expect, it } from 'vitest';
import {
  dateOf,
  dayDiff,
  hourOf,
  instantOf,
  localFrom,
  localOf,
  momentAt,
  momentOfLocal,
  weekdayOf,
} from './wall-clock.ts';

describe('wall-clock time', () => {
  it('converts 09:00 in London to the right instant in winter and in summer', () => {
    expect(instantOf(localFrom('2026-01-15', '09:00'), 'Europe/London')).toBe(Date.parse('2026-01-15T09:00:00Z'));
    expect(instantOf(localFrom('2026-07-15', '09:00'), 'Europe/London')).toBe(Date.parse('2026-07-15T08:00:00Z'));
  });

  it('reads the wall-clock time of an instant in Asia/Kolkata, half an hour off the hour', () => {
    expect(hourOf(localOf(Date.parse('2026-03-10T08:30:00Z'), 'Asia/Kolkata'))).toBe(14);
  });

  it('writes a moment with the offset in force at that instant', () => {
    expect(momentAt(Date.parse('2026-03-29T00:30:00Z'), 'Europe/London').iso).toBe('2026-03-29T00:30:00+00:00');
    expect(momentAt(Date.parse('2026-03-29T01:30:00Z'), 'Europe/London').iso).toBe('2026-03-29T02:30:00+01:00');
    expect(momentAt(Date.parse('2026-06-01T12:00:00Z'), 'Asia/Kathmandu').iso).toBe('2026-06-01T17:45:00+05:45');
  });

  it('moves a time that does not exist, because the clocks went forward, on by the length of the gap', () => {
    // 02:00 became 03:00 in New York on 8 March 2026: 02:30 is read as 03:30 EDT, the instant
    // 02:30 EST would have been (Temporal's "compatible" choice, and what JavaScript's Date does).
    expect(momentOfLocal(localFrom('2026-03-08', '02:30'), 'America/New_York').iso).toBe('2026-03-08T03:30:00-04:00');
    expect(momentOfLocal(localFrom('2026-03-29', '01:30'), 'Europe/London').iso).toBe('2026-03-29T02:30:00+01:00');
  });

  it('writes the date, time and weekday a Date would, every few days and hours from 1960 to 2040', () => {
    const differ: string[] = [];
    for (let local = Date.UTC(1960, 0, 1, 0, 0, 1); local < Date.UTC(2040, 0, 1); local += 61 * 3_600_000 + 77_000) {
      const iso = new Date(local).toISOString();
      const mine = `${dateOf(local)} ${weekdayOf(local)} ${momentAt(local, 'UTC').iso}`;
      if (mine !== `${iso.slice(0, 10)} ${new Date(local).getUTCDay()} ${iso.slice(0, 19)}+00:00`) differ.push(mine);
    }
    expect(differ).toEqual([]);
  });

  it('counts calendar days, not 24-hour periods, across a clock change', () => {
    expect(dayDiff(localFrom('2026-03-28', '23:00'), localFrom('2026-03-29', '09:00'))).toBe(1);
  });
});
