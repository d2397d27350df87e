/**
 * Every plan out to a JSON file, and plans in from outside (a file, data set
 * aside, a shared link) once the user has confirmed what changes. Rare: the
 * list and the storage notice load this module, and its file code loads on
 * first use.
 */
import { atom } from 'nanostores';
import type { ConflictChoice, ImportReview } from '../domain/ui/plans-import.ts';
import { $activePlan, $activePlanId, $planList, $plans, makeId, nowIso } from './plans.ts';

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

/** What the last import did, or why it could not: the plan list announces it. */
export const $importStatus = atom<{ ok: boolean; message: string } | null>(null);

/** The import waiting for confirmation, or null. */
export const $pendingImport = atom<PendingImport | null>(null);

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
