/**
 * What the planner keeps in the browser: every saved interview ("plan") with
 * the form as typed, the wizard step, which steps are done or skipped and any
 * draft the user edited. Stored as one versioned JSON envelope, so older data
 * can be migrated and unreadable data recognised instead of crashing the page.
 */
import {
  CHANNELS,
  DECISION_KINDS,
  EVENT_KINDS,
  FORMATS,
  INTEREST,
  STAGES,
  TONES,
  WENT,
  type ContactInput,
  type EventInput,
  type FactsInput,
  type InterviewerInput,
  type Tone,
} from '../facts-input.ts';
import { clampStep } from './wizard-steps.ts';

/** The envelope version this code writes. Bump it and add a migration when the shape changes. */
export const STORAGE_VERSION = 2;

/** What the user decided about one planned step. */
export type StepStatus = 'done' | 'skipped';

/** One saved interview. */
export interface SavedPlan {
  /** Stable id (a UUID or similar), also the key in the envelope. */
  id: string;
  /** The name the user gave it; empty means "name it after the company and role". */
  name: string;
  /** When it was created (ISO 8601), for a stable list order. */
  createdAt: string;
  /** When it last changed (ISO 8601). */
  updatedAt: string;
  /** The wizard screen the user was on (0-based), so a reload returns there. */
  step: number;
  /** The form, exactly as typed. */
  input: FactsInput;
  /** Step id → done or skipped; steps not listed are still to do. */
  statuses: Record<string, StepStatus>;
  /** Draft key → the user's edited text, so edits survive a reload. */
  drafts: Record<string, string>;
  /** Step id → the tone chosen in that step's draft panel (absent: the plan's tone). */
  draftTones: Record<string, Tone>;
}

/** The stored envelope. */
export interface PlansState {
  /** Always `STORAGE_VERSION` once read. */
  version: typeof STORAGE_VERSION;
  /** Plan id → plan. */
  plans: Record<string, SavedPlan>;
}

/** Why stored data could not be used: not JSON or not ours, or written by a newer version of the site. */
export type ReadProblem = 'unreadable' | 'newer';

/** The result of reading stored data: usable state, plus the problem when it had to start fresh. */
export interface ReadResult {
  /** The state to use (empty when there was a problem). */
  state: PlansState;
  /** Null when the data was read (and migrated if needed). */
  problem: ReadProblem | null;
}

/** No plans yet. */
export function emptyState(): PlansState {
  return { version: STORAGE_VERSION, plans: {} };
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : fallback;
const flag = (value: unknown): boolean => value === true;
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const orBlank = <T extends string>(value: unknown, allowed: readonly T[]): T | '' => oneOf<T | ''>(value, allowed, '');

function readInterviewer(raw: unknown, index: number): InterviewerInput {
  const r = isObject(raw) ? raw : {};
  return {
    id: text(r['id']) || `interviewer-${index + 1}`,
    name: text(r['name']),
    title: text(r['title']),
    email: text(r['email']),
    linkedIn: flag(r['linkedIn']),
  };
}

function readContact(raw: unknown): ContactInput | null {
  if (!isObject(raw)) return null;
  return { name: text(raw['name']), role: text(raw['role']), email: text(raw['email']) };
}

function readEvent(raw: unknown, index: number): EventInput {
  const r = isObject(raw) ? raw : {};
  return {
    id: text(r['id']) || `event-${index + 1}`,
    kind: orBlank(r['kind'], EVENT_KINDS),
    date: text(r['date']),
    time: text(r['time']),
    durationMinutes: text(r['durationMinutes']),
    stage: orBlank(r['stage'], STAGES),
  };
}

/**
 * Any stored or imported form, coerced field by field into `FactsInput`:
 * strings stay exactly as typed, unknown choices become "not chosen", missing
 * parts become blank. Never throws, so one odd field never costs the rest.
 */
export function readFactsInput(raw: unknown): FactsInput {
  const r = isObject(raw) ? raw : {};
  const interview = isObject(r['interview']) ? r['interview'] : {};
  const decision = isObject(r['decision']) ? r['decision'] : {};
  const read = isObject(r['read']) ? r['read'] : {};
  const notes = isObject(r['notes']) ? r['notes'] : {};
  const interviewers = Array.isArray(r['interviewers']) ? r['interviewers'] : [{}];
  const events = Array.isArray(r['events']) ? r['events'] : [];
  return {
    interview: {
      date: text(interview['date']),
      time: text(interview['time']),
      durationMinutes: text(interview['durationMinutes']),
      timeZone: text(interview['timeZone']),
      format: orBlank(interview['format'], FORMATS),
      stage: orBlank(interview['stage'], STAGES),
      company: text(interview['company']),
      role: text(interview['role']),
    },
    interviewers: interviewers.map(readInterviewer),
    contact: readContact(r['contact']),
    decision: {
      kind: oneOf(decision['kind'], DECISION_KINDS, 'none'),
      date: text(decision['date']),
      nextStepsExplained: flag(decision['nextStepsExplained']),
    },
    read: { went: orBlank(read['went'], WENT), interest: orBlank(read['interest'], INTEREST) },
    notes: {
      strengths: text(notes['strengths']),
      correction: text(notes['correction']),
      question: text(notes['question']),
      channel: oneOf(notes['channel'], CHANNELS, 'email'),
      tone: oneOf(notes['tone'], TONES, 'warm'),
      userName: text(notes['userName']),
    },
    events: events.map(readEvent),
  };
}

const readStringRecord = <T extends string>(raw: unknown, allowed?: readonly T[]): Record<string, T> => {
  const out: Record<string, T> = {};
  if (!isObject(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && (!allowed || allowed.includes(value as T))) out[key] = value as T;
  }
  return out;
};

/** One stored or imported plan, coerced into `SavedPlan` (null when it is not a plan at all). */
export function readSavedPlan(raw: unknown, fallbackId: string): SavedPlan | null {
  if (!isObject(raw)) return null;
  return {
    id: text(raw['id']) || fallbackId,
    name: text(raw['name']),
    createdAt: text(raw['createdAt']),
    updatedAt: text(raw['updatedAt']),
    step: clampStep(typeof raw['step'] === 'number' ? raw['step'] : 0),
    input: readFactsInput(raw['input']),
    statuses: readStringRecord<StepStatus>(raw['statuses'], ['done', 'skipped']),
    drafts: readStringRecord<string>(raw['drafts']),
    draftTones: readStringRecord<Tone>(raw['draftTones'], TONES),
  };
}

/**
 * Version 1 (the first public shape) kept each plan's form under `facts` and
 * step progress as two lists, `done` and `skipped`.
 */
function migrateV1(plans: Raw): Raw {
  const out: Raw = {};
  for (const [id, value] of Object.entries(plans)) {
    if (!isObject(value)) continue;
    const { facts, done, skipped, ...rest } = value;
    const statuses: Record<string, StepStatus> = {};
    for (const stepId of Array.isArray(skipped) ? skipped : [])
      if (typeof stepId === 'string') statuses[stepId] = 'skipped';
    for (const stepId of Array.isArray(done) ? done : []) if (typeof stepId === 'string') statuses[stepId] = 'done';
    out[id] = { ...rest, input: facts, statuses, drafts: {} };
  }
  return out;
}

/** Migrations by the version they upgrade from. */
const MIGRATIONS: Record<number, (plans: Raw) => Raw> = { 1: migrateV1 };

/**
 * Turns any parsed envelope into the current state: older versions are
 * migrated step by step, plans are coerced; anything that is not our envelope
 * (or is from a newer version this code cannot understand) is a problem.
 */
export function migrateState(raw: unknown): ReadResult {
  const fail = (problem: ReadProblem): ReadResult => ({ state: emptyState(), problem });
  if (!isObject(raw) || !isObject(raw['plans'])) return fail('unreadable');
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('unreadable');
  if (version > STORAGE_VERSION) return fail('newer');
  let plans: Raw = raw['plans'];
  for (let v = version; v < STORAGE_VERSION; v += 1) plans = MIGRATIONS[v]?.(plans) ?? plans;
  const state = emptyState();
  for (const [key, value] of Object.entries(plans)) {
    const plan = readSavedPlan(value, key);
    if (plan) state.plans[key] = { ...plan, id: key };
  }
  return { state, problem: null };
}

/** Reads the stored string: JSON that is not ours is reported, never thrown. */
export function decodeState(stored: string): ReadResult {
  try {
    return migrateState(JSON.parse(stored));
  } catch {
    return { state: emptyState(), problem: 'unreadable' };
  }
}

/** Serialises the state for storage. */
export function encodeState(state: PlansState): string {
  return JSON.stringify(state);
}
