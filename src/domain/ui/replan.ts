/**
 * Re-planning from a date they gave in a reply ("decision next week"). The
 * date becomes the plan's decision date, through the form like any other
 * answer, so the engine times the check-ins from it. Check-ins already done
 * keep their place at the moment they were logged, and the first one still
 * to do takes the slot the engine gives the first check-in after the date.
 */
import type { FactsInput } from '../facts-input.ts';
import { moveValue } from '../plan/moves.ts';
import type { Plan } from '../plan/types.ts';
import type { SavedPlan } from './saved-plans.ts';

/** The form with the decision date set to `date` ("they'll decide by" unless they promised a call). */
export function withDecisionDate(input: FactsInput, date: string): FactsInput {
  const kind = input.decision.kind === 'none' ? 'decide-by' : input.decision.kind;
  return { ...input, decision: { ...input.decision, kind, date } };
}

/** Ids of the first round's check-ins and move-on note, which the decision date times. */
const timedByDecision = (plan: Plan): string[] =>
  plan.steps.filter((s) => s.round === 1 && (s.kind === 'check-in' || s.kind === 'move-on')).map((s) => s.id);

/**
 * The saved plan with the new decision date, and without the moves of the
 * first round's check-ins and move-on note still to do (the new date times
 * them now).
 */
export function replanned(saved: SavedPlan, plan: Plan, date: string, nowIso: string): SavedPlan {
  const moves = { ...saved.moves };
  for (const id of timedByDecision(plan)) if (!saved.statuses[id]) delete moves[id];
  return { ...saved, input: withDecisionDate(saved.input, date), moves, updatedAt: nowIso };
}

/**
 * After re-planning, when some first-round check-ins are already settled:
 * moves that keep each done one at the moment logged and give the first one
 * still to do the engine's first slot after the new date. Empty otherwise.
 */
export function catchUpMoves(plan: Plan, saved: SavedPlan): Record<string, string> {
  const checkIns = plan.steps
    .filter((s) => s.round === 1 && s.kind === 'check-in')
    .sort(
      (a, b) => Date.parse((a.moved?.from ?? a.recommended).iso) - Date.parse((b.moved?.from ?? b.recommended).iso),
    );
  const open = checkIns.findIndex((s) => !saved.statuses[s.id]);
  const first = checkIns[0];
  const next = checkIns[open];
  if (open <= 0 || !first || !next) return {};
  const moves: Record<string, string> = { [next.id]: moveValue(first.moved?.from ?? first.recommended) };
  for (const done of checkIns.slice(0, open)) {
    const at = saved.log?.[done.id]?.at;
    if (at) moves[done.id] = at;
  }
  return moves;
}
