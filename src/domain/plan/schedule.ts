/**
 * The clock and calendar a plan is timed on. Messages land in the recipient's
 * working hours on their business days: day arithmetic runs on their wall
 * clock (`theirZone`, the user's own unless they set the company's), closed
 * days are their region's weekends and public holidays plus the user's days
 * away, and every planned moment is then written in the user's zone. Pure:
 * the holiday data comes in as a table.
 */
import { isAwayOn, type DaysAway } from '../holidays/away.ts';
import { closureOn, WEEKENDS_ONLY, type WorkCalendar } from '../holidays/calendar.ts';
import { describeSkipped, type SkippedDay } from '../holidays/wording.ts';
import type { DayTest } from '../time/business-days.ts';
import { formatShortDay } from '../time/format.ts';
import { dateOf, HOUR, instantOf, localOf, weekdayOf, type Local } from '../time/wall-clock.ts';

/** Everything timing needs besides the rules themselves. */
export interface Schedule {
  /** The user's zone: every planned moment is written in it. */
  zone: string;
  /** The recipient's zone: the wall clock messages are timed on (the user's own by default). */
  theirZone: string;
  /** Their region's weekends and public holidays (weekends only without data). */
  calendar: WorkCalendar;
  /** The user's days away. */
  away: readonly DaysAway[];
  /** Whether a local day on their clock is a business day for them and not a day the user is away. */
  open: DayTest;
}

/** The user's calendar date while it is noon on `day` on their clock. */
function userDate(day: Local, theirZone: string, zone: string): string {
  return theirZone === zone ? dateOf(day) : dateOf(localOf(instantOf(day + 12 * HOUR, theirZone), zone));
}

/**
 * Whether their office is open on a local day: what `closureOn` says, asked
 * without writing the date out on weekends or when there are no holidays
 * (this test runs for every day every rule passes over).
 */
function officeOpenOn(calendar: WorkCalendar, day: Local): boolean {
  return !calendar.weekend.has(weekdayOf(day)) && !calendar.table?.holidays.get(dateOf(day));
}

/** A schedule for a plan; without a calendar it knows weekends only. */
export function makeSchedule(
  zone: string,
  theirZone: string = zone,
  calendar: WorkCalendar = WEEKENDS_ONLY,
  away: readonly DaysAway[] = [],
): Schedule {
  const open: DayTest = (day) =>
    officeOpenOn(calendar, day) && (away.length === 0 || !isAwayOn(away, userDate(day, theirZone, zone)));
  return { zone, theirZone, calendar, away, open };
}

/** The same calendar on the user's own clock, for notes to self (moving on). */
export const forSelf = (schedule: Schedule): Schedule =>
  schedule.theirZone === schedule.zone
    ? schedule
    : makeSchedule(schedule.zone, schedule.zone, schedule.calendar, schedule.away);

/** Their region's calendar alone (no days away): when their office decides, the user's trips do not matter. */
export const officeOpen =
  (schedule: Schedule): DayTest =>
  (day) =>
    officeOpenOn(schedule.calendar, day);

/** The holidays and days away among closed days (weekends are left out: every rule already expects them). */
export function skippedDays(schedule: Schedule, closed: readonly Local[]): SkippedDay[] {
  const days: SkippedDay[] = [];
  for (const day of [...closed].sort((a, b) => a - b)) {
    const date = dateOf(day);
    const closure = closureOn(schedule.calendar, date);
    if (closure?.kind === 'holiday') days.push({ kind: 'holiday', date, name: closure.name });
    else if (!closure && isAwayOn(schedule.away, userDate(day, schedule.theirZone, schedule.zone)))
      days.push({ kind: 'away', date: userDate(day, schedule.theirZone, schedule.zone) });
  }
  return days;
}

/**
 * What closed the days a rule passed over, or null when only weekends were in
 * the way: "Mon 6 April is Easter Monday, a bank holiday in England".
 */
export function describeClosed(schedule: Schedule, closed: readonly Local[]): string | null {
  const skipped = skippedDays(schedule, closed);
  return skipped.length === 0 ? null : describeSkipped(skipped, schedule.calendar.table);
}

/** The sentence for a move, or null when only weekends were in the way: "…: moved to Tue 7 April." */
export function moveNote(schedule: Schedule, closed: readonly Local[], to: Local): string | null {
  const why = describeClosed(schedule, closed);
  return why && `${why}: moved to ${formatShortDay(dateOf(to))}.`;
}
