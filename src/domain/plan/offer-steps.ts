/**
 * What an offer adds to a plan, dated like every other step (issue #16): a
 * prompt reply (thanks, delight, and when do they need an answer), a request
 * for the offer in writing when it came by phone, and the day to answer by
 * (the user's, or the site's suggestion). Thank-yous still to do are rewritten
 * to share the news, or dropped when the reply already thanks that person.
 */
import type { FactEvent, Facts } from '../facts.ts';
import { HOURS, OFFER } from '../guidance.ts';
import { guide } from '../guides.ts';
import {
  afterBusinessDays,
  beforeBusinessDays,
  businessDayOnOrBefore,
  nextBusinessDay,
} from '../time/business-days.ts';
import { formatDay } from '../time/format.ts';
import { atHour, dateOf, HOUR, instantOf, localFrom, momentAt, type Local } from '../time/wall-clock.ts';
import { momentMs } from '../time/zoned.ts';
import { fitCall } from './call-hours.ts';
import { mainRecipient, makeStep } from './make-step.ts';
import * as why from './offer-reasons.ts';
import type { Schedule } from './schedule.ts';
import type { Timing } from './timing.ts';
import type { CancelledStep, Recipient, Step, StepKind } from './types.ts';

/** The event, narrowed. */
export type Offer = Extract<FactEvent, { kind: 'offer' }>;

/** Step kinds an offer adds; the checker allows talk of pay in their drafts. */
export const OFFER_KINDS: readonly StepKind[] = ['offer-reply', 'offer-in-writing', 'offer-decision', 'offer-thanks'];

/** The thank-you kinds an offer rewrites or drops when they are still to do. */
const THANKS: readonly StepKind[] = ['thank-you', 'thank-you-card', 'thank-contact'];

/** Where the plan stands when the offer is applied. */
export interface OfferContext {
  /** The current round. */
  round: number;
  /** When it ended (epoch ms): nothing new comes before. */
  roundEnd: number;
  /** Steps the user marked done: left as they are. */
  done: ReadonlySet<string>;
}

/** Two of the offer's steps falling on one day are this far apart, so they are sent in order. */
const SAME_DAY_GAP = 2 * HOUR;

/**
 * The offer's own three steps' timings, on their clock, always in the order
 * reply, request in writing, answer: an answer due by the day the reply would
 * go moves the reply to the offer's own day, and the request in writing comes
 * a working day before the answer where there is room, else later that day.
 */
function offerTimings(offer: Offer, schedule: Schedule, roundEnd: number) {
  const zone = schedule.theirZone;
  const at = (local: Local) => Math.max(instantOf(local, zone), roundEnd);
  const day = localFrom(offer.date);
  const replyAt = nextBusinessDay(day, HOURS.workdayStart, schedule.open);
  const chosen = offer.answerBy ? localFrom(offer.answerBy) : null;
  const decideDay = chosen
    ? businessDayOnOrBefore(chosen, HOURS.workdayStart, schedule.open)
    : afterBusinessDays(day, OFFER.decideBusinessDays, HOURS.workdayStart, schedule.open);
  const earliest = at(atHour(day, HOURS.workdayStart));
  // A chosen day with no business day between the offer and it is kept as it is.
  const dueAt = Math.max(at(decideDay < day ? atHour(chosen ?? day, HOURS.workdayStart) : decideDay), earliest);
  const replyRecommended = dueAt <= at(replyAt) ? at(atHour(day, HOURS.morningEnd)) : at(replyAt);
  const reply: Timing = {
    earliest,
    recommended: replyRecommended,
    latest: Math.max(replyRecommended, at(atHour(replyAt, HOURS.eveningStart))),
  };
  const writingDay = afterBusinessDays(day, OFFER.writingBusinessDays, HOURS.workdayStart, schedule.open);
  const dayBefore = at(beforeBusinessDays(decideDay, 1, HOURS.workdayStart, schedule.open));
  const writingAt =
    offer.via === 'phone'
      ? Math.max(Math.min(at(writingDay), dayBefore), reply.recommended + SAME_DAY_GAP)
      : reply.recommended;
  const decideAt = Math.max(dueAt, writingAt + SAME_DAY_GAP);
  const decide: Timing = {
    earliest: Math.min(reply.recommended, decideAt),
    recommended: decideAt,
    latest: Math.max(decideAt, at(atHour(chosen ?? decideDay, HOURS.eveningStart))),
  };
  const writing: Timing = {
    earliest: Math.min(reply.recommended, writingAt),
    recommended: writingAt,
    latest: Math.max(writingAt, Math.min(at(atHour(writingDay, HOURS.eveningStart)), decide.latest)),
  };
  return { reply, writing, decide, decideDate: dateOf(chosen ?? decideDay) };
}

/** The reply, "in writing" (phone offers only) and decision steps for an offer. */
export function offerSteps(offer: Offer, facts: Facts, schedule: Schedule, ctx: OfferContext): Step[] {
  const zone = facts.interview.timeZone;
  const t = offerTimings(offer, schedule, ctx.roundEnd);
  const recipient = mainRecipient(facts);
  const company = facts.interview.company;
  const common = { round: ctx.round, recipient, zone, channel: 'email' as const };
  const steps = [
    makeStep({
      ...common,
      id: `offer-reply:${offer.id}`,
      kind: 'offer-reply',
      title: why.replyTitle(recipient, offer.answerBy !== null),
      timing: t.reply,
      reason: offer.answerBy ? why.REPLY_REASON_DATED : why.REPLY_REASON,
      guide: guide('after-a-rejection', 'reply-within-a-working-day'),
    }),
  ];
  if (offer.via === 'phone')
    steps.push(
      makeStep({
        ...common,
        id: `offer-in-writing:${offer.id}`,
        kind: 'offer-in-writing',
        title: why.writingTitle(recipient),
        timing: t.writing,
        reason: why.WRITING_REASON,
        guide: guide('after-a-rejection', 'get-it-in-writing'),
      }),
    );
  steps.push(
    makeStep({
      ...common,
      id: `offer-decision:${offer.id}`,
      kind: 'offer-decision',
      title: why.decisionTitle(company, formatDay(t.decideDate)),
      timing: t.decide,
      reason: offer.answerBy ? why.DECISION_REASON_YOURS : why.decisionReasonOurs(OFFER.decideBusinessDays),
      guide: guide('after-a-rejection', 'take-time-to-decide'),
    }),
  );
  return steps;
}

/** Whether a thank-you goes to the person the offer reply goes to (so the reply's thanks cover it). */
const sameAsReply = (step: Step, reply: Recipient): boolean =>
  step.recipient.id === reply.id ||
  (reply.kind === 'contact' && (step.recipient.helped || step.kind === 'thank-contact'));

/**
 * The thank-yous still to do after an offer: the one to the reply's recipient
 * is dropped (the reply thanks them); each other person keeps one note,
 * rewritten to share the news (a card goes by post), the rest dropped.
 */
export function rethank(
  steps: readonly Step[],
  offer: Offer,
  facts: Facts,
  ctx: OfferContext,
  reply: Step,
  schedule: Schedule,
): { steps: Step[]; cancelled: CancelledStep[] } {
  const on = formatDay(offer.date);
  const kept: Step[] = [];
  const cancelled: CancelledStep[] = [];
  const rewritten = new Set<string>();
  const drop = (s: Step, because: string) =>
    cancelled.push({ id: s.id, title: s.title, recommended: s.recommended, because });
  // Emails and calls before cards, so a person's one note is the quicker one.
  const order = [...steps].sort((a, b) => Number(a.channel === 'card') - Number(b.channel === 'card'));
  for (const s of order) {
    if (!THANKS.includes(s.kind) || ctx.done.has(s.id)) kept.push(s);
    else if (sameAsReply(s, reply.recipient)) drop(s, why.coveredByReply(on, reply.recipient.name));
    else if (rewritten.has(s.recipient.id)) drop(s, why.coveredByNote(on, s.recipient.name));
    else {
      rewritten.add(s.recipient.id);
      const note = newsNote(s, reply, schedule, facts.interview.timeZone, on);
      kept.push(note);
      drop(s, why.rewritten(on, note.title));
    }
  }
  return { steps: kept, cancelled };
}

/** A thank-you rewritten for after the offer: never before the offer, a call in both people's hours, a card by post. */
function newsNote(s: Step, reply: Step, schedule: Schedule, zone: string, on: string): Step {
  const ms = (m: Step['recommended']) => momentMs(m);
  const channel = s.channel;
  const soonest = Math.max(ms(s.recommended), ms(reply.recommended));
  const call = channel === 'phone' ? fitCall(soonest, schedule) : null;
  const recommended = call ? call.at : soonest;
  return {
    ...s,
    id: `${s.id}:after-offer`,
    kind: 'offer-thanks',
    title: why.newsTitle(s.recipient, channel),
    recommended: momentAt(recommended, zone),
    window: {
      earliest: momentAt(Math.min(recommended, Math.max(ms(s.window.earliest), ms(reply.window.earliest))), zone),
      latest: momentAt(Math.max(recommended, ms(s.window.latest), ms(reply.window.latest)), zone),
    },
    reason: why.newsReason(on),
    guide: guide('after-a-rejection', 'reply-within-a-working-day'),
    delivery: s.delivery ? 'post' : null,
    disagreement: null,
    timingNotes: call?.note ? [call.note] : [],
  };
}
