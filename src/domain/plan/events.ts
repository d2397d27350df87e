/**
 * What happens to a plan when something happens after the interview (§5, §8):
 * a rejection cancels the remaining check-ins and adds a reply; an offer ends
 * the chasing; another round restarts the plan for that round; "still no reply"
 * after the last check-in brings the move-on note forward; another offer with
 * an answer date adds one message and drops the check-ins after it. Events
 * never add check-ins, so the cap and spacing hold whatever the input.
 */
import type { FactEvent, Facts } from '../facts.ts';
import { HOURS } from '../guidance.ts';
import { guide } from '../guides.ts';
import { businessDayOnOrAfter } from '../time/business-days.ts';
import { dayStart as startOfDay, instantOf, localFrom, localOf, momentAt } from '../time/wall-clock.ts';
import { formatDay } from '../time/format.ts';
import { momentMs } from '../time/zoned.ts';
import { FEEDBACK_ASK_REASON, REJECTION_REASON } from './reasons.ts';
import { forSelf, makeSchedule, type Schedule } from './schedule.ts';
import { mainRecipient, makeStep } from './make-step.ts';
import { anotherOfferChange } from './another-offer.ts';
import { offerSteps, rethank } from './offer-steps.ts';
import { roundSteps } from './round.ts';
import { rejectionReplyTiming } from './timing.ts';
import type { CancelledStep, Step, StepKind } from './types.ts';

/** The plan while events are applied. */
export interface PlanState {
  /** Steps so far, unordered. */
  steps: Step[];
  /** Steps events have cancelled. */
  cancelled: CancelledStep[];
  /** Notes for the user. */
  notes: string[];
  /** The current round number. */
  round: number;
  /** When the current round ended (epoch ms); nothing new may come before it. */
  roundEnd: number;
  /** Ids of the steps the user marked done: events keep them as history and never cancel or rewrite them. */
  done: ReadonlySet<string>;
}

const CHASING: readonly StepKind[] = ['check-in', 'move-on', 'another-offer'];
const THANKS: readonly StepKind[] = ['thank-you', 'thank-you-card', 'thank-contact'];

/** Moves the steps matching `match` that are not done to `cancelled`, with a reason. */
export function cancel(state: PlanState, match: (step: Step) => boolean, because: string): PlanState {
  const drop = (s: Step) => match(s) && !state.done.has(s.id);
  const kept = state.steps.filter((s) => !drop(s));
  const gone = state.steps.filter(drop).map((s) => ({ id: s.id, title: s.title, recommended: s.recommended, because }));
  return { ...state, steps: kept, cancelled: [...state.cancelled, ...gone] };
}

/** Applies one event (events arrive in date order) and returns the new state. */
export function applyEvent(
  state: PlanState,
  event: FactEvent,
  facts: Facts,
  schedule: Schedule = makeSchedule(facts.interview.timeZone),
): PlanState {
  const zone = facts.interview.timeZone;
  const day = localFrom(event.date);
  const dayStart = instantOf(day, zone);
  const on = formatDay(event.date);
  switch (event.kind) {
    case 'another-round': {
      const starts = momentMs(event.start);
      const round = state.round + 1;
      // An earlier round's check-ins ask about a decision the next interview has put off, whatever their date.
      let next = cancel(
        state,
        (s) => CHASING.includes(s.kind) && s.round < round,
        `Replaced: your next interview is on ${on}, so there is no decision to ask about yet; the plan checks in after that round instead.`,
      );
      next = cancel(
        next,
        (s) => s.kind !== 'linkedin' && momentMs(s.recommended) >= starts,
        `Replaced: your next interview is on ${on}, and this would fall after it starts.`,
      );
      const added = roundSteps(facts, {
        index: round,
        endAt: momentMs(event.end),
        stage: event.stage,
        people: event.interviewers,
        decisionDay: null,
        zone,
        schedule,
      });
      return {
        ...next,
        round,
        roundEnd: momentMs(event.end),
        steps: [...next.steps, ...added.steps],
        notes: [...next.notes, ...added.notes],
      };
    }
    case 'rejected': {
      // Whatever their date: a check-in or thank-you still to do would ignore the answer they gave.
      let next = cancel(
        state,
        (s) => CHASING.includes(s.kind),
        `You heard back on ${on}, so there is nothing left to chase.`,
      );
      next = cancel(
        next,
        (s) => THANKS.includes(s.kind),
        `You heard back on ${on}; no thank-you is needed now: your reply to their decision covers it.`,
      );
      // A decision dated the day of a round still under way on their clock (it ends after their
      // office opens): the reply's day to let it settle counts from the day the round ended.
      const ended = startOfDay(localOf(state.roundEnd, schedule.theirZone));
      const timing = rejectionReplyTiming(Math.max(day, ended), schedule);
      timing.earliest = Math.max(timing.earliest, state.roundEnd);
      const reply = makeStep({
        id: `reply-to-rejection:${event.id}`,
        kind: 'reply-to-rejection',
        round: state.round,
        title: event.askFeedback
          ? `Reply to the decision from ${facts.interview.company}, and ask for feedback`
          : `Reply to the decision from ${facts.interview.company}`,
        recipient: mainRecipient(facts),
        channel: 'email',
        timing,
        zone,
        reason: event.askFeedback ? `${REJECTION_REASON} ${FEEDBACK_ASK_REASON}` : REJECTION_REASON,
        guide: event.askFeedback
          ? guide('feedback-after-rejection', 'what-to-ask')
          : guide('after-a-rejection', 'reply-to-the-rejection'),
      });
      return {
        ...next,
        steps: [...next.steps, reply],
        notes: [
          ...next.notes,
          'Not this time. The plan now ends with a gracious reply; keep the LinkedIn connections, they outlast the decision.',
        ],
      };
    }
    case 'offer': {
      const next = cancel(
        state,
        (s) => CHASING.includes(s.kind),
        `You have an offer (${on}), so there is nothing left to chase.`,
      );
      const ctx = { round: state.round, roundEnd: state.roundEnd, done: state.done };
      const added = offerSteps(event, facts, schedule, ctx);
      const thanks = rethank(next.steps, event, facts, ctx, added[0]!, schedule);
      return {
        ...next,
        steps: [...thanks.steps, ...added],
        cancelled: [...next.cancelled, ...thanks.cancelled],
        notes: [
          ...next.notes,
          'You have an offer: no more check-ins are needed. The plan now replies to it, and sets a day to give your answer.',
        ],
      };
    }
    case 'another-offer': {
      const change = anotherOfferChange(event, facts, schedule, {
        pending: dayStart,
        roundEnd: state.roundEnd,
        round: state.round,
      });
      const next = cancel(state, change.drop, change.because);
      return {
        ...next,
        steps: [...next.steps.map(change.redate), ...(change.message ? [change.message] : [])],
        notes: [...next.notes, ...change.notes],
      };
    }
    case 'no-reply': {
      const current = state.steps.filter((s) => s.round === state.round);
      const checkIns = current.filter((s) => s.kind === 'check-in');
      const lastClose = Math.max(...checkIns.map((s) => momentMs(s.window.latest)));
      const moveOn = current.find((s) => s.kind === 'move-on');
      if (!moveOn || !Number.isFinite(lastClose) || dayStart < lastClose) return state;
      const when = instantOf(businessDayOnOrAfter(day, HOURS.workdayStart, forSelf(schedule).open), zone);
      if (when >= momentMs(moveOn.recommended)) return state;
      const moved: Step = {
        ...moveOn,
        recommended: momentAt(when, zone),
        window: { ...moveOn.window, earliest: momentAt(when, zone) },
      };
      return { ...state, steps: state.steps.map((s) => (s === moveOn ? moved : s)) };
    }
  }
}
