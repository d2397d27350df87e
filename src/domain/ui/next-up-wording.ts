/**
 * How a "next up" summary reads on the home page, worded when shown (so
 * "tomorrow" never goes stale) in the reader's locale and the plan's zone.
 */
import { describeRelative, formatMoment } from '../time/format.ts';
import { momentMs } from '../time/zoned.ts';
import type { NextUpSummary } from './next-up.ts';

/** How a summary reads at a given moment. */
export interface NextUpLine {
  /** e.g. "Friday 20 November, 09:00". */
  when: string;
  /** e.g. "tomorrow", "in 6 days", "2 days ago". */
  relative: string;
  /** Whether its window has closed. */
  late: boolean;
}

/** Added after the relative time of a step whose window has closed. */
export const LATE_NOTE = 'late, but still worth doing';

/** Dates and relative wording for a summary, in the reader's locale. */
export function describeNextUp(summary: NextUpSummary, now: number, locale: string): NextUpLine {
  return {
    when: formatMoment(summary.recommended, locale),
    relative: describeRelative(summary.recommended, now, locale),
    late: now > momentMs(summary.latest),
  };
}
