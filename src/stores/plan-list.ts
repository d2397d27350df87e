/**
 * The list of saved interviews and its actions: rename, duplicate for the
 * next round, delete with undo. Loaded with the list (PlanList), after the
 * planner's first screen is up, so a first visit carries none of it.
 *
 * It also keeps the home page's "next up" in step with the list: a deleted
 * plan drops out and a renamed one follows (the next step itself is refreshed
 * by the plan view, which has the engine).
 */
import { computed } from 'nanostores';
import { nextRoundCopy, planTitle } from '../domain/ui/plan-records.ts';
import { updateSummaries, type NextUpSummary } from '../domain/ui/next-up.ts';
import { $nextUpSummaries } from './next-up.ts';
import { $activePlanId, $lastDeleted, $planList, $plans, makeId, nowIso, putPlan } from './plans.ts';

/** What the list of saved plans shows: id, name and the name the user gave (for renaming). */
export const $planSummaries = computed($planList, (plans) =>
  plans.map((plan) => ({ id: plan.id, title: planTitle(plan), name: plan.name })),
);

/** Drops deleted plans from the home page's "next up" and gives renamed ones their new title. */
function followList(plans: readonly { id: string; title: string }[]): void {
  const current = $nextUpSummaries.get();
  const updated = updateSummaries(current, Object.fromEntries(plans.map((p) => [p.id, p.title])));
  if (JSON.stringify(updated) !== JSON.stringify(current)) $nextUpSummaries.set(updated);
}
// From now on, and at once for anything that changed before this module loaded.
$planSummaries.listen(followList);
followList($planSummaries.get());

let deletedSummary: NextUpSummary | undefined;

/** Gives a plan its own name (empty: name it after the company and role again). */
export function renamePlan(id: string, name: string): void {
  const plan = $plans.get().plans[id];
  if (plan) putPlan(id, { ...plan, name: name.trim(), updatedAt: nowIso() });
}

/** Copies a plan for the next round with the same employer, and opens the copy. */
export function duplicatePlan(id: string): string | null {
  const plan = $plans.get().plans[id];
  if (!plan) return null;
  const copy = nextRoundCopy(plan, makeId(), nowIso());
  putPlan(copy.id, copy);
  $activePlanId.set(copy.id);
  return copy.id;
}

/** Deletes a plan; `undoDelete` brings it back until the next delete. */
export function deletePlan(id: string): void {
  const plan = $plans.get().plans[id];
  if (!plan) return;
  deletedSummary = $nextUpSummaries.get()[id];
  $lastDeleted.set(plan);
  putPlan(id, null);
  if ($activePlanId.get() === id) $activePlanId.set($planList.get().at(-1)?.id ?? '');
}

/** Restores the plan deleted last and opens it. */
export function undoDelete(): void {
  const plan = $lastDeleted.get();
  if (!plan) return;
  putPlan(plan.id, plan);
  if (deletedSummary) $nextUpSummaries.set({ ...$nextUpSummaries.get(), [plan.id]: deletedSummary });
  $activePlanId.set(plan.id);
  $lastDeleted.set(null);
}
