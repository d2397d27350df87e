/**
 * How a planned step reads in the timeline: when (in the reader's locale and
 * the plan's zone), how far off, whether it is early, open or late, for whom,
 * and the wording of its guide link — so the timeline only renders.
 */
import type { GuideLink, GuideSlug } from '../guides.ts';
import { placeName } from '../holidays/names.ts';
import { stepTiming, type StepTiming } from '../plan/progress.ts';
import type { Plan, Recipient, Step } from '../plan/types.ts';
import type { EventInput, EventKind } from '../facts-input.ts';
import { describeWhen, formatClock, formatDay, formatShortDay, onTimeSentence, zoneCity } from '../time/format.ts';
import { dateOf, localOf } from '../time/wall-clock.ts';
import { isLocalDate, momentMs, type Moment } from '../time/zoned.ts';

/** Things that can happen afterwards. */
export const EVENT_LABELS: Record<EventKind, string> = {
  rejected: 'They turned me down',
  'another-round': 'They invited me to another round',
  offer: 'They made me an offer',
  'another-offer': 'I have another offer, with a date to answer by',
  'no-reply': "I still haven't heard back",
};

/** A step's time, as shown. */
export interface StepWhen {
  /** Machine-readable moment for <time datetime>. */
  iso: string;
  /** e.g. "Friday 20 November, 09:00". */
  when: string;
  /** e.g. "tomorrow", "in 6 days", "was due yesterday". */
  relative: string;
  /** Whether its window has not opened, is open, or has closed. */
  timing: StepTiming;
  /** For a step recommended on an earlier day and still on time: "Still on time until …". */
  onTime: string | null;
  /** The same moment on the recipient's clock ("09:00 in New York"), or null when it is the user's. */
  theirs: string | null;
}

/**
 * When a step is, worded relative to now (never stored, so it cannot go stale).
 * With `theirZone` other than the plan's, a step for someone also says when
 * that is for them: "09:00 in New York", or "Tue 17 March, 09:00 in Sydney"
 * when it is another day there.
 */
export function stepWhen(step: Step, now: number, locale: string, theirZone?: string): StepWhen {
  const line = describeWhen(step.recommended, step.window.latest, now, locale);
  return {
    iso: step.recommended.iso,
    when: line.when,
    relative: line.relative,
    timing: stepTiming(step, now),
    onTime: line.onTimeUntil ? onTimeSentence(line.onTimeUntil) : null,
    theirs: theirZone && step.recipient.kind !== 'self' ? theirTime(step.recommended, theirZone, locale) : null,
  };
}

/** The same moment on their clock, or null when it is the user's own zone. */
export function theirTime(moment: Moment, theirZone: string, locale: string): string | null {
  if (theirZone === moment.zone) return null;
  const at = momentMs(moment);
  const clock = `${formatClock(at, theirZone, locale)} in ${zoneCity(theirZone)}`;
  const mine = dateOf(localOf(at, moment.zone));
  const theirs = dateOf(localOf(at, theirZone));
  return mine === theirs ? clock : `${formatShortDay(theirs, locale)}, ${clock}`;
}

/**
 * One line on what the plan is timed around: "Timed around public holidays
 * in England, United Kingdom, and working hours in New York."
 */
export function scheduleLine(plan: Plan): string {
  const where = plan.holidays.label ? `public holidays in ${placeName(plan.holidays.label)}` : 'weekends';
  const hours = plan.theirZone === plan.zone ? '' : `, and their working hours in ${zoneCity(plan.theirZone)}`;
  return `Timed around ${where}${hours}.`;
}

/** Short words for a step's timing, shown as a badge. */
export const TIMING_LABELS: Record<StepTiming, string> = {
  upcoming: 'Coming up',
  open: 'Due now',
  late: 'Late, but still worth doing',
};

/** "For Ada Quill, Head of Design" (or just the name; nothing for a note to yourself). */
export function recipientLine(recipient: Recipient): string {
  if (recipient.kind === 'self') return 'A note for you';
  return recipient.title ? `For ${recipient.name}, ${recipient.title}` : `For ${recipient.name}`;
}

/** Short names for the guides, used as link text. */
const GUIDE_NAMES: Record<GuideSlug, string> = {
  'before-you-leave': 'Before you leave the interview',
  'why-follow-up': 'Why follow up at all',
  'thank-you-email': 'Writing the thank-you email',
  'card-email-or-call': 'Card, email or call',
  'panel-and-multi-round': 'Panels and several rounds',
  'follow-up-call': 'The follow-up call',
  'checking-in': 'Checking in while you wait',
  'they-did-not-call': 'When they do not call',
  'another-offer-deadline': 'Another offer with a deadline',
  'no-reply-after-final-round': 'When to move on',
  'linkedin-after-interview': 'LinkedIn after an interview',
  'referral-or-internal': 'Referrals and internal moves',
  'mistakes-to-avoid': 'Mistakes to avoid',
  'after-a-rejection': 'After a rejection',
  'feedback-after-rejection': 'Asking for feedback',
  'feedback-after-phone-screen': 'Feedback after a phone screen',
  'message-templates': 'Message templates',
  'templates-for-tricky-situations': 'Templates for rarer situations',
};

/** The link text for a guide: its short name. */
export function guideName(link: GuideLink): string {
  return GUIDE_NAMES[link.slug];
}

/** What a settled step shows instead of its buttons. */
export const STATUS_LABELS: Record<'done' | 'skipped', string> = { done: '✓ Done', skipped: 'Skipped' };

/** The date field's label in the "what happened" form. */
export function eventDateLabel(kind: EventKind | ''): string {
  if (kind === 'another-round') return 'Day of the next round';
  return kind === 'another-offer' ? 'When did the other offer come?' : 'When did it happen?';
}

/**
 * A recorded event in the list: "They turned me down · Friday 20 November";
 * another offer adds who made it (when given) and its answer date.
 */
export function eventSummary(event: EventInput, locale: string): string {
  const what = event.kind ? EVENT_LABELS[event.kind] : 'Something happened';
  const parts = [what];
  if (event.kind === 'another-offer' && event.otherEmployer?.trim())
    parts[0] = `${what} (${event.otherEmployer.trim()})`;
  if (isLocalDate(event.date)) parts.push(formatDay(event.date, locale));
  if (event.kind === 'another-offer' && event.deadline && isLocalDate(event.deadline))
    parts.push(`answer due ${formatDay(event.deadline, locale)}`);
  const names = (event.interviewers ?? []).map((p) => p.name.trim()).filter(Boolean);
  if (event.kind === 'another-round' && names.length > 0) parts.push(`with ${names.join(', ')}`);
  return parts.join(' · ');
}
