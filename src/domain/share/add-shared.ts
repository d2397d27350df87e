/**
 * Adding a plan that arrived by link. Nothing is overwritten silently: when a
 * plan with the same id is already here, the user chooses to replace it or to
 * keep both (the arrival then gets a new id and says it is a copy).
 */
import { planTitle } from '../ui/plan-records.ts';
import { planRecord, type PlansState, type SavedPlan } from '../ui/saved-plans.ts';

/** What to do with a plan whose id is already taken. */
export type ClashChoice = 'replace' | 'keep-both';

/** The plan already here with the same id, or null when the arrival is new. */
export function clashingPlan(state: PlansState, plan: SavedPlan): SavedPlan | null {
  return state.plans[plan.id] ?? null;
}

/**
 * The state with the arrival added: under its own id when free, over the old
 * plan on `replace`, or under `newId` (named as a copy) on `keep-both`.
 */
export function addSharedPlan(
  state: PlansState,
  plan: SavedPlan,
  choice: ClashChoice,
  newId: string,
): { state: PlansState; id: string } {
  const clash = clashingPlan(state, plan) !== null;
  const copy = clash && choice === 'keep-both';
  const id = copy ? newId : plan.id;
  const added = copy ? { ...plan, id, name: `${planTitle(plan)} (copy)` } : plan;
  const plans = planRecord(Object.entries(state.plans));
  plans[id] = added;
  return { state: { ...state, plans }, id };
}
