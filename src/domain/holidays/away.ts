/**
 * The user's own days away (a holiday of their own, a trip, a busy week): no
 * step is planned on them. Each is an inclusive range of local dates.
 */
import type { LocalDate } from '../time/zoned.ts';

/** Days the user is away, from `from` to `to` inclusive. */
export interface DaysAway {
  /** First day away. */
  from: LocalDate;
  /** Last day away (the same as `from` for a single day). */
  to: LocalDate;
}

/** Whether `date` falls in any of the ranges. */
export function isAwayOn(away: readonly DaysAway[], date: LocalDate): boolean {
  return away.some((range) => range.from <= date && date <= range.to);
}
