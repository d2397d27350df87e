/**
 * Where a step stands for the reader today: overdue, due today, coming up this
 * week, or later. One rule for the agenda and the home page's "next up", so a
 * step never reads "due today" in one place and "overdue" in another.
 */
import { dateOf, localOf } from '../time/wall-clock.ts';
import { daysBetween, momentMs, type Moment } from '../time/zoned.ts';

/** Whether a step's window has closed at `now`: "overdue" here, "late" wherever `describeWhen` words a step. */
export function isOverdue(latest: Moment, now: number): boolean {
  return now > momentMs(latest);
}

/** How soon a step is due. */
export type DueBucket = 'overdue' | 'today' | 'week' | 'later';

/** Days after today that count as "this week". */
export const WEEK_DAYS = 7;

/**
 * The bucket for a step at `now`, by calendar day in the reader's `zone`:
 * overdue once its window has closed; today when its recommended day is today
 * or already past (but the window is still open); this week within the next
 * `WEEK_DAYS` days; later after that.
 */
export function dueBucket(step: { recommended: Moment; latest: Moment }, now: number, zone: string): DueBucket {
  if (isOverdue(step.latest, now)) return 'overdue';
  const days = daysBetween(dateOf(localOf(now, zone)), dateOf(localOf(momentMs(step.recommended), zone)));
  if (days <= 0) return 'today';
  return days <= WEEK_DAYS ? 'week' : 'later';
}

/** The words for each bucket, as headings and badges. */
export const DUE_LABELS: Record<DueBucket, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Coming up this week',
  later: 'Later',
};
