/**
 * The export file: every saved plan in one JSON document the user keeps, and
 * the checks that let only such a file back in, with a clear reason otherwise.
 */
import { migrateState, STORAGE_VERSION, type PlansState, type SavedPlan } from './saved-plans.ts';
import { listPlans } from './plan-records.ts';

/** Marks a JSON file as ours. */
export const FILE_KIND = 'follow-through-plans';

/** Name offered for the download. */
export const EXPORT_FILE_NAME = 'follow-through-plans.json';

/** Files bigger than this are not plans exports (the largest real one is far smaller). */
export const MAX_IMPORT_BYTES = 5_000_000;

/** The exported document. */
export interface PlansFile {
  /** Always `FILE_KIND`. */
  kind: typeof FILE_KIND;
  /** The storage version the plans are written in. */
  version: number;
  /** When it was exported (ISO 8601). */
  exportedAt: string;
  /** The plans, oldest first. */
  plans: SavedPlan[];
}

/** Every saved plan as the text of an export file (pretty-printed, so it is readable). */
export function serialisePlansFile(state: PlansState, nowIso: string): string {
  const file: PlansFile = { kind: FILE_KIND, version: STORAGE_VERSION, exportedAt: nowIso, plans: listPlans(state) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The plans found in a file, or why the file was refused. */
export type ParsedPlansFile = { ok: true; plans: SavedPlan[] } | { ok: false; message: string };

const WRONG_FILE =
  'This file is not a Follow Through export. Choose the .json file you downloaded with “Export all plans”.';

/** Reads an export file's text; anything that is not one gets a message the user can act on. */
export function parsePlansFile(text: string): ParsedPlansFile {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'This file is too large to be a plans export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: WRONG_FILE };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, message: WRONG_FILE };
  const file = data as Partial<Record<keyof PlansFile, unknown>>;
  if (file.kind !== FILE_KIND || !Array.isArray(file.plans)) return { ok: false, message: WRONG_FILE };
  if (typeof file.version !== 'number' || file.version > STORAGE_VERSION) {
    return {
      ok: false,
      message: 'This file comes from a newer version of Follow Through. Reload the page and try again.',
    };
  }
  // Plans from an older export are migrated exactly like older stored data.
  const keyed = Object.fromEntries(file.plans.map((raw, index) => [`imported-${index + 1}`, raw]));
  const { state, problem } = migrateState({ version: file.version, plans: keyed });
  if (problem) return { ok: false, message: WRONG_FILE };
  const plans = file.plans.flatMap((raw, index) => {
    const plan = state.plans[`imported-${index + 1}`];
    if (!plan) return [];
    const ownId = (raw as { id?: unknown }).id;
    return [{ ...plan, id: typeof ownId === 'string' && ownId !== '' ? ownId : plan.id }];
  });
  if (plans.length === 0) return { ok: false, message: 'This export has no plans in it.' };
  return { ok: true, plans };
}

/**
 * The state with imported plans added. A plan whose id is already taken gets
 * `makeId()`, so importing never overwrites what is on this device.
 */
export function mergeImported(
  state: PlansState,
  plans: readonly SavedPlan[],
  makeId: () => string,
): { state: PlansState; added: string[] } {
  const merged: PlansState = { ...state, plans: { ...state.plans } };
  const added: string[] = [];
  for (const plan of plans) {
    const id = plan.id in merged.plans ? makeId() : plan.id;
    merged.plans[id] = { ...plan, id };
    added.push(id);
  }
  return { state: merged, added };
}

/** "Imported 1 plan." / "Imported 3 plans." */
export function importedMessage(count: number): string {
  return count === 1 ? 'Imported 1 plan.' : `Imported ${count} plans.`;
}
