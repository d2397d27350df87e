/**
 * The rules a moved step's new moment breaks, as warnings on the step (never
 * a refusal: the user knows their week). Every rule the planner follows when
 * it dates steps is checked again here, on the clock of whoever the step is
 * for: contacts at least `CHECK_IN.minDaysApart` days apart (a check-in after
 * the round's thank-yous and after any other check-in), a check-in after
 * their decision date, nothing before the interview ends, no public holiday,
 * weekend, day away or night, a call inside their working day, and the
 * recommended window. A step the user did not touch is where the planner
 * put it and breaks none of them, so only moved steps and the steps they are
 * now too close to are checked.
 */
import type { Facts } from '../facts.ts';
import { CHECK_IN, HOURS } from '../guidance.ts';
import { isAwayOn } from '../holidays/away.ts';
import { closureOn } from '../holidays/calendar.ts';
import { formatClock, formatDay, formatMoment, formatShortDay, zoneCity } from '../time/format.ts';
import { dateOf, dayDiff, dayStart, HOUR, hourOf, instantOf, localOf } from '../time/wall-clock.ts';
import { momentMs } from '../time/zoned.ts';
import { MOVE_WARNINGS as say, STEP_NAMES } from './move-phrases.ts';
import { clockOf } from './moves.ts';
import type { Schedule } from './schedule.ts';
import type { Step, StepKind } from './types.ts';

/** Steps whose worth fades with time: past their window is worth a warning (a later check-in is just later). */
const PROMPT: ReadonlySet<StepKind> = new Set(['thank-you', 'thank-you-card', 'thank-contact', 'reply-to-rejection']);

/** Whether the spacing rule holds between these two kinds of step (`a` and `b` of the same or any round). */
function spaced(a: Step, b: Step): boolean {
  if (a.kind === 'check-in' && b.kind === 'check-in') return true;
  const thanks = (s: Step) => s.kind === 'thank-you' || s.kind === 'thank-you-card';
  return a.round === b.round && ((thanks(a) && b.kind === 'check-in') || (a.kind === 'check-in' && thanks(b)));
}

/** How `other` is named from `step`'s point of view. */
function nameOf(other: Step, step: Step, steps: readonly Step[]): string {
  if (other.kind === 'check-in') {
    const ordinal =
      steps
        .filter((s) => s.kind === 'check-in' && s.round === other.round)
        .sort((a, b) => momentMs(a.moved?.from ?? a.recommended) - momentMs(b.moved?.from ?? b.recommended))
        .findIndex((s) => s.id === other.id) + 1;
    return STEP_NAMES.checkIn(ordinal, other.round === step.round, other.round);
  }
  return other.kind === 'thank-you-card'
    ? STEP_NAMES.card(other.recipient.name)
    : STEP_NAMES.thankYou(other.recipient.name);
}

/** Too-close contacts, from `step`'s side. */
function spacingWarnings(step: Step, candidates: readonly Step[], steps: readonly Step[], zone: string): string[] {
  const day = (s: Step) => localOf(momentMs(s.recommended), zone);
  const warnings: string[] = [];
  for (const other of candidates) {
    if (other.id === step.id || !spaced(step, other)) continue;
    const apart = dayDiff(day(other), day(step));
    if (Math.abs(apart) >= CHECK_IN.minDaysApart) continue;
    const later = apart > 0 || (apart === 0 && momentMs(step.recommended) >= momentMs(other.recommended));
    const name = nameOf(other, step, steps);
    warnings.push(
      later ? say.tooSoonAfter(CHECK_IN.minDaysApart, name) : say.tooSoonBefore(CHECK_IN.minDaysApart, name),
    );
  }
  return warnings;
}

/** When each round's interview ended (round 1 first). */
function roundEnds(facts: Facts): number[] {
  const later = facts.events.flatMap((e) => (e.kind === 'another-round' ? [momentMs(e.end)] : []));
  return [momentMs(facts.interview.end), ...later.sort((a, b) => a - b)];
}

/** The rules about the step's own moment: the interview, decision, closed days, night, window. */
function momentWarnings(
  step: Step,
  steps: readonly Step[],
  facts: Facts,
  schedule: Schedule,
  tooClose: boolean,
): string[] {
  const clock = clockOf(step, schedule);
  const at = momentMs(step.recommended);
  const local = localOf(at, clock.theirZone);
  const date = dateOf(local);
  const warnings: string[] = [];
  const early: string[] = [];
  const end = roundEnds(facts)[step.round - 1];
  if (end !== undefined && at < end) early.push(say.beforeInterviewEnds);
  const decision = facts.decision.date;
  if (decision && step.kind === 'check-in' && step.round === 1) {
    if (date < decision) early.push(say.beforeDecision(formatDay(decision)));
    else if (date === decision) early.push(say.onDecision(formatDay(decision)));
  }
  if (step.kind === 'move-on') {
    const lastCheckIn = steps
      .filter((s) => s.round === step.round && s.kind === 'check-in')
      .reduce<Step | null>((a, s) => (a && momentMs(a.recommended) > momentMs(s.recommended) ? a : s), null);
    if (lastCheckIn && momentMs(lastCheckIn.recommended) > at)
      early.push(say.beforeLastCheckIn(STEP_NAMES.lastCheckIn));
  }
  const closure = closureOn(clock.calendar, date);
  if (closure?.kind === 'holiday') warnings.push(say.holiday(closure.name, formatShortDay(date)));
  if (closure?.kind === 'weekend') warnings.push(say.weekend(formatShortDay(date)));
  const ownDate = dateOf(localOf(instantOf(dayStart(local) + 12 * HOUR, clock.theirZone), schedule.zone));
  if (isAwayOn(schedule.away, ownDate)) warnings.push(say.away(formatShortDay(ownDate)));
  const hour = hourOf(local);
  const time = formatClock(at, clock.theirZone);
  const theirs = clock.theirZone === schedule.zone ? time : `${time} in ${zoneCity(clock.theirZone)}`;
  if (hour < HOURS.workdayStart || hour >= HOURS.nightStart)
    warnings.push(
      step.recipient.kind === 'self' || clock.theirZone === schedule.zone ? say.night(time) : say.nightForThem(theirs),
    );
  else if (step.channel === 'phone' && hour >= HOURS.eveningStart) warnings.push(say.callAfterHours(theirs));
  const window = step.moved?.by === 'you' ? step.moved.window : null;
  if (window && early.length === 0 && !tooClose && at < momentMs(window.earliest))
    warnings.push(say.beforeWindow(formatMoment(window.earliest)));
  if (window && PROMPT.has(step.kind) && at > momentMs(window.latest))
    warnings.push(say.afterWindow(formatMoment(window.latest)));
  return [...early, ...warnings];
}

/**
 * The steps with the warnings their moments earn: every moved step is
 * checked against every rule, and a step a moved one is now too close to
 * gets the spacing warning too, so the clash shows on both.
 */
export function withWarnings(steps: readonly Step[], facts: Facts, schedule: Schedule): Step[] {
  const moved = steps.filter((s) => s.moved);
  if (moved.length === 0) return [...steps];
  return steps.map((step) => {
    const spacing = spacingWarnings(step, step.moved ? steps : moved, steps, schedule.theirZone);
    const own = step.moved ? momentWarnings(step, steps, facts, schedule, spacing.length > 0) : [];
    const warnings = [...own, ...spacing];
    return warnings.length > 0 ? { ...step, warnings } : step;
  });
}
