/**
 * Test-only: calendar readings of a TZDate on its own zone's wall clock, the
 * independent oracle the plan's property tests hold the engine to (the engine
 * itself reads dates through its own zoned-time module).
 */
import { TZDate } from '@date-fns/tz';

/** Whether `date` falls on a Saturday or a Sunday on its zone's calendar. */
export const isWeekend = (date: Date): boolean => date.getDay() === 0 || date.getDay() === 6;

/** The same wall-clock time `days` calendar days later on `date`'s zone (a copy; `date` is unchanged). */
export function addDays(date: TZDate, days: number): TZDate {
  const next = new TZDate(+date, date.timeZone);
  next.setDate(next.getDate() + days);
  return next;
}
