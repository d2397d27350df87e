/**
 * When each kind of step should happen, as windows of instants. Every number
 * comes from guidance.ts (HOURS, THANK_YOU, CHECK_IN, REJECTION_REPLY_BUSINESS_DAYS,
 * OPEN_TIMINGS); this module only decides how they combine with closed days
 * and the night. Day arithmetic happens on the recipient's wall clock with
 * their business days (weekends, their region's public holidays, the user's
 * days away: see schedule.ts); conversions to real instants go through the
 * time-zone library (see time/wall-clock.ts). A step the rule would put on a
 * public holiday or a day away moves to the next business day and carries a
 * note saying so; a call is fitted to both people's hours (call-hours.ts).
 */
import { CHECK_IN, HOURS, OPEN_TIMINGS, REJECTION_REPLY_BUSINESS_DAYS, THANK_YOU } from '../guidance.ts';
import {
  afterBusinessDays,
  afterDays,
  beforeBusinessDays,
  businessDayOnOrAfter,
  isBusinessDay,
  nextBusinessDay,
  recordingClosed,
} from '../time/business-days.ts';
import { formatShortDay } from '../time/format.ts';
import { atHour, dateOf, dayDiff, hourOf, HOUR, instantOf, localOf, type Local } from '../time/wall-clock.ts';
import { fitCall, nightNote } from './call-hours.ts';
import { describeClosed, forSelf, moveNote, officeOpen, type Schedule } from './schedule.ts';

/** A window as epoch milliseconds (real instants). */
export interface Timing {
  /** Too soon before this. */
  earliest: number;
  /** The recommended moment. */
  recommended: number;
  /** Late after this. */
  latest: number;
  /** Why the moment is not where the plain rule puts it (holidays, days away, both clocks), one sentence each. */
  notes?: string[];
}

/** How a thank-you's moment was chosen, so the step can explain itself. */
export type ThankYouCase =
  'same-day' | 'next-morning' | 'weekend-evening' | 'after-weekend' | 'closed-evening' | 'after-closed-day';

const notesOf = (...notes: (string | null | undefined)[]): string[] => notes.filter((n): n is string => !!n);

/** Converts a wall-clock window on their clock to instants. */
const window = (earliest: Local, recommended: Local, latest: Local, zone: string): Timing => ({
  earliest: instantOf(earliest, zone),
  recommended: instantOf(recommended, zone),
  latest: instantOf(latest, zone),
});

/** Applies the two-clock rules: calls fit both people's hours; messages due at the user's night say so. */
function finish(timing: Timing, schedule: Schedule, call: boolean): Timing {
  const notes = [...(timing.notes ?? [])];
  let { recommended, latest } = timing;
  if (call) {
    const fitted = fitCall(recommended, schedule);
    recommended = fitted.at;
    latest = Math.max(latest, recommended);
    if (fitted.note) notes.push(fitted.note);
  } else {
    const night = nightNote(recommended, schedule);
    if (night) notes.push(night);
  }
  return { ...timing, recommended, latest, ...(notes.length > 0 ? { notes } : {}) };
}

/**
 * Thank-you timing (fact sheet §3): the same day if the interview ended by
 * `HOURS.sameDayCutoff`, else the next morning; at most `THANK_YOU.latestHoursAfterEnd`
 * hours after the end. When a closed day (weekend, holiday, day away) is in
 * the way, a message goes the same evening if night hasn't started, otherwise
 * the next business morning, and the deadline stretches to the end of that
 * morning. A call (`call: true`) never goes in the evening.
 */
export function thankYouTiming(endAt: number, schedule: Schedule, call: boolean): Timing & { case: ThankYouCase } {
  const zone = schedule.theirZone;
  const closed: Local[] = [];
  const open = recordingClosed(schedule.open, closed);
  const end = localOf(endAt, zone);
  const sameDay = hourOf(end) <= HOURS.sameDayCutoff;
  let candidate: Local = sameDay
    ? Math.max(end, atHour(end, HOURS.workdayStart))
    : afterDays(end, 1, HOURS.workdayStart);
  let chosen: ThankYouCase = sameDay ? 'same-day' : 'next-morning';
  if (!isBusinessDay(candidate, open)) {
    // Only reachable after the same-day cutoff before a closed day (or on one), so "evening" is the rest of today.
    const weekend = schedule.calendar.weekend.has(new Date(candidate).getUTCDay());
    const eveningLeft = !call && isBusinessDay(end, open) && hourOf(end) < HOURS.nightStart;
    candidate = eveningLeft ? end : nextBusinessDay(end, HOURS.workdayStart, open);
    if (weekend) chosen = eveningLeft ? 'weekend-evening' : 'after-weekend';
    else chosen = eveningLeft ? 'closed-evening' : 'after-closed-day';
  }
  const recommended = instantOf(candidate, zone);
  const dayMark = endAt + THANK_YOU.latestHoursAfterEnd * HOUR;
  const closedInWay = chosen !== 'same-day' && chosen !== 'next-morning';
  const weekendInWay = closedInWay || !isBusinessDay(localOf(dayMark, zone), schedule.open);
  const deadlineClosed: Local[] = [];
  const deadlineDay = nextBusinessDay(end, HOURS.morningEnd, recordingClosed(schedule.open, deadlineClosed));
  const latest = weekendInWay ? instantOf(deadlineDay, zone) : dayMark;
  const moved = chosen === 'after-closed-day' || chosen === 'after-weekend';
  const notes = notesOf(
    moved ? moveNote(schedule, closed, candidate) : null,
    weekendInWay && !moved ? stretched(schedule, deadlineClosed, deadlineDay) : null,
  );
  const timing = { earliest: endAt, recommended, latest: Math.max(latest, recommended), notes };
  return { ...finish(timing, schedule, call), case: chosen };
}

/** "Mon 4 May is Early May bank holiday, a bank holiday in England, so the deadline stretches to Tue 5 May." */
function stretched(schedule: Schedule, closed: readonly Local[], to: Local): string | null {
  const why = describeClosed(schedule, closed);
  return why && `${why}, so the deadline stretches to ${formatShortDay(dateOf(to))}.`;
}

/**
 * Handwritten card (fact sheet §3): written and dropped at the front desk (or
 * posted) the same or next business day; late after `THANK_YOU.cardBusinessDays`.
 */
export function cardTiming(endAt: number, schedule: Schedule): Timing {
  const zone = schedule.theirZone;
  const closed: Local[] = [];
  const end = localOf(endAt, zone);
  const open = recordingClosed(schedule.open, closed);
  const sameDay = isBusinessDay(end, open) && hourOf(end) <= HOURS.sameDayCutoff;
  const recommended = sameDay
    ? Math.max(end, atHour(end, HOURS.workdayStart))
    : nextBusinessDay(end, HOURS.workdayStart, open);
  const latest = afterBusinessDays(end, THANK_YOU.cardBusinessDays, HOURS.eveningStart, schedule.open);
  return {
    earliest: endAt,
    recommended: instantOf(recommended, zone),
    latest: Math.max(instantOf(latest, zone), instantOf(recommended, zone)),
    notes: notesOf(moveNote(schedule, closed, recommended)),
  };
}

/** A check-in-sized window opening at `HOURS.workdayStart` on the first business day on or after `day`. */
function businessWindow(day: Local, schedule: Schedule): Timing {
  const closed: Local[] = [];
  const opens = businessDayOnOrAfter(day, HOURS.workdayStart, recordingClosed(schedule.open, closed));
  const [first, second] = CHECK_IN.businessDaysAfterDecision;
  return {
    ...window(
      opens,
      opens,
      afterBusinessDays(opens, second - first, HOURS.eveningStart, schedule.open),
      schedule.theirZone,
    ),
    notes: notesOf(moveNote(schedule, closed, opens)),
  };
}

/**
 * The first check-in after a decision date: `CHECK_IN.businessDaysAfterDecision`
 * business days after it. A decision date on one of their public holidays
 * counts from the next business day (their office cannot decide while shut);
 * a weekend keeps the plain count (Saturday + 1 business day = Monday).
 */
function afterDecision(decisionDay: Local, schedule: Schedule): Timing {
  const [soonest, latestDays] = CHECK_IN.businessDaysAfterDecision;
  const office = officeOpen(schedule);
  const decisionClosed: Local[] = [];
  let from = decisionDay;
  const onHoliday = schedule.calendar.table?.holidays.has(dateOf(decisionDay)) ?? false;
  if (onHoliday) from = businessDayOnOrAfter(decisionDay, 0, recordingClosed(office, decisionClosed));
  const closed: Local[] = [];
  const opens = afterBusinessDays(from, soonest, HOURS.workdayStart, recordingClosed(schedule.open, closed));
  const timing = window(
    opens,
    opens,
    afterBusinessDays(from, latestDays, HOURS.eveningStart, schedule.open),
    schedule.theirZone,
  );
  return {
    ...timing,
    notes: notesOf(
      onHoliday
        ? `${describeClosed(schedule, decisionClosed)}, so their decision counts from ${formatShortDay(dateOf(from))}.`
        : null,
      moveNote(schedule, closed, opens),
    ),
  };
}

/**
 * Check-in windows (fact sheet §4–§5): after a decision date, the business days
 * `CHECK_IN.businessDaysAfterDecision` after it; otherwise about
 * `CHECK_IN.daysAfterInterview` days after the interview, on a business day.
 * Never sooner than `CHECK_IN.minDaysApart` calendar days after the thank-you,
 * and each later one opens that many days after the previous one closes.
 * At most `CHECK_IN.maxCheckIns`. `pushed` says the thank-you spacing moved it.
 * These rules hold after any holiday move, because each window is chosen on
 * business days only and the spacing is counted from where the previous one
 * actually closes.
 */
export function checkInTimings(
  endAt: number,
  thankedAt: number,
  decisionDay: Local | null,
  schedule: Schedule,
  call = false,
): (Timing & { pushed: boolean })[] {
  const zone = schedule.theirZone;
  const end = localOf(endAt, zone);
  const thanked = localOf(thankedAt, zone);
  let first = decisionDay
    ? afterDecision(decisionDay, schedule)
    : businessWindow(afterDays(end, CHECK_IN.daysAfterInterview, 0), schedule);
  const pushed = dayDiff(thanked, localOf(first.earliest, zone)) < CHECK_IN.minDaysApart;
  if (pushed) first = businessWindow(afterDays(thanked, CHECK_IN.minDaysApart, 0), schedule);
  const windows = [{ ...finish(first, schedule, call), pushed }];
  for (let previous = windows[0]!; windows.length < CHECK_IN.maxCheckIns;) {
    const next = businessWindow(afterDays(localOf(previous.latest, zone), CHECK_IN.minDaysApart, 0), schedule);
    previous = { ...finish(next, schedule, call), pushed: false };
    windows.push(previous);
  }
  return windows;
}

/** The "time to move on" note to self: a week after the last check-in closes, on the user's own clock. */
export function moveOnTiming(lastCheckInClose: number, schedule: Schedule): Timing {
  const own = forSelf(schedule);
  return businessWindow(afterDays(localOf(lastCheckInClose, own.zone), CHECK_IN.minDaysApart, 0), own);
}

/** Replying to a rejection (fact sheet §8): within `REJECTION_REPLY_BUSINESS_DAYS` business days of `day`. */
export function rejectionReplyTiming(day: Local, schedule: Schedule): Timing {
  const [soonest, latest] = REJECTION_REPLY_BUSINESS_DAYS;
  const closed: Local[] = [];
  const recommended = afterBusinessDays(day, soonest, HOURS.workdayStart, recordingClosed(schedule.open, closed));
  const timing = window(
    atHour(day, HOURS.workdayStart),
    recommended,
    afterBusinessDays(day, latest, HOURS.eveningStart, schedule.open),
    schedule.theirZone,
  );
  return finish({ ...timing, notes: notesOf(moveNote(schedule, closed, recommended)) }, schedule, false);
}

/** LinkedIn request (fact sheet §7 gives no timing): the business morning after the thank-you. */
export function linkedInTiming(thankedAt: number, schedule: Schedule): Timing {
  const zone = schedule.theirZone;
  const closed: Local[] = [];
  const recommended = nextBusinessDay(
    localOf(thankedAt, zone),
    HOURS.workdayStart,
    recordingClosed(schedule.open, closed),
  );
  const latest = afterBusinessDays(recommended, OPEN_TIMINGS.linkedInBusinessDays, HOURS.eveningStart, schedule.open);
  return finish(
    {
      earliest: thankedAt,
      recommended: instantOf(recommended, zone),
      latest: instantOf(latest, zone),
      notes: notesOf(moveNote(schedule, closed, recommended)),
    },
    schedule,
    false,
  );
}

/** Asking HR for feedback after a third-party phone screen (fact sheet §8 gives no timing): a few business days after the thanks. */
export function feedbackTiming(thankedAt: number, schedule: Schedule, call = false): Timing {
  const zone = schedule.theirZone;
  const closed: Local[] = [];
  const recommended = afterBusinessDays(
    localOf(thankedAt, zone),
    OPEN_TIMINGS.feedbackBusinessDaysAfterThanks,
    HOURS.workdayStart,
    recordingClosed(schedule.open, closed),
  );
  const timing = window(
    recommended,
    recommended,
    afterBusinessDays(recommended, OPEN_TIMINGS.feedbackWindowBusinessDays, HOURS.eveningStart, schedule.open),
    zone,
  );
  return finish({ ...timing, notes: notesOf(moveNote(schedule, closed, recommended)) }, schedule, call);
}

/**
 * Telling the preferred employer about another offer (the sources are silent;
 * the site's rule, in the guide "another-offer-deadline"): the business
 * morning after the offer came, so it can be read and confirmed first, and no
 * later than `OPEN_TIMINGS.otherOfferLeadBusinessDays` business days before
 * the answer is due (`due`, read on their clock), so they have time to act.
 * When the answer is due sooner than that, the first business morning on or
 * after the day it came, and the step says why. Null when not even that comes
 * before the answer date: there is no time left for them to act.
 */
export function anotherOfferTiming(
  came: Local,
  due: Local,
  schedule: Schedule,
  call: boolean,
): (Timing & { tight: boolean }) | null {
  const zone = schedule.theirZone;
  const closed: Local[] = [];
  const next = afterBusinessDays(came, 1, HOURS.workdayStart, recordingClosed(schedule.open, closed));
  const lastGood = beforeBusinessDays(due, OPEN_TIMINGS.otherOfferLeadBusinessDays, HOURS.eveningStart, schedule.open);
  const soonest = businessDayOnOrAfter(came, HOURS.workdayStart, schedule.open);
  if (dayDiff(due, soonest) > 0) return null;
  const tight = next > lastGood;
  const recommended = tight ? soonest : next;
  const latest = Math.max(
    recommended,
    tight ? beforeBusinessDays(due, 1, HOURS.eveningStart, schedule.open) : lastGood,
    tight ? atHour(recommended, HOURS.morningEnd) : 0,
  );
  const soon = `Your answer is due on ${formatShortDay(dateOf(due))}, less than ${OPEN_TIMINGS.otherOfferLeadBusinessDays} business days ahead, so it goes as early as their office opens.`;
  const timing = {
    ...window(soonest, recommended, latest, zone),
    notes: notesOf(tight ? soon : moveNote(schedule, closed, next)),
  };
  return { ...finish(timing, schedule, call), tight };
}
