/**
 * The saved interviews: `$plans` (persisted, versioned), which one is open
 * (`$activePlanId`), and the list actions — create, switch, rename, duplicate
 * for the next round, delete with undo, export and import.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyState, planRecord, type PlansState, type SavedPlan } from '../domain/ui/saved-plans.ts';
import { listPlans, newPlan, nextRoundCopy, planTitle } from '../domain/ui/plan-records.ts';
import type { ConflictChoice, ImportReview } from '../domain/ui/plans-import.ts';
import { updateSummaries, type NextUpSummary } from '../domain/ui/next-up.ts';
import { $nextUpSummaries } from './next-up.ts';
import { persistPlans } from './plans-persistence.ts';

let counter = 0;
/** A new unique id (UUID where the browser offers it). */
export function makeId(): string {
  counter += 1;
  return globalThis.crypto?.randomUUID?.() ?? `id-${Date.now().toString(36)}-${counter}`;
}

const nowIso = (): string => new Date().toISOString();

/** The browser's time zone, the default for a new plan. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

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

/** What the list of saved plans shows: id, name and the name the user gave (for renaming). */
export const $planSummaries = computed($planList, (plans) =>
  plans.map((plan) => ({ id: plan.id, title: planTitle(plan), name: plan.name })),
);

/** The plan deleted last, kept in memory so it can be brought back. */
export const $lastDeleted = atom<SavedPlan | null>(null);

// The home page's "next up" forgets deleted plans and follows renames at once
// (the next step itself is refreshed by the plan view, which has the engine).
$planSummaries.listen((plans) => {
  const current = $nextUpSummaries.get();
  const updated = updateSummaries(current, Object.fromEntries(plans.map((p) => [p.id, p.title])));
  if (JSON.stringify(updated) !== JSON.stringify(current)) $nextUpSummaries.set(updated);
});
let deletedSummary: NextUpSummary | undefined;

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

// Export and import are rare: their code loads when first used.
const plansFile = () => import('../domain/ui/plans-file.ts');
const plansImport = () => import('../domain/ui/plans-import.ts');

/** Every plan as a JSON export file: its suggested name and its text. */
export async function exportPlans(): Promise<{ fileName: string; text: string }> {
  const { EXPORT_FILE_NAME, serialisePlansFile } = await plansFile();
  return { fileName: EXPORT_FILE_NAME, text: serialisePlansFile($plans.get(), nowIso()) };
}

/** An import read and checked, waiting for the user to confirm it. */
export interface PendingImport {
  /** Where it came from, in words ("follow-through-plans.json"). */
  source: string;
  /** What it would add, replace or leave out. */
  review: ImportReview;
}

/** The import waiting for confirmation, or null. */
export const $pendingImport = atom<PendingImport | null>(null);

/** What the last import did, or why it could not: the plan list announces it. */
export const $importStatus = atom<{ ok: boolean; message: string } | null>(null);

/**
 * Reads plans from outside (a file's text, set-aside data, a shared link) and
 * holds them for the user to confirm; nothing changes until `confirmImport`.
 * Returns the reason when nothing in it can be imported.
 */
export async function startImport(
  text: string,
  source: string,
  byteLength?: number,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const { readPlansText, reviewImport } = await plansImport();
  const reading = readPlansText(text, byteLength);
  $importStatus.set(reading.ok ? null : reading);
  if (!reading.ok) return reading;
  $pendingImport.set({ source, review: reviewImport($plans.get(), reading) });
  return { ok: true };
}

/** `startImport` for a file the user chose; a file too large to be an export is refused before it is read. */
export async function startFileImport(file: File): Promise<{ ok: true } | { ok: false; message: string }> {
  const { MAX_IMPORT_BYTES } = await plansImport();
  return startImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), `“${file.name}”`, file.size);
}

/** Imports what is waiting, replacing or keeping both where an id is taken, and opens the first plan brought in. */
export async function confirmImport(choice: ConflictChoice): Promise<string> {
  const pending = $pendingImport.get();
  if (!pending) return '';
  const { applyImport } = await plansImport();
  const { state, open, message } = applyImport($plans.get(), pending.review, choice, makeId);
  $plans.set(state);
  if (open) $activePlanId.set(open);
  else if (!$activePlan.get()) $activePlanId.set($planList.get().at(-1)?.id ?? '');
  $pendingImport.set(null);
  $importStatus.set({ ok: true, message });
  return message;
}

/** Drops the waiting import; nothing is changed. */
export function cancelImport(): void {
  $pendingImport.set(null);
  $importStatus.set({ ok: true, message: 'Import cancelled: nothing was changed.' });
}
