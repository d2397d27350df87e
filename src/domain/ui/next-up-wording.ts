/**
 * How a step's moment reads at the moment it is shown: the date, how far off
 * it is, and, once the recommended moment has passed, whether it is still on
 * time. Worded when shown (never stored), so "today" never goes stale; the
 * home page's "next up" and the plan both use it, in the reader's locale and
 * the plan's zone.
 */
import { describeRelative, formatMoment } from '../time/format.ts';
import { dateOf, localOf } from '../time/wall-clock.ts';
import { momentMs, type Moment } from '../time/zoned.ts';
import type { NextUpSummary } from './next-up.ts';

/** How a moment reads at a given time. */
export interface NextUpLine {
  /** e.g. "Friday 20 November at 09:00". */
  when: string;
  /** e.g. "tomorrow", "in 6 days", "today", "was due yesterday". */
  relative: string;
  /** Whether its window has closed. */
  late: boolean;
  /** Once the recommended moment has passed on an earlier day but the window is open: until when it is on time. */
  onTimeUntil: string | null;
}

/** Added after the relative time of a step whose window has closed. */
export const LATE_NOTE = 'late, but still worth doing';

/**
 * Dates and relative wording for a recommended moment and the end of its
 * window. A moment earlier today still reads "today"; one on an earlier day
 * reads "was due yesterday" (never a bare "yesterday" beside "due now").
 */
export function describeWhen(recommended: Moment, latest: Moment, now: number, locale: string): NextUpLine {
  const at = momentMs(recommended);
  const late = now > momentMs(latest);
  const sameDay = dateOf(localOf(now, recommended.zone)) === dateOf(localOf(at, recommended.zone));
  const relative = describeRelative(recommended, now, locale);
  const earlierDay = now > at && !sameDay;
  return {
    when: formatMoment(recommended, locale),
    relative: earlierDay ? `was due ${relative}` : relative,
    late,
    onTimeUntil: earlierDay && !late ? formatMoment(latest, locale) : null,
  };
}

/** Dates and relative wording for a home-page summary, in the reader's locale. */
export function describeNextUp(summary: NextUpSummary, now: number, locale: string): NextUpLine {
  return describeWhen(summary.recommended, summary.latest, now, locale);
}

/** The sentence shown under a step whose recommended moment has passed but which is still on time. */
export function onTimeSentence(until: string): string {
  return `Still on time until ${until}: do it today if you can.`;
}
