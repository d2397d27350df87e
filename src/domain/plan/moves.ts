/**
 * Steps the user moved by hand. A move pins one step to the moment the user
 * picked; the steps timed from it follow by the same number of days (the next
 * check-in of its round keeps its spacing, the move-on note comes after the
 * last check-in), landing on a business day of whoever they are for. Nothing
 * is forbidden here: the rules a moment breaks become warnings
 * (move-warnings.ts). Moves apply to the plan as events left it.
 */
import { businessDayOnOrAfter, recordingClosed } from '../time/business-days.ts';
import { DAY, dayDiff, dayStart, instantOf, localOf, momentAt } from '../time/wall-clock.ts';
import { momentMs, type Moment } from '../time/zoned.ts';
import { forSelf, moveNote, type Schedule } from './schedule.ts';
import type { Step, StepWindow } from './types.ts';

/** Step id → the moment the user moved it to (an instant in ISO 8601), as the saved plan keeps it. */
export type StepMoves = Readonly<Record<string, string>>;

/** The instant a saved move stands for, or null when it is not a date-time. */
export function moveInstant(value: string | undefined): number | null {
  if (value === undefined) return null;
  const at = Date.parse(value);
  return Number.isFinite(at) ? at : null;
}

/** The clock a step is timed on: the recipient's, or the user's own for a note to self. */
export const clockOf = (step: Step, schedule: Schedule): Schedule =>
  step.recipient.kind === 'self' ? forSelf(schedule) : schedule;

/**
 * Which step each later step is timed from: a check-in from the check-in
 * before it in its round, the move-on note from its round's last check-in.
 */
export function leadersOf(steps: readonly Step[]): Map<string, Step> {
  const leaders = new Map<string, Step>();
  for (const round of new Set(steps.map((s) => s.round))) {
    const checkIns = steps
      .filter((s) => s.round === round && s.kind === 'check-in')
      .sort((a, b) => momentMs(a.recommended) - momentMs(b.recommended));
    checkIns.slice(1).forEach((step, i) => leaders.set(step.id, checkIns[i]!));
    const last = checkIns.at(-1);
    const moveOn = steps.find((s) => s.round === round && s.kind === 'move-on');
    if (last && moveOn) leaders.set(moveOn.id, last);
  }
  return leaders;
}

/** A window moved by `delta` milliseconds, written in `zone`. */
function shifted(window: StepWindow, delta: number, zone: string): StepWindow {
  return {
    earliest: momentAt(momentMs(window.earliest) + delta, zone),
    latest: momentAt(momentMs(window.latest) + delta, zone),
  };
}

/** `step` at instant `at`, remembering where the plan had put it. */
function placed(
  step: Step,
  at: number,
  move: Pick<NonNullable<Step['moved']>, 'by' | 'leader'>,
  notes: string[],
): Step {
  const zone = step.recommended.zone;
  const delta = at - momentMs(step.recommended);
  return {
    ...step,
    recommended: momentAt(at, zone),
    window: shifted(step.window, delta, zone),
    timingNotes: notes,
    moved: { ...move, from: step.recommended, window: step.window },
  };
}

/**
 * Where a follower lands: as many days after where the plan put it as its
 * leader moved (on the leader's clock), at the same time of day, on the first
 * business day from there on its own clock. Null when the leader stayed on its day.
 */
function follow(step: Step, leader: Step, schedule: Schedule): { at: number; note: string | null } | null {
  const { from } = leader.moved ?? {};
  if (!from) return null;
  const leaderZone = clockOf(leader, schedule).theirZone;
  const days = dayDiff(localOf(momentMs(from), leaderZone), localOf(momentMs(leader.recommended), leaderZone));
  if (days === 0) return null;
  const clock = clockOf(step, schedule);
  const local = localOf(momentMs(step.recommended), clock.theirZone) + days * DAY;
  const closed: number[] = [];
  const day = businessDayOnOrAfter(local, 0, recordingClosed(clock.open, closed));
  return { at: instantOf(day + (local - dayStart(local)), clock.theirZone), note: moveNote(clock, closed, day) };
}

/**
 * The steps with the user's moves applied (in the order given): each moved
 * step at its new moment, each step timed from a moved one following it.
 * Moves for steps not in the plan (an event cancelled them) change nothing.
 */
export function applyMoves(steps: readonly Step[], moves: StepMoves, schedule: Schedule): Step[] {
  const leaders = leadersOf(steps);
  const done = new Map<string, Step>();
  const byTime = [...steps].sort((a, b) => momentMs(a.recommended) - momentMs(b.recommended));
  for (const step of byTime) {
    const picked = moveInstant(moves[step.id]);
    const leader = leaders.get(step.id);
    const after = leader && done.get(leader.id);
    const followed = picked === null && after ? follow(step, after, schedule) : null;
    if (picked !== null) done.set(step.id, placed(step, picked, { by: 'you', leader: null }, []));
    else if (followed && after)
      done.set(
        step.id,
        placed(step, followed.at, { by: 'follows', leader: { id: after.id, title: after.title } }, [
          ...(followed.note ? [followed.note] : []),
        ]),
      );
    else done.set(step.id, step);
  }
  return steps.map((s) => done.get(s.id) ?? s);
}

/** The moment a move is saved as: the instant, in ISO 8601 (UTC). */
export const moveValue = (moment: Moment): string => new Date(momentMs(moment)).toISOString();
