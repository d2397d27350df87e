/**
 * "I have another offer, answer due on …": what the event does to a plan. The
 * sources are silent on competing offers, so this is the site's own rule, as
 * the guide "another-offer-deadline" explains it: one short message to the
 * employer the user prefers, well before the answer date (see
 * `anotherOfferTiming`); it is news, not a nudge, so it is not a check-in, and
 * no check-in follows it; the move-on note becomes the answer date, when the
 * user decides with what they know.
 */
import type { FactEvent, Facts } from '../facts.ts';
import { HOURS } from '../guidance.ts';
import { guide } from '../guides.ts';
import { businessDayOnOrAfter, businessDayOnOrBefore, isBusinessDay, nextBusinessDay } from '../time/business-days.ts';
import { formatDay } from '../time/format.ts';
import { dateOf, hourOf, instantOf, localFrom, localOf, momentAt } from '../time/wall-clock.ts';
import { momentMs } from '../time/zoned.ts';
import { mainRecipient, makeStep } from './make-step.ts';
import { forSelf, type Schedule } from './schedule.ts';
import { anotherOfferTiming } from './timing.ts';
import type { Step } from './types.ts';

/** The event, narrowed. */
export type AnotherOffer = Extract<FactEvent, { kind: 'another-offer' }>;

/** How the plan changes: steps to drop (and why), steps to add or re-date, notes. */
export interface OfferChange {
  /** Whether a step is made unnecessary by the message. */
  drop: (step: Step) => boolean;
  /** Why, in one line. */
  because: string;
  /** The message step, or null when there is nothing to send. */
  message: Step | null;
  /** Replaces a kept step by its re-dated version (the move-on note), or returns it as is. */
  redate: (step: Step) => Step;
  /** Notes for the user. */
  notes: string[];
}

/** The id of the message step for an event, so drafts can find the event again. */
export const anotherOfferStepId = (eventId: string): string => `another-offer:${eventId}`;

/** The event a message step was made for, from the facts. */
export function anotherOfferOf(step: Step, facts: Facts): AnotherOffer | null {
  const found = facts.events.find((e) => e.kind === 'another-offer' && anotherOfferStepId(e.id) === step.id);
  return found?.kind === 'another-offer' ? found : null;
}

const unchanged = (step: Step): Step => step;
const none = (): boolean => false;

/** Why there is no message, when there is none, or null. */
function noMessageNote(event: AnotherOffer, facts: Facts): string | null {
  const company = facts.interview.company;
  const decided = facts.events.find((e) => (e.kind === 'rejected' || e.kind === 'offer') && e.date <= event.date);
  if (decided?.kind === 'offer')
    return `${company} has already made you an offer, so there is nothing to ask them: compare the two and answer both.`;
  if (decided) return `${company} has already given you their answer, so there is nothing to ask them.`;
  if (facts.read.interest === 'no')
    return `You said the role at ${company} is not a fit, so there is nothing to ask them. If you accept the other offer, tell them and withdraw.`;
  return null;
}

/**
 * The change the event makes, for events.ts to apply. `pending` is the
 * moment from which a step still lies ahead (the start of the day the offer
 * came, in the user's zone); `roundEnd` is when the current round ended.
 */
export function anotherOfferChange(
  event: AnotherOffer,
  facts: Facts,
  schedule: Schedule,
  { pending, roundEnd, round }: { pending: number; roundEnd: number; round: number },
): OfferChange {
  const zone = facts.interview.timeZone;
  const skip = noMessageNote(event, facts);
  if (skip) return { drop: none, because: '', message: null, redate: unchanged, notes: [skip] };
  const due = formatDay(event.deadline);
  const recipient = mainRecipient(facts);
  const call = facts.notes.channel === 'phone';
  const timing = anotherOfferTiming(localFrom(event.date), localFrom(event.deadline), schedule, call);
  const noTime: OfferChange = {
    drop: none,
    because: '',
    message: null,
    redate: unchanged,
    notes: [
      `Your answer to the other offer is due on ${due}, before ${facts.interview.company}'s next working day, so there is no time for them to act: decide with what you know.`,
    ],
  };
  if (!timing) return noTime;
  // Never before the round ends (an offer may come the day of the interview, before it is over):
  // straight after it when their office is open then, else as it next opens.
  if (timing.recommended < roundEnd) {
    const their = schedule.theirZone;
    const ended = localOf(roundEnd, their);
    const hour = hourOf(ended);
    const open = isBusinessDay(ended, schedule.open) && hour >= HOURS.workdayStart && hour < HOURS.eveningStart;
    timing.recommended = open ? roundEnd : instantOf(nextBusinessDay(ended, HOURS.workdayStart, schedule.open), their);
  }
  // Their office may open only once the answer date is over for the user (far ahead or behind).
  const reaches = localOf(timing.recommended, zone);
  if (dateOf(reaches) > event.deadline || (dateOf(reaches) === event.deadline && hourOf(reaches) >= HOURS.nightStart))
    return noTime;
  timing.earliest = Math.max(timing.earliest, roundEnd);
  timing.latest = Math.max(timing.latest, timing.recommended);
  const from = event.otherEmployer ? ` from ${event.otherEmployer}` : '';
  const message = makeStep({
    id: anotherOfferStepId(event.id),
    kind: 'another-offer',
    round,
    title: `${call ? 'Call' : 'Email'} ${recipient.name} about your other offer${from} (answer due ${due})`,
    recipient,
    channel: call ? 'phone' : 'email',
    timing,
    zone,
    reason: timing.tight
      ? `Your answer is due on ${due}: tell them straight away, politely, and ask whether they can update you in time. It is news, not a check-in.`
      : `Your answer is due on ${due}. Telling them now leaves them time to act; it is news, not a check-in, so nothing else is sent while you wait.`,
    guide: guide('another-offer-deadline', 'when-to-send-it'),
  });
  const sentAt = momentMs(message.recommended);
  const own = forSelf(schedule);
  const onTime = instantOf(businessDayOnOrBefore(localFrom(event.deadline), HOURS.workdayStart, own.open), zone);
  // A note to self falls in the user's own working day, even when the message went out on what
  // is their weekend or night (an office far ahead or behind opens in the user's night).
  const sent = localOf(sentAt, zone);
  const next = hourOf(sent) < HOURS.nightStart ? businessDayOnOrAfter : nextBusinessDay;
  const decideAt =
    onTime >= sentAt ? onTime : Math.max(sentAt, instantOf(next(sent, HOURS.workdayStart, own.open), zone));
  const redate = (step: Step): Step =>
    step.kind === 'move-on' && momentMs(step.recommended) >= pending
      ? {
          ...step,
          title: 'Your answer to the other offer is due: decide with what you know',
          recommended: momentAt(decideAt, zone),
          window: { earliest: momentAt(sentAt, zone), latest: momentAt(decideAt, zone) },
          reason: `If ${facts.interview.company} has not replied by ${due}, decide with what you know. If you accept the other offer, tell them and withdraw.`,
          guide: guide('another-offer-deadline', 'if-they-cannot-answer-in-time'),
          timingNotes: [],
        }
      : step;
  return {
    drop: (step) => step.kind === 'check-in' && momentMs(step.recommended) >= pending,
    because: `Your message about the other offer asks for their news, so no check-in follows it: wait for their reply or for your answer date (${due}).`,
    message,
    redate,
    notes: [],
  };
}
