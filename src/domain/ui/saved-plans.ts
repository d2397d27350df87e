/**
 * What the planner keeps in the browser: every saved interview ("plan") with
 * the form as typed, the wizard step, which steps are done or skipped and any
 * draft the user edited, in one versioned envelope. The shapes and the few
 * helpers every page needs; reading stored or imported data through the
 * schema is read-plans.ts, loaded only when there is data to read.
 */
import type { FactsInput, Tone } from '../facts-input.ts';
import type { StepChannel } from '../plan/types.ts';

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
  /** Step id → which wording its draft panel shows, from 0; absent in plans saved before wordings (and for the first). */
  draftWordings?: Record<string, number>;
  /** Step id → the moment the user moved the step to (an instant, ISO 8601); absent in plans saved before moves. */
  moves?: Record<string, string>;
  /** Step id → what the user recorded when they did it; absent in plans saved before the log. */
  log?: Record<string, StepLog>;
}

/** What came back after a step: nothing yet, a reply, or a new date to wait for. */
export const REPLY_KINDS = ['none', 'replied', 'new-date'] as const;

/** What came back after a step. */
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** What the user recorded about a step they did. */
export interface StepLog {
  /** When they did it (an instant, ISO 8601). */
  at: string;
  /** How it went out. */
  channel: StepChannel;
  /** Their note, exactly as typed ('' for none): "left a voicemail". */
  note: string;
  /** What came back. */
  reply: ReplyKind;
  /** With `new-date`: the date they gave (`YYYY-MM-DD`); '' otherwise. */
  newDate: string;
}

/** The stored envelope. */
export interface PlansState {
  /** Always `STORAGE_VERSION` once read. */
  version: typeof STORAGE_VERSION;
  /** Plan id → plan, on an object with no prototype (an id can never reach Object.prototype). */
  plans: Record<string, SavedPlan>;
}

/** Why stored data could not be used: not JSON or not ours, or written by a newer version of the site. */
export type ReadProblem = 'unreadable' | 'newer';

/** A plans record with no prototype, so no id (`__proto__`, say) can reach or replace Object.prototype. */
export function planRecord(entries: Iterable<readonly [string, SavedPlan]> = []): Record<string, SavedPlan> {
  const record = Object.create(null) as Record<string, SavedPlan>;
  for (const [id, plan] of entries) record[id] = plan;
  return record;
}

/** No plans yet. */
export function emptyState(): PlansState {
  return { version: STORAGE_VERSION, plans: planRecord() };
}

/** Keys that mean something to JavaScript objects; data that uses them is never trusted. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Canonical JSON (keys sorted), to tell whether two values hold the same data. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) =>
    typeof val === 'object' && val !== null && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b)))
      : val,
  );
}

/** Whether two plans hold the same data (ids included), whatever order their fields were written in. */
export function samePlan(a: SavedPlan, b: SavedPlan): boolean {
  return canonical(a) === canonical(b);
}

/** Serialises the state for storage. */
export function encodeState(state: PlansState): string {
  return JSON.stringify(state);
}
