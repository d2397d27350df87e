/**
 * The saved interviews: `$plans` (persisted, versioned), which one is open
 * (`$activePlanId`), and what the wizard needs from the first screen on:
 * create, open, switch and edit. The list's own actions (rename, duplicate
 * for the next round, delete with undo) are in plan-list.ts, export and
 * import in plans-transfer.ts: they load with the list, after the first
 * screen is up.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyState, planRecord, type PlansState, type SavedPlan } from '../domain/ui/saved-plans.ts';
import { listPlans, newPlan } from '../domain/ui/plan-records.ts';
import { persistPlans } from './plans-persistence.ts';
import { runtimeTimeZone } from '../domain/time/runtime-zone.ts';

let counter = 0;
/** A new unique id (UUID where the browser offers it). */
export function makeId(): string {
  counter += 1;
  return globalThis.crypto?.randomUUID?.() ?? `id-${Date.now().toString(36)}-${counter}`;
}

/** The current time as an ISO string, for a plan's created and updated times. */
export const nowIso = (): string => new Date().toISOString();

/** The browser's time zone, the default for a new plan (read without Intl's date formatting where it can be). */
export const browserTimeZone = (): string => runtimeTimeZone();

/** Every saved plan. */
export const $plans = atom<PlansState>(emptyState());

/**
 * Resolves once the stored plans are in `$plans` (null: there were none to
 * read). The planner waits for it before it opens a plan.
 */
export const plansLoading: Promise<void> | null = persistPlans($plans, makeId);

/** The id of the plan being edited or viewed ('' when none). */
// Each tab keeps its own open plan: another tab switching plans never switches this one.
export const $activePlanId = persistentAtom<string>('ft-active-plan', '', { listen: false });

/** The open plan, or null. */
export const $activePlan = computed([$plans, $activePlanId], (state, id) => state.plans[id] ?? null);

/** Saved plans in list order. */
export const $planList = computed($plans, listPlans);

/** The plan deleted last, kept in memory so it can be brought back (plan-list.ts). */
export const $lastDeleted = atom<SavedPlan | null>(null);

/** Replaces one plan (or removes it with null). */
export function putPlan(id: string, plan: SavedPlan | null): void {
  const plans = planRecord(Object.entries($plans.get().plans));
  if (plan) plans[id] = plan;
  else delete plans[id];
  $plans.set({ ...$plans.get(), plans });
}

/** Applies an edit to the open plan (no-op when none is open). */
export function updateActivePlan(edit: (plan: SavedPlan, now: string) => SavedPlan): void {
  const plan = $activePlan.get();
  if (plan) putPlan(plan.id, edit(plan, nowIso()));
}

/** Starts a new, blank plan and opens it. */
export function createPlan(): string {
  const id = makeId();
  putPlan(id, newPlan(id, nowIso(), browserTimeZone(), makeId()));
  $activePlanId.set(id);
  $lastDeleted.set(null);
  return id;
}

/** On arrival: opens the plan asked for (a link from the home page), else the last one used, else the newest, else a new one. */
export function openPlanner(requested?: string | null): void {
  if (requested && requested in $plans.get().plans) $activePlanId.set(requested);
  if ($activePlan.get()) return;
  const newest = $planList.get().at(-1);
  if (newest) $activePlanId.set(newest.id);
  else createPlan();
}

/** Opens another saved plan. */
export function selectPlan(id: string): void {
  if (id in $plans.get().plans) $activePlanId.set(id);
}
