/**
 * Where the user stands in a plan: which step is next and whether it is early,
 * open or late. Saved statuses are keyed by step id, so they survive edits.
 */
import { momentMs } from '../time/zoned.ts';
import type { Plan, Step, StepStatus } from './types.ts';

/** Where `now` falls relative to a step's window. */
export type StepTiming = 'upcoming' | 'open' | 'late';

/** Whether a step's window has not opened yet, is open, or has closed. */
export function stepTiming(step: Step, now: Date | number): StepTiming {
  const at = +now;
  if (at < momentMs(step.window.earliest)) return 'upcoming';
  return at > momentMs(step.window.latest) ? 'late' : 'open';
}

/**
 * The first step in plan order the user has neither done nor skipped, with its
 * timing, or null when everything is settled.
 */
export function nextDueStep(
  plan: Plan,
  statuses: Readonly<Record<string, StepStatus | undefined>>,
  now: Date | number,
): { step: Step; timing: StepTiming } | null {
  const step = plan.steps.find((s) => statuses[s.id] === undefined);
  return step ? { step, timing: stepTiming(step, now) } : null;
}
