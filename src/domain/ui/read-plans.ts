/**
 * Reading what the planner stored (or what a file brings in) through one
 * schema, `savedPlanSchema`, whose form part is the stored form schema: older
 * versions are migrated, odd fields are blanked rather than fatal, and an
 * entry that cannot be read at all is handed back to be set aside, never
 * dropped. Loaded only when there is stored data to read.
 */
import * as v from 'valibot';
import { blankContact, blankEvent, blankInterviewer, emptyFacts, TONES } from '../facts-input.ts';
import { factsInputSchema } from '../facts-input-schema.ts';
import { conform, REMOVE } from '../conform.ts';
import { freshPlan } from './plan-records.ts';
import {
  emptyState,
  REPLY_KINDS,
  RESERVED_KEYS,
  STORAGE_VERSION,
  type PlansState,
  type ReadProblem,
  type SavedPlan,
  type StepStatus,
} from './saved-plans.ts';
import { clampStep } from './wizard-steps.ts';
import { STEP_CHANNELS } from '../plan/types.ts';
import { isLocalDate } from '../time/zoned.ts';

/** What the user recorded about a step they did. */
const stepLogSchema = v.object({
  at: v.pipe(
    v.string(),
    v.check((at) => Number.isFinite(Date.parse(at))),
  ),
  channel: v.picklist(STEP_CHANNELS),
  note: v.string(),
  reply: v.picklist(REPLY_KINDS),
  newDate: v.union([v.literal(''), v.pipe(v.string(), v.check(isLocalDate))]),
});

/** The stored shape of one plan. */
export const savedPlanSchema = v.object({
  id: v.string(),
  name: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  step: v.number(),
  input: factsInputSchema,
  statuses: v.record(v.string(), v.picklist(['done', 'skipped'])),
  drafts: v.record(v.string(), v.string()),
  draftTones: v.record(v.string(), v.picklist(TONES)),
  moves: v.optional(
    v.record(
      v.string(),
      v.pipe(
        v.string(),
        v.check((at) => Number.isFinite(Date.parse(at))),
      ),
    ),
    {},
  ),
  log: v.optional(v.record(v.string(), stepLogSchema), {}),
  draftWordings: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))), {}),
}) satisfies v.GenericSchema<unknown, SavedPlan>;

/** The result of reading stored data. */
export interface ReadResult {
  /** The state to use (empty when there was a problem). */
  state: PlansState;
  /** Null when the envelope was read (and migrated if needed). */
  problem: ReadProblem | null;
  /** Entries that could not be read as plans, by their key, exactly as stored: to be kept aside. */
  unreadable: Map<string, unknown>;
}

/** The first reserved key anywhere inside `value` (as a dotted path), or null. */
export function reservedKeyIn(value: unknown, path = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (RESERVED_KEYS.has(key)) return here;
    const found = reservedKeyIn((value as Record<string, unknown>)[key], here);
    if (found) return found;
  }
  return null;
}

type Key = string | number;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The blank for one place in a stored form: a list row's blank gets the id the old reader gave it. */
function blankInputAt(path: readonly Key[]): unknown {
  const [section, index, field, row, key] = path;
  const pick = (blank: object, key: Key | undefined): unknown =>
    key === undefined ? blank : (blank as Record<string, unknown>)[key];
  if (section === 'interviewers') {
    if (index === undefined) return [blankInterviewer('interviewer-1')];
    return pick(blankInterviewer(`interviewer-${Number(index) + 1}`), field);
  }
  if (section === 'events') {
    if (index === undefined) return [];
    if (field === undefined) return REMOVE; // An event with no shape says nothing worth keeping.
    // A person another round lists: blanked alone, so the rest of the round's people stay.
    if (field === 'interviewers' && row !== undefined)
      return pick(blankInterviewer(`interviewer-${Number(row) + 1}`), key);
    return pick(blankEvent(`event-${Number(index) + 1}`, ''), field);
  }
  if (section === 'away') {
    if (index === undefined) return [];
    if (field === undefined) return REMOVE; // A run of days away with no shape says nothing worth keeping.
    return pick({ id: `away-${Number(index) + 1}`, from: '', to: '' }, field);
  }
  if (section === 'contact') return index === undefined ? null : pick(blankContact(), index);
  const blank = emptyFacts() as unknown as Record<string, object>;
  if (section === undefined) return blank;
  return pick(blank[section] ?? {}, index);
}

/** The blank for one place in a stored plan. */
function blankPlanAt(path: readonly Key[], id: string): unknown {
  const [field, ...rest] = path;
  if (field === 'input') return blankInputAt(rest);
  if (
    field === 'statuses' ||
    field === 'drafts' ||
    field === 'draftTones' ||
    field === 'draftWordings' ||
    field === 'moves' ||
    field === 'log'
  )
    return rest.length > 0 ? REMOVE : {};
  return (freshPlan(id, '', emptyFacts(), '') as unknown as Record<string, unknown>)[String(field)];
}

/** One plan read through the schema, and the places whose values had to be blanked. */
export interface ReadPlan {
  /** The plan. */
  plan: SavedPlan;
  /** Dotted places (`input.interview.date`) that held something the planner cannot use. */
  reset: string[];
}

/**
 * One stored or imported plan, in the current version's shape, as `id`:
 * every field the schema refuses becomes blank, and is listed. Null when it is
 * not a plan at all (not an object, or it uses a reserved key).
 */
export function readSavedPlan(raw: unknown, id: string): ReadPlan | null {
  if (!isObject(raw) || reservedKeyIn(raw) !== null) return null;
  const { value, reset } = conform(
    savedPlanSchema,
    { ...raw, id },
    (path) => blankPlanAt(path, id),
    () => freshPlan(id, '', emptyFacts(), ''),
  );
  return { plan: { ...value, id, step: clampStep(value.step) }, reset };
}

/**
 * Version 1 (the first public shape) kept each plan's form under `facts` and
 * step progress as two lists, `done` and `skipped`.
 */
function migrateV1(plan: Record<string, unknown>): Record<string, unknown> {
  const { facts, done, skipped, ...rest } = plan;
  const statuses: Record<string, StepStatus> = {};
  for (const stepId of Array.isArray(skipped) ? skipped : [])
    if (typeof stepId === 'string') statuses[stepId] = 'skipped';
  for (const stepId of Array.isArray(done) ? done : []) if (typeof stepId === 'string') statuses[stepId] = 'done';
  return { ...rest, input: facts, statuses, drafts: {}, draftTones: {}, draftWordings: {} };
}

/** Plan migrations by the version they upgrade from. Each takes one raw plan object. */
const MIGRATIONS: Record<number, (plan: Record<string, unknown>) => Record<string, unknown>> = { 1: migrateV1 };

/** A raw plan in the current version's raw shape, one migration at a time. */
export function migratePlan(raw: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let plan = raw;
  for (let version = fromVersion; version < STORAGE_VERSION; version += 1) plan = MIGRATIONS[version]?.(plan) ?? plan;
  return plan;
}

/** A stored version number: an integer, or an integer written as text (`"2"`); null for anything else. */
export function readVersion(value: unknown): number | null {
  const version = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * Turns any parsed envelope into the current state: older versions are
 * migrated, plans are read through the schema; a plan that cannot be read is
 * returned in `unreadable`, never dropped. Anything that is not our envelope
 * (or is from a newer version this code cannot understand) is a problem.
 */
export function migrateState(raw: unknown): ReadResult {
  const unreadable = new Map<string, unknown>();
  const fail = (problem: ReadProblem): ReadResult => ({ state: emptyState(), problem, unreadable });
  if (!isObject(raw) || !isObject(raw['plans'])) return fail('unreadable');
  const version = readVersion(raw['version']);
  if (version === null) return fail('unreadable');
  if (version > STORAGE_VERSION) return fail('newer');
  const state = emptyState();
  for (const [key, value] of Object.entries(raw['plans'])) {
    const read = isObject(value) && !RESERVED_KEYS.has(key) ? readSavedPlan(migratePlan(value, version), key) : null;
    if (read) state.plans[key] = read.plan;
    else unreadable.set(key, value);
  }
  return { state, problem: null, unreadable };
}

/** Reads the stored string: JSON that is not ours is reported, never thrown. */
export function decodeState(stored: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { state: emptyState(), problem: 'unreadable', unreadable: new Map() };
  }
  return migrateState(parsed);
}

/**
 * The revision marks a save carries (its id, and the id of the save it built
 * on, so another tab can merge against what both shared); '' when absent:
 * older data, or another writer.
 */
export function revisionOf(text: string | null): { rev: string; base: string } {
  try {
    const { rev, base } = JSON.parse(text ?? '{}') as { rev?: unknown; base?: unknown };
    return { rev: typeof rev === 'string' ? rev : '', base: typeof base === 'string' ? base : '' };
  } catch {
    return { rev: '', base: '' };
  }
}
