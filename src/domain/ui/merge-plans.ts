/**
 * Two tabs, one set of plans: when another tab saves, its plans are merged
 * with this tab's, field by field, against the last state both had seen. A
 * field changed in only one tab takes that change; a field changed in both to
 * different values takes the newer plan's value, and the other version of
 * that plan is kept whole as a copy, so no one's typing is ever lost. Both
 * tabs compute the same result, so they settle on it.
 */
import { planTitle } from './plan-records.ts';
import { planRecord, samePlan, type PlansState, type SavedPlan } from './saved-plans.ts';

/** A plan edited in both tabs at once: where each version went. */
export interface PlanConflict {
  /** The plan's title (it now holds the newer edits). */
  title: string;
  /** The title of the copy holding the other version. */
  copyTitle: string;
}

type Json = unknown;
const isPlain = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

/** Three-way merge of one value; `clash` is called for a leaf both sides changed differently. */
function merge3(base: Json, local: Json, remote: Json, clash: (local: Json, remote: Json) => Json): Json {
  if (same(local, remote)) return local;
  if (same(base, local)) return remote;
  if (same(base, remote)) return local;
  if (isPlain(local) && isPlain(remote)) {
    const from = isPlain(base) ? base : {};
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
      const value = merge3(from[key], local[key], remote[key], clash);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return clash(local, remote);
}

/** A short, stable fingerprint of a plan's data, so both tabs name the same copy the same way. */
function fingerprint(plan: SavedPlan): string {
  let hash = 2166136261;
  for (const char of JSON.stringify(plan)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0).toString(36);
}

/** The later of two ISO timestamps (ties: the one that sorts last, so both tabs agree). */
const later = (a: SavedPlan, b: SavedPlan): SavedPlan =>
  a.updatedAt !== b.updatedAt ? (a.updatedAt > b.updatedAt ? a : b) : JSON.stringify(a) >= JSON.stringify(b) ? a : b;

/** One plan merged from both tabs; `copy` is the other version when the two clashed. */
function mergePlan(
  base: SavedPlan | undefined,
  local: SavedPlan,
  remote: SavedPlan,
): { plan: SavedPlan; copy?: SavedPlan } {
  const winner = later(local, remote);
  const loser = winner === local ? remote : local;
  let clashed = false;
  // When each side last changed is not a field the user edits: the merge takes the later one.
  const at = winner.updatedAt;
  const merged = merge3(
    base && { ...base, updatedAt: at },
    { ...local, updatedAt: at },
    { ...remote, updatedAt: at },
    (l, r) => {
      clashed = true;
      return winner === local ? l : r;
    },
  ) as SavedPlan;
  const plan = { ...merged, updatedAt: winner.updatedAt };
  if (!clashed) return { plan };
  const id = `${local.id}~${fingerprint(loser)}`;
  return { plan, copy: { ...loser, id, name: `${planTitle(loser)} (second version)` } };
}

/** Whether two states hold the same plans with the same data. */
export function sameState(a: PlansState, b: PlansState): boolean {
  return (
    Object.keys(a.plans).length === Object.keys(b.plans).length &&
    Object.entries(a.plans).every(([id, plan]) => b.plans[id] !== undefined && samePlan(plan, b.plans[id]))
  );
}

/**
 * This tab's plans merged with another tab's save. `base` is the last state
 * read from storage before it (what both tabs last agreed on). A plan deleted
 * in one tab and edited in the other is kept.
 */
export function mergePlansState(
  base: PlansState,
  local: PlansState,
  remote: PlansState,
): { state: PlansState; conflicts: PlanConflict[] } {
  const plans = planRecord();
  const conflicts: PlanConflict[] = [];
  const ids = new Set([...Object.keys(local.plans), ...Object.keys(remote.plans)]);
  for (const id of ids) {
    const [was, mine, theirs] = [base.plans[id], local.plans[id], remote.plans[id]];
    if (mine && theirs) {
      const { plan, copy } = samePlan(mine, theirs) ? { plan: mine } : mergePlan(was, mine, theirs);
      plans[id] = plan;
      if (copy && !(copy.id in plans)) {
        plans[copy.id] = copy;
        conflicts.push({ title: planTitle(plan), copyTitle: planTitle(copy) });
      }
    } else if (mine) {
      // Gone from the other tab: deleted there, unless this tab changed it since.
      if (!was || !samePlan(was, mine)) plans[id] = mine;
    } else if (theirs) {
      if (!was || !samePlan(was, theirs)) plans[id] = theirs;
      // A copy the other tab made of a clash: this tab is told too.
      const original = id.includes('~') ? (local.plans[id.slice(0, id.indexOf('~'))] ?? null) : null;
      if (!was && original) conflicts.push({ title: planTitle(original), copyTitle: planTitle(theirs) });
    }
  }
  return { state: { ...local, plans }, conflicts };
}
