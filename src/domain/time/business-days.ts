/**
 * Business-day helpers on wall-clock time (see wall-clock.ts). Which days are
 * business days is a predicate: Monday to Friday by default, or a region's
 * calendar with its public holidays and the user's days away (see
 * plan/schedule.ts), so the same arithmetic serves both.
 */
import { DAY, dayStart, type Local } from './wall-clock.ts';

/** Whether offices are open on the local day starting at `day` (midnight, wall-clock). */
export type DayTest = (day: Local) => boolean;

/** Monday to Friday. */
export const WEEKDAYS: DayTest = (day) => {
  const weekday = new Date(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

// A calendar can close many days in a row (days away on top of holidays); past
// this many the search gives up and keeps the day it reached, rather than loop.
const LONGEST_SEARCH = 1500;

/** Whether the local day of `local` is a business day. */
export function isBusinessDay(local: Local, open: DayTest = WEEKDAYS): boolean {
  return open(dayStart(local));
}

/** `hour:00` on the first business day on or after the day of `local`. */
export function businessDayOnOrAfter(local: Local, hour: number, open: DayTest = WEEKDAYS): Local {
  let day = dayStart(local);
  for (let tries = 0; !open(day) && tries < LONGEST_SEARCH; tries++) day += DAY;
  return day + hour * 3_600_000;
}

/** `hour:00` on the first business day strictly after the day of `local`. */
export function nextBusinessDay(local: Local, hour: number, open: DayTest = WEEKDAYS): Local {
  return businessDayOnOrAfter(dayStart(local) + DAY, hour, open);
}

/** `hour:00` on the day `count` business days after the day of `local` (Saturday + 1 = Monday). */
export function afterBusinessDays(local: Local, count: number, hour: number, open: DayTest = WEEKDAYS): Local {
  let day = dayStart(local);
  for (let left = count, tries = 0; left > 0 && tries < LONGEST_SEARCH; tries++) {
    day += DAY;
    if (open(day)) left--;
  }
  return day + hour * 3_600_000;
}

/** `hour:00` on the calendar day `count` days after the day of `local`. */
export function afterDays(local: Local, count: number, hour: number): Local {
  return dayStart(local) + count * DAY + hour * 3_600_000;
}

/** Wraps a day test so it also notes every day it finds closed (to explain a move afterwards). */
export function recordingClosed(open: DayTest, closed: Local[]): DayTest {
  return (day) => {
    const result = open(day);
    if (!result && !closed.includes(day)) closed.push(day);
    return result;
  };
}

/** `hour:00` on the last business day on or before the day of `local`. */
export function businessDayOnOrBefore(local: Local, hour: number, open: DayTest = WEEKDAYS): Local {
  let day = dayStart(local);
  for (let tries = 0; !open(day) && tries < LONGEST_SEARCH; tries++) day -= DAY;
  return day + hour * 3_600_000;
}

/** `hour:00` on the day `count` business days before the day of `local` (Monday − 1 = Friday). */
export function beforeBusinessDays(local: Local, count: number, hour: number, open: DayTest = WEEKDAYS): Local {
  let day = dayStart(local);
  for (let left = count, tries = 0; left > 0 && tries < LONGEST_SEARCH; tries++) {
    day -= DAY;
    if (open(day)) left--;
  }
  return day + hour * 3_600_000;
}
