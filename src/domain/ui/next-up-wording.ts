/**
 * How a "next up" summary reads on the home page, worded when shown (so
 * "today" never goes stale) in the reader's locale and the plan's zone, the
 * same way the plan words its steps (`describeWhen` in time/format.ts).
 */
import { describeWhen, type WhenLine } from '../time/format.ts';
import type { NextUpSummary } from './next-up.ts';

/** Added after the relative time of a step whose window has closed. */
export const LATE_NOTE = 'late, but still worth doing';

/** Dates and relative wording for a home-page summary, in the reader's locale. */
export function describeNextUp(summary: NextUpSummary, now: number, locale: string): WhenLine {
  return describeWhen(summary.recommended, summary.latest, now, locale);
}
