import { describe, expect, it } from 'vitest';
import {
  afterBusinessDays,
  afterDays,
  beforeBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  isBusinessDay,
  nextBusinessDay,
} from './business-days.ts';
import { localFrom, momentOfLocal, type Local } from './wall-clock.ts';

const at = (date: string, time = '12:00') => localFrom(date, time);
const iso = (local: Local, zone = 'Europe/London') => momentOfLocal(local, zone).iso;

describe('business days', () => {
  it('treats Saturday and Sunday as non-business days', () => {
    expect(isBusinessDay(at('2026-10-31'))).toBe(false);
    expect(isBusinessDay(at('2026-11-01'))).toBe(false);
    expect(isBusinessDay(at('2026-11-02'))).toBe(true);
  });

  it('moves a Saturday to Monday morning', () => {
    expect(iso(businessDayOnOrAfter(at('2026-10-31'), 9))).toBe('2026-11-02T09:00:00+00:00');
  });

  it('finds the next business morning after a Friday', () => {
    expect(iso(nextBusinessDay(at('2026-10-30', '18:00'), 9))).toBe('2026-11-02T09:00:00+00:00');
  });

  it('counts two business days after a Friday as Tuesday', () => {
    expect(iso(afterBusinessDays(at('2026-11-06'), 2, 17))).toBe('2026-11-10T17:00:00+00:00');
  });

  it('counts one business day after a Saturday as Monday', () => {
    expect(iso(afterBusinessDays(at('2026-11-07'), 1, 9))).toBe('2026-11-09T09:00:00+00:00');
  });

  it('keeps 9:00 wall-clock time across the autumn clock change in New York', () => {
    expect(iso(afterDays(at('2026-10-30', '09:00'), 7, 9), 'America/New_York')).toBe('2026-11-06T09:00:00-05:00');
  });

  it('rolls over the New Year to the first business day of January', () => {
    expect(iso(nextBusinessDay(at('2027-12-31', '16:00'), 9))).toBe('2028-01-03T09:00:00+00:00');
  });

  it('counts three business days before a Friday as Tuesday', () => {
    expect(iso(beforeBusinessDays(at('2026-11-13'), 3, 17))).toBe('2026-11-10T17:00:00+00:00');
  });

  it('counts one business day before a Monday back over the weekend to Friday', () => {
    expect(iso(beforeBusinessDays(at('2026-11-09'), 1, 9))).toBe('2026-11-06T09:00:00+00:00');
  });

  it('counts back past a closed day the calendar names', () => {
    const open = (day: Local) => isBusinessDay(day) && day !== at('2026-11-11', '00:00');
    expect(iso(beforeBusinessDays(at('2026-11-13'), 2, 9, open))).toBe('2026-11-10T09:00:00+00:00');
  });

  it('moves a Sunday back to the Friday before', () => {
    expect(iso(businessDayOnOrBefore(at('2026-11-08'), 9))).toBe('2026-11-06T09:00:00+00:00');
    expect(iso(businessDayOnOrBefore(at('2026-11-09'), 9))).toBe('2026-11-09T09:00:00+00:00');
  });
});
