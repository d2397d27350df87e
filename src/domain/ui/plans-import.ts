/**
 * Bringing plans in from outside: an export file, the data set aside from
 * storage, or (through the same three calls) a shared link. Nothing is
 * trusted: `readPlansText` refuses what is too large, too deep, not JSON, not
 * ours or from a newer version, each with its own message, and reads every
 * plan through the storage schema, leaving out (and naming) what it cannot
 * read. `reviewImport` compares the result with what is saved, and
 * `applyImport` adds it only once the user has confirmed, replacing or
 * keeping both where an id is already taken.
 */
import { FILE_KIND } from './plans-file.ts';
import { planTitle } from './plan-records.ts';
import { migratePlan, readSavedPlan, readVersion, reservedKeyIn } from './read-plans.ts';
import {
  emptyState,
  planRecord,
  RESERVED_KEYS,
  samePlan,
  STORAGE_VERSION,
  type PlansState,
  type SavedPlan,
} from './saved-plans.ts';

/** Larger than any real export (a plan is a few kB; a browser keeps about 5 MB in all). */
export const MAX_IMPORT_BYTES = 5_000_000;
/** Deeper than any real export (a plan's deepest field is five levels down). */
export const MAX_IMPORT_DEPTH = 32;

/** One plan read from outside, not yet added. */
export interface IncomingPlan {
  /** The plan, read through the storage schema. */
  plan: SavedPlan;
  /** Whether its id was missing, unusable or already used earlier in the same file (it gets a new one). */
  needsNewId: boolean;
}

/** What a text held: plans to offer the user, and what was left out or changed and why. */
export type PlansReading = { ok: true; plans: IncomingPlan[]; notes: string[] } | { ok: false; message: string };

const CHOOSE_EXPORT = 'Choose the .json file you saved with “Export all plans”.';

/** How deeply brackets nest in JSON text (strings skipped), stopping early once past `limit`. */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return deepest;
}

/** "2.5 MB" / "800 kB". */
const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;

/** A dotted storage path as words: `input.interviewers.0.email` → "interviewer 1's email". */
export function fieldLabel(path: string): string {
  const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const parts = path.replace(/^input\./, '').split('.');
  const [section, index, field] = parts;
  if ((section === 'interviewers' || section === 'events') && index !== undefined && /^\d+$/.test(index)) {
    const row = `${section === 'interviewers' ? 'interviewer' : 'event'} ${Number(index) + 1}`;
    return field ? `${row}'s ${words(field)}` : row;
  }
  return parts.map(words).join(' ');
}

/** What kind of JSON value this is, in words. */
const kindOf = (value: unknown) =>
  value === null
    ? 'empty'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/** The entries of an export (a list of plans) or of stored data set aside (`{ id: plan }`), with their labels. */
function entriesOf(plans: unknown): Array<{ key: string | null; raw: unknown; label: string }> | null {
  if (Array.isArray(plans)) return (plans as unknown[]).map((raw, i) => ({ key: null, raw, label: `Plan ${i + 1}` }));
  if (typeof plans === 'object' && plans !== null) {
    return Object.entries(plans as Record<string, unknown>).map(([key, raw], i) => ({
      key,
      raw,
      label: `Plan ${i + 1}`,
    }));
  }
  return null;
}

/**
 * Reads untrusted text that should hold plans: an export file, or stored data
 * that was set aside (`{ version, plans: { id: plan } }`). `byteLength` is the
 * file's size when known (checked before anything is parsed). Never throws.
 */
export function readPlansText(text: string, byteLength = text.length): PlansReading {
  if (byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `This file is ${size(byteLength)}, far larger than a plans export (at most ${size(MAX_IMPORT_BYTES)}), so it was not read. ${CHOOSE_EXPORT}`,
    };
  }
  if (nestingDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    return {
      ok: false,
      message: `This file nests its data more than ${MAX_IMPORT_DEPTH} levels deep, which no plans export does, so it was not read. ${CHOOSE_EXPORT}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `This file is not a plans export: it is not JSON text. ${CHOOSE_EXPORT}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: `This file holds ${kindOf(data)}, not a plans export. ${CHOOSE_EXPORT}` };
  }
  const top = data as Record<string, unknown>;
  const reserved = Object.keys(top).find((key) => RESERVED_KEYS.has(key));
  if (reserved) {
    return {
      ok: false,
      message: `This file uses the name “${reserved}”, which a plans export never does, so it was not read (it could change how this page works). ${CHOOSE_EXPORT}`,
    };
  }
  const isExport = top['kind'] === FILE_KIND && Array.isArray(top['plans']);
  const isStored = top['kind'] === undefined && typeof top['plans'] === 'object' && !Array.isArray(top['plans']);
  const entries = isExport || isStored ? entriesOf(top['plans']) : null;
  if (!entries) {
    return { ok: false, message: `This file is JSON, but not a Follow Through plans export. ${CHOOSE_EXPORT}` };
  }
  const version = readVersion(top['version']);
  if (version === null) {
    return { ok: false, message: `This file has no format version Follow Through can read. ${CHOOSE_EXPORT}` };
  }
  if (version > STORAGE_VERSION) {
    return {
      ok: false,
      message: `This file was saved by a newer version of Follow Through (format ${version}; this page reads up to ${STORAGE_VERSION}). Reload the page to get the newest version, then import it again.`,
    };
  }
  if (entries.length === 0) return { ok: false, message: 'This export has no plans in it.' };

  const plans: IncomingPlan[] = [];
  const notes: string[] = [];
  const seen = new Map<string, { label: string; plan: SavedPlan }>();
  for (const { key, raw, label } of entries) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      notes.push(`${label} is ${kindOf(raw)}, not a plan, so it was left out.`);
      continue;
    }
    const reservedAt = (key !== null && RESERVED_KEYS.has(key) ? key : null) ?? reservedKeyIn(raw);
    if (reservedAt) {
      notes.push(`${label} uses the name “${reservedAt}”, which a plan never does, so it was left out.`);
      continue;
    }
    const ownId = key ?? (raw as { id?: unknown }).id;
    const usable = typeof ownId === 'string' && /^[\w.:-]{1,100}$/.test(ownId) && !RESERVED_KEYS.has(ownId);
    const read = readSavedPlan(migratePlan(raw as Record<string, unknown>, version), usable ? ownId : `${label}`);
    if (!read) continue;
    if (holdsNothing(read.plan)) {
      notes.push(`${label} has nothing filled in, so it was left out.`);
      continue;
    }
    const title = `${label} (“${planTitle(read.plan)}”)`;
    if (read.reset.length > 0) {
      const fields = read.reset.map(fieldLabel).join(', ');
      notes.push(
        `${title}: ${read.reset.length === 1 ? 'one answer' : `${read.reset.length} answers`} could not be read and will be blank (${fields}).`,
      );
    }
    const earlier = usable ? seen.get(ownId) : undefined;
    if (earlier && samePlan(earlier.plan, read.plan)) {
      notes.push(`${label} is the same as ${earlier.label.toLowerCase()}, so it is imported once.`);
      continue;
    }
    if (earlier) notes.push(`${title} has the same id as ${earlier.label.toLowerCase()}; both are imported.`);
    if (usable && !earlier) seen.set(ownId, { label, plan: read.plan });
    plans.push({ plan: read.plan, needsNewId: !usable || !!earlier });
  }
  if (plans.length === 0) {
    return { ok: false, message: `No plan in this file could be read. ${notes.join(' ')}`.trim() };
  }
  return { ok: true, plans, notes };
}

/** An incoming plan whose id is already saved here, with different data. */
export interface ImportConflict {
  /** The plan from the file. */
  incoming: SavedPlan;
  /** The plan saved here under the same id. */
  current: SavedPlan;
}

/** What an import would do, for the user to confirm. */
export interface ImportReview {
  /** Plans that would be added as they are (or with a new id). */
  fresh: IncomingPlan[];
  /** Plans whose id is saved here with other data: the user chooses to replace or keep both. */
  conflicts: ImportConflict[];
  /** Plans saved here already, exactly as in the file. */
  unchanged: SavedPlan[];
  /** What was left out or blanked while reading, one sentence each. */
  notes: string[];
}

/** Compares what was read with what is saved. */
export function reviewImport(state: PlansState, reading: Extract<PlansReading, { ok: true }>): ImportReview {
  const review: ImportReview = { fresh: [], conflicts: [], unchanged: [], notes: reading.notes };
  for (const incoming of reading.plans) {
    const current = incoming.needsNewId ? undefined : state.plans[incoming.plan.id];
    if (!current) review.fresh.push(incoming);
    else if (samePlan(current, incoming.plan)) review.unchanged.push(current);
    else review.conflicts.push({ incoming: incoming.plan, current });
  }
  return review;
}

/** What to do with plans whose id is already saved here. */
export type ConflictChoice = 'replace' | 'keep-both';

/**
 * A plan the planner made on its own (opening /plan/ with nothing saved) and
 * the user never touched: an import replaces it rather than leaving an empty
 * "Untitled interview" beside the imported plans.
 */
export function isUntouched(plan: SavedPlan): boolean {
  return plan.createdAt === plan.updatedAt && holdsNothing(plan);
}

/** A plan with nothing in it the user typed: no name, company, role, date, people, events or progress. */
export function holdsNothing(plan: SavedPlan): boolean {
  const { interview, interviewers, contact, events } = plan.input;
  return (
    plan.name.trim() === '' &&
    [interview.company, interview.role, interview.date, interview.time].every((v) => v.trim() === '') &&
    interviewers.every((p) => p.name.trim() === '' && p.email.trim() === '') &&
    contact === null &&
    events.length === 0 &&
    Object.keys(plan.statuses).length === 0 &&
    Object.keys(plan.drafts).length === 0
  );
}

/** The result of an import: the new state, the plan to open, and what to tell the user. */
export interface AppliedImport {
  /** The state with the import applied (the input state is not changed). */
  state: PlansState;
  /** The first plan added or replaced, to open; null when nothing changed. */
  open: string | null;
  /** One sentence: what was added, replaced or already here. */
  message: string;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/**
 * Applies a reviewed import: fresh plans are added (a new id where needed),
 * conflicts are replaced or kept beside the current plan as a copy, and a
 * blank plan the user never touched is removed. Pure: `makeId` gives new ids.
 */
export function applyImport(
  state: PlansState,
  review: ImportReview,
  choice: ConflictChoice,
  makeId: () => string,
): AppliedImport {
  const plans = planRecord(Object.entries(state.plans));
  const touched: string[] = [];
  for (const { plan, needsNewId } of review.fresh) {
    const id = needsNewId || plan.id in plans ? makeId() : plan.id;
    plans[id] = { ...plan, id };
    touched.push(id);
  }
  for (const { incoming } of review.conflicts) {
    const id = choice === 'replace' ? incoming.id : makeId();
    plans[id] = { ...incoming, id };
    touched.push(id);
  }
  if (touched.length > 0) {
    for (const [id, plan] of Object.entries(plans)) if (!touched.includes(id) && isUntouched(plan)) delete plans[id];
  }
  const added = review.fresh.length + (choice === 'keep-both' ? review.conflicts.length : 0);
  const replaced = choice === 'replace' ? review.conflicts.length : 0;
  const parts = [
    added > 0 ? `added ${count(added, 'plan', 'plans')}` : '',
    replaced > 0 ? `replaced ${count(replaced, 'plan', 'plans')}` : '',
  ].filter(Boolean);
  const same = review.unchanged.length;
  const sameText = same > 0 ? `${count(same, 'plan was', 'plans were')} already here.` : '';
  const message =
    parts.length > 0
      ? `Import done: ${parts.join(' and ')}.${sameText ? ` ${sameText}` : ''}`
      : sameText || 'Nothing to import.';
  return { state: { ...emptyState(), plans }, open: touched[0] ?? null, message };
}
