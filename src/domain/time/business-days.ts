/**
 * Business-day helpers on wall-clock time (see wall-clock.ts). Business days
 * are Monday to Friday; public holidays are out of scope (they differ by
 * country and employer), and the guides tell readers to shift a step that
 * lands on one.
 */
import { DAY, dayStart, type Local } from './wall-clock.ts';

/** Whether the local day is Monday to Friday. */
export function isBusinessDay(local: Local): boolean {
  const weekday = new Date(local).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** `hour:00` on the first business day on or after the day of `local`. */
export function businessDayOnOrAfter(local: Local, hour: number): Local {
  let day = dayStart(local);
  while (!isBusinessDay(day)) day += DAY;
  return day + hour * 3_600_000;
}

/** `hour:00` on the first business day strictly after the day of `local`. */
export function nextBusinessDay(local: Local, hour: number): Local {
  return businessDayOnOrAfter(dayStart(local) + DAY, hour);
}

/** `hour:00` on the day `count` business days after the day of `local` (Saturday + 1 = Monday). */
export function afterBusinessDays(local: Local, count: number, hour: number): Local {
  let day = dayStart(local);
  for (let left = count; left > 0;) {
    day += DAY;
    if (isBusinessDay(day)) left--;
  }
  return day + hour * 3_600_000;
}

/** `hour:00` on the calendar day `count` days after the day of `local`. */
export function afterDays(local: Local, count: number, hour: number): Local {
  return dayStart(local) + count * DAY + hour * 3_600_000;
}
