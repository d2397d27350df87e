/**
 * The export file: every saved plan in one JSON document the user keeps.
 * Reading one back (or any other outside data) is plans-import.ts.
 */
import { STORAGE_VERSION, type PlansState, type SavedPlan } from './saved-plans.ts';
import { listPlans } from './plan-records.ts';

/** Marks a JSON file as ours. */
export const FILE_KIND = 'follow-through-plans';

/** Name offered for the download. */
export const EXPORT_FILE_NAME = 'follow-through-plans.json';

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
