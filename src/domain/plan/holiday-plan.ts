/**
 * The holiday data a plan is built with, and what the plan says about it:
 * which region's holidays it avoids, and, when it can only avoid weekends
 * (no region, no data, the data could not be loaded, or a step beyond the
 * years the data covers), a plain note saying so.
 */
import type { Facts } from '../facts.ts';
import { workCalendar } from '../holidays/calendar.ts';
import type { HolidayTable } from '../holidays/table.ts';
import { regionLabel, regionName } from '../holidays/names.ts';
import { dateOf, localOf } from '../time/wall-clock.ts';
import { momentMs } from '../time/zoned.ts';
import { makeSchedule, type Schedule } from './schedule.ts';
import type { PlanHolidays, Step } from './types.ts';

/** The region's holidays as the app loaded them. */
export interface HolidayInput {
  /** The region the plan uses (picked, or suggested by their time zone), or null when none applies. */
  region: string | null;
  /** Its table, or null when the region has no data or it could not be loaded. */
  table: HolidayTable | null;
  /** The table exists but could not be loaded (offline before it was ever fetched). */
  unavailable?: boolean;
}

/** The schedule a plan is timed on: their zone, their region's holidays, the user's days away. */
export function scheduleFor(facts: Facts, holidays: HolidayInput | undefined): Schedule {
  const table = holidays?.table ?? null;
  return makeSchedule(facts.interview.timeZone, facts.interview.theirTimeZone, workCalendar(table), facts.away);
}

/** What the plan records about its holidays. */
export function planHolidays(holidays: HolidayInput | undefined): PlanHolidays {
  const table = holidays?.table ?? null;
  return {
    region: holidays?.region ?? null,
    label: table ? regionLabel(table) : null,
    years: table ? table.years : null,
  };
}

/** Notes about the holidays the plan could not take into account. */
export function holidayNotes(holidays: HolidayInput | undefined, steps: readonly Step[], schedule: Schedule): string[] {
  if (!holidays) return [];
  const { region, table } = holidays;
  if (!region && holidays.unavailable)
    return ['The public holidays could not be loaded (are you offline?), so for now the plan skips weekends only.'];
  if (!region)
    return [
      'Their time zone does not point to one country, so the plan skips weekends but not public holidays. Pick a country under “Public holidays” to include them.',
    ];
  if (!table && holidays.unavailable)
    return [
      `The public holidays for ${regionName(region)} could not be loaded (are you offline?), so for now the plan skips weekends only.`,
    ];
  if (!table)
    return [
      `We have no public-holiday data for ${regionName(region)}, so the plan skips weekends only: check the dates against local holidays.`,
    ];
  const [first, last] = table.years;
  const outside = steps.some((step) => {
    const year = Number(dateOf(localOf(momentMs(step.recommended), schedule.theirZone)).slice(0, 4));
    return year < first || year > last;
  });
  return outside
    ? [
        `Public holidays for ${regionLabel(table)} are known for ${first}–${last}; steps outside those years skip weekends only.`,
      ]
    : [];
}
