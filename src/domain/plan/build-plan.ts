/**
 * `buildPlan`: facts in, ordered and dated steps out. Rounds are planned one by
 * one; events after the interview (§8) then cancel or add steps, in date order.
 */
import type { Facts } from '../facts.ts';
import { momentMs } from '../time/zoned.ts';
import { localFrom } from '../time/wall-clock.ts';
import { applyEvent, type PlanState } from './events.ts';
import { withWarnings } from './move-warnings.ts';
import { applyMoves, type StepMoves } from './moves.ts';
import { holidayNotes, planHolidays, scheduleFor, type HolidayInput } from './holiday-plan.ts';
import { roundSteps, type Round } from './round.ts';
import type { Plan, Step, StepKind, StepStatus } from './types.ts';

/** Tie-break order for steps recommended at the same moment. */
const KIND_ORDER: readonly StepKind[] = [
  'thank-you',
  'thank-you-card',
  'thank-contact',
  'reply-to-rejection',
  'offer-reply',
  'offer-thanks',
  'offer-in-writing',
  'offer-decision',
  'another-offer',
  'linkedin',
  'ask-feedback',
  'check-in',
  'move-on',
];

/** Sorts steps by recommended moment, then kind, keeping list order otherwise (stable sort). */
export function orderSteps(steps: readonly Step[]): Step[] {
  // Each step's sort keys are read once, not on every comparison.
  const keyed = steps.map((step) => ({ step, at: momentMs(step.recommended), rank: KIND_ORDER.indexOf(step.kind) }));
  keyed.sort((a, b) => a.at - b.at || a.rank - b.rank);
  return keyed.map(({ step }) => step);
}

/**
 * The ordered, dated follow-up plan for validated facts. `now` only stamps the
 * plan: the steps depend on the facts and the holiday data alone, so the same
 * facts give the same plan. `holidays` is the region's table as loaded (see
 * holiday-plan.ts); without it the plan knows weekends only. `statuses` are
 * the user's saved step statuses: a step marked done stays as history when a
 * later event (a rejection, an offer, another round) cancels or rewrites the
 * steps still to do. `moves` are the steps the user moved (moves.ts): applied
 * last, on the plan events left, with a warning on each moment that breaks a rule.
 */
export function buildPlan(
  facts: Facts,
  {
    now,
    holidays,
    moves = {},
    statuses = {},
  }: {
    now: Date | number;
    holidays?: HolidayInput;
    moves?: StepMoves;
    statuses?: Readonly<Record<string, StepStatus | undefined>>;
  },
): Plan {
  const zone = facts.interview.timeZone;
  const schedule = scheduleFor(facts, holidays);
  const first: Round = {
    index: 1,
    endAt: momentMs(facts.interview.end),
    stage: facts.interview.stage,
    people: facts.interviewers,
    decisionDay: facts.decision.date ? localFrom(facts.decision.date) : null,
    zone,
    schedule,
  };
  const initial = roundSteps(facts, first);
  let state: PlanState = {
    steps: initial.steps,
    cancelled: [],
    notes: initial.notes,
    round: 1,
    roundEnd: momentMs(facts.interview.end),
    done: new Set(Object.keys(statuses).filter((id) => statuses[id] === 'done')),
  };
  for (const event of facts.events) state = applyEvent(state, event, facts, schedule);
  const moved = Object.keys(moves).length > 0 ? applyMoves(state.steps, moves, schedule) : state.steps;
  const steps = orderSteps(withWarnings(moved, facts, schedule));
  return {
    zone,
    theirZone: schedule.theirZone,
    holidays: planHolidays(holidays),
    generatedAt: new Date(+now).toISOString(),
    steps,
    cancelled: state.cancelled,
    notes: [...holidayNotes(holidays, steps, schedule), ...state.notes],
    facts,
  };
}
