/**
 * Which days an office is closed: its weekly weekend and its region's public
 * holidays. This is the small pure API the planner (and anything that moves a
 * step by hand) asks "is this a business day, and if not, why?". A region with
 * no data, or a date outside the years its table covers, knows weekends only,
 * and says so through `knowsHolidaysOn`.
 */
import type { LocalDate } from '../time/zoned.ts';
import type { HolidayTable } from './table.ts';

/** Why a day is not a business day. */
export type Closure =
  | {
      /** A weekly closing day (Saturday or Sunday in most places). */
      kind: 'weekend';
      /** The day. */
      date: LocalDate;
    }
  | {
      /** A public or bank holiday of the region. */
      kind: 'holiday';
      /** The day. */
      date: LocalDate;
      /** Its name, e.g. "Easter Monday". */
      name: string;
    };

/** A region's working calendar: weekend days and holidays, or weekends only when there is no data. */
export interface WorkCalendar {
  /** The region's table, or null when it has none (then only weekends are known). */
  table: HolidayTable | null;
  /** Weekly closing days, JavaScript weekdays (0 = Sunday). */
  weekend: ReadonlySet<number>;
}

/** Saturday and Sunday. */
const SAT_SUN: readonly number[] = [6, 0];

/** A calendar that knows weekends only (no region, or a region without data). */
export const WEEKENDS_ONLY: WorkCalendar = { table: null, weekend: new Set(SAT_SUN) };

/** The working calendar for a region's table (null: weekends only). */
export function workCalendar(table: HolidayTable | null): WorkCalendar {
  if (!table) return WEEKENDS_ONLY;
  return { table, weekend: new Set(table.weekend.length > 0 ? table.weekend : SAT_SUN) };
}

/** Day of the week of a `YYYY-MM-DD` date (0 = Sunday). */
export const weekdayOf = (date: LocalDate): number => new Date(`${date}T12:00:00Z`).getUTCDay();

/** Whether the calendar has holiday data for this date (false: only its weekends are known). */
export function knowsHolidaysOn(calendar: WorkCalendar, date: LocalDate): boolean {
  const table = calendar.table;
  if (!table) return false;
  const year = Number(date.slice(0, 4));
  return year >= table.years[0] && year <= table.years[1];
}

/** Why offices are closed on `date`, or null on a business day. A holiday on a weekend reads as the weekend. */
export function closureOn(calendar: WorkCalendar, date: LocalDate): Closure | null {
  if (calendar.weekend.has(weekdayOf(date))) return { kind: 'weekend', date };
  const name = calendar.table?.holidays.get(date);
  return name ? { kind: 'holiday', date, name } : null;
}

/** Whether `date` is a business day in the calendar. */
export const isBusinessDate = (calendar: WorkCalendar, date: LocalDate): boolean => closureOn(calendar, date) === null;

/** The holiday on `date`, if the region has one that day (whatever the weekday). */
export const holidayOn = (calendar: WorkCalendar, date: LocalDate): string | null =>
  calendar.table?.holidays.get(date) ?? null;
