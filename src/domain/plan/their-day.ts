/**
 * The recipient's calendar. When the company is in another time zone, the
 * day they met the user can differ from the user's own ("your Monday evening
 * was their Tuesday morning"): drafts speak in their days.
 */
import type { Facts } from '../facts.ts';
import { dateOf, localOf } from '../time/wall-clock.ts';
import { momentMs, type LocalDate, type Moment } from '../time/zoned.ts';

/** The calendar date of a moment on their clock. */
export const dayForThem = (moment: Moment, theirZone: string): LocalDate =>
  dateOf(localOf(momentMs(moment), theirZone));

/** The day a round took place, on their calendar (round 1 = the interview; later rounds from their events). */
export function roundDayForThem(facts: Facts, round: number): LocalDate {
  const starts = [facts.interview.start, ...facts.events.flatMap((e) => (e.kind === 'another-round' ? [e.start] : []))];
  return dayForThem(starts[round - 1] ?? facts.interview.start, facts.interview.theirTimeZone);
}
