/**
 * When each kind of step should happen, as windows of instants. Every number
 * comes from guidance.ts (HOURS, THANK_YOU, CHECK_IN, REJECTION_REPLY_BUSINESS_DAYS,
 * OPEN_TIMINGS); this module only decides how they combine with weekends and
 * the night. Day arithmetic happens on wall-clock time; conversions to real
 * instants go through the time-zone library (see time/wall-clock.ts).
 */
import { CHECK_IN, HOURS, OPEN_TIMINGS, REJECTION_REPLY_BUSINESS_DAYS, THANK_YOU } from '../guidance.ts';
import {
  afterBusinessDays,
  afterDays,
  businessDayOnOrAfter,
  isBusinessDay,
  nextBusinessDay,
} from '../time/business-days.ts';
import { atHour, dayDiff, hourOf, HOUR, instantOf, localOf, type Local } from '../time/wall-clock.ts';

/** A window as epoch milliseconds (real instants). */
export interface Timing {
  /** Too soon before this. */
  earliest: number;
  /** The recommended moment. */
  recommended: number;
  /** Late after this. */
  latest: number;
}

/** How a thank-you's moment was chosen, so the step can explain itself. */
export type ThankYouCase = 'same-day' | 'next-morning' | 'weekend-evening' | 'after-weekend';

/**
 * Thank-you timing (fact sheet §3): the same day if the interview ended by
 * `HOURS.sameDayCutoff`, else the next morning; at most `THANK_YOU.latestHoursAfterEnd`
 * hours after the end. When a weekend is in the way, a message goes the same
 * evening if night hasn't started, otherwise the next business morning, and
 * the deadline stretches to the end of that morning. A call (`call: true`)
 * never goes in the evening.
 */
export function thankYouTiming(endAt: number, zone: string, call: boolean): Timing & { case: ThankYouCase } {
  const end = localOf(endAt, zone);
  const sameDay = hourOf(end) <= HOURS.sameDayCutoff;
  let candidate: Local = sameDay
    ? Math.max(end, atHour(end, HOURS.workdayStart))
    : afterDays(end, 1, HOURS.workdayStart);
  let chosen: ThankYouCase = sameDay ? 'same-day' : 'next-morning';
  if (!isBusinessDay(candidate)) {
    // Only reachable after the same-day cutoff on a Friday (or on a weekend), so "evening" is the rest of today.
    const eveningLeft = !call && isBusinessDay(end) && hourOf(end) < HOURS.nightStart;
    candidate = eveningLeft ? end : nextBusinessDay(end, HOURS.workdayStart);
    chosen = eveningLeft ? 'weekend-evening' : 'after-weekend';
  }
  const recommended = instantOf(candidate, zone);
  const dayMark = endAt + THANK_YOU.latestHoursAfterEnd * HOUR;
  const weekendInWay =
    chosen === 'weekend-evening' || chosen === 'after-weekend' || !isBusinessDay(localOf(dayMark, zone));
  const latest = weekendInWay ? instantOf(nextBusinessDay(end, HOURS.morningEnd), zone) : dayMark;
  return { earliest: endAt, recommended, latest: Math.max(latest, recommended), case: chosen };
}

/**
 * Handwritten card (fact sheet §3): written and dropped at the front desk (or
 * posted) the same or next business day; late after `THANK_YOU.cardBusinessDays`.
 */
export function cardTiming(endAt: number, zone: string): Timing {
  const end = localOf(endAt, zone);
  const sameDay = isBusinessDay(end) && hourOf(end) <= HOURS.sameDayCutoff;
  const recommended = sameDay
    ? Math.max(end, atHour(end, HOURS.workdayStart))
    : nextBusinessDay(end, HOURS.workdayStart);
  const latest = afterBusinessDays(end, THANK_YOU.cardBusinessDays, HOURS.eveningStart);
  return { earliest: endAt, recommended: instantOf(recommended, zone), latest: instantOf(latest, zone) };
}

/** Converts a wall-clock window to instants. */
const window = (earliest: Local, recommended: Local, latest: Local, zone: string): Timing => ({
  earliest: instantOf(earliest, zone),
  recommended: instantOf(recommended, zone),
  latest: instantOf(latest, zone),
});

/** A check-in-sized window opening at `HOURS.workdayStart` on the first business day on or after `day`. */
function businessWindow(day: Local, zone: string): Timing {
  const opens = businessDayOnOrAfter(day, HOURS.workdayStart);
  const [first, second] = CHECK_IN.businessDaysAfterDecision;
  return window(opens, opens, afterBusinessDays(opens, second - first, HOURS.eveningStart), zone);
}

/**
 * Check-in windows (fact sheet §4–§5): after a decision date, the business days
 * `CHECK_IN.businessDaysAfterDecision` after it; otherwise about
 * `CHECK_IN.daysAfterInterview` days after the interview, on a business day.
 * Never sooner than `CHECK_IN.minDaysApart` calendar days after the thank-you,
 * and each later one opens that many days after the previous one closes.
 * At most `CHECK_IN.maxCheckIns`. `pushed` says the thank-you spacing moved it.
 */
export function checkInTimings(
  endAt: number,
  thankedAt: number,
  decisionDay: Local | null,
  zone: string,
): (Timing & { pushed: boolean })[] {
  const [soonest, latestDays] = CHECK_IN.businessDaysAfterDecision;
  const end = localOf(endAt, zone);
  const thanked = localOf(thankedAt, zone);
  let first = decisionDay
    ? window(
        afterBusinessDays(decisionDay, soonest, HOURS.workdayStart),
        afterBusinessDays(decisionDay, soonest, HOURS.workdayStart),
        afterBusinessDays(decisionDay, latestDays, HOURS.eveningStart),
        zone,
      )
    : businessWindow(afterDays(end, CHECK_IN.daysAfterInterview, 0), zone);
  const pushed = dayDiff(thanked, localOf(first.earliest, zone)) < CHECK_IN.minDaysApart;
  if (pushed) first = businessWindow(afterDays(thanked, CHECK_IN.minDaysApart, 0), zone);
  const windows = [{ ...first, pushed }];
  for (let previous = first; windows.length < CHECK_IN.maxCheckIns;) {
    previous = businessWindow(afterDays(localOf(previous.latest, zone), CHECK_IN.minDaysApart, 0), zone);
    windows.push({ ...previous, pushed: false });
  }
  return windows;
}

/** The "time to move on" note: a week after the last check-in closes. */
export function moveOnTiming(lastCheckInClose: number, zone: string): Timing {
  return businessWindow(afterDays(localOf(lastCheckInClose, zone), CHECK_IN.minDaysApart, 0), zone);
}

/** Replying to a rejection (fact sheet §8): within `REJECTION_REPLY_BUSINESS_DAYS` business days of `day`. */
export function rejectionReplyTiming(day: Local, zone: string): Timing {
  const [soonest, latest] = REJECTION_REPLY_BUSINESS_DAYS;
  return window(
    atHour(day, HOURS.workdayStart),
    afterBusinessDays(day, soonest, HOURS.workdayStart),
    afterBusinessDays(day, latest, HOURS.eveningStart),
    zone,
  );
}

/** LinkedIn request (fact sheet §7 gives no timing): the business morning after the thank-you. */
export function linkedInTiming(thankedAt: number, zone: string): Timing {
  const recommended = nextBusinessDay(localOf(thankedAt, zone), HOURS.workdayStart);
  const latest = afterBusinessDays(recommended, OPEN_TIMINGS.linkedInBusinessDays, HOURS.eveningStart);
  return { earliest: thankedAt, recommended: instantOf(recommended, zone), latest: instantOf(latest, zone) };
}

/** Asking HR for feedback after a third-party phone screen (fact sheet §8 gives no timing): a few business days after the thanks. */
export function feedbackTiming(thankedAt: number, zone: string): Timing {
  const recommended = afterBusinessDays(
    localOf(thankedAt, zone),
    OPEN_TIMINGS.feedbackBusinessDaysAfterThanks,
    HOURS.workdayStart,
  );
  return window(
    recommended,
    recommended,
    afterBusinessDays(recommended, OPEN_TIMINGS.feedbackWindowBusinessDays, HOURS.eveningStart),
    zone,
  );
}
