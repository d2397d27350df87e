/**
 * Pure edits on saved plans, so the stores stay thin: a new plan with sensible
 * defaults, its display name, a copy for the next round, list order, and the
 * small immutable updates the wizard makes to the form.
 */
import { blankContact, blankInterviewer, emptyFacts, type FactsInput, type InterviewerInput } from '../facts-input.ts';
import type { PlansState, SavedPlan } from './saved-plans.ts';
import { clampStep } from './wizard-steps.ts';

/**
 * A fresh plan. Choices a quick pass can leave alone get a neutral default the
 * user can change (an in-person first interview of about 45 minutes, interest
 * kept, no verdict on how it went), and the time zone is the browser's.
 */
export function newPlan(id: string, nowIso: string, timeZone: string, interviewerId: string): SavedPlan {
  const input = emptyFacts(interviewerId);
  input.interview = { ...input.interview, timeZone, format: 'in-person', stage: 'first', durationMinutes: '45' };
  input.read = { went: 'unsure', interest: 'yes' };
  return freshPlan(id, '', input, nowIso);
}

/** A plan record at the first step with no progress, statuses or edited drafts yet (also the blank that stored data is read against). */
export function freshPlan(id: string, name: string, input: FactsInput, nowIso: string): SavedPlan {
  return {
    id,
    name,
    createdAt: nowIso,
    updatedAt: nowIso,
    step: 0,
    input,
    statuses: {},
    drafts: {},
    draftTones: {},
    moves: {},
    log: {},
    draftWordings: {},
  };
}

/** Longest plan name shown in lists; longer ones are cut with an ellipsis. */
export const TITLE_MAX = 80;

/** The plan's name in the list: what the user called it, else company and role, else a placeholder. */
export function planTitle(plan: SavedPlan): string {
  const parts = [plan.input.interview.company.trim(), plan.input.interview.role.trim()].filter(Boolean);
  const title = plan.name.trim() || parts.join(' · ') || 'Untitled interview';
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1).trimEnd()}…` : title;
}

/** Saved plans, oldest first (ties by id), so the list does not jump around. */
export function listPlans(state: PlansState): SavedPlan[] {
  return Object.values(state.plans).sort((a, b) =>
    a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * A copy for the next round with the same company: the people, the role and
 * the notes stay; the date, what was said, the events and the progress reset.
 */
export function nextRoundCopy(plan: SavedPlan, id: string, nowIso: string): SavedPlan {
  const source = plan.input;
  const input: FactsInput = {
    ...source,
    interview: {
      ...source.interview,
      date: '',
      time: '',
      stage: source.interview.stage === 'final' ? 'final' : 'later',
    },
    interviewers: source.interviewers.map((person) => ({ ...person })),
    contact: source.contact ? { ...source.contact } : null,
    decision: { kind: 'none', date: '', nextStepsExplained: false },
    read: { ...source.read, went: 'unsure' },
    notes: { ...source.notes },
    events: [],
  };
  return freshPlan(id, `${planTitle(plan)} (next round)`, input, nowIso);
}

/** The plan with a changed form, stamped as updated. */
export function withInput(plan: SavedPlan, input: FactsInput, nowIso: string): SavedPlan {
  return { ...plan, input, updatedAt: nowIso };
}

/** The form sections whose fields are edited one by one. */
export type Section = 'interview' | 'decision' | 'read' | 'notes';

/** One field of a section changed. */
export function setField<S extends Section, K extends keyof FactsInput[S]>(
  input: FactsInput,
  section: S,
  key: K,
  value: FactsInput[S][K],
): FactsInput {
  return { ...input, [section]: { ...input[section], [key]: value } };
}

/** Moves one item of a list to another position (out-of-range moves change nothing). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** Adds a blank interviewer at the end. */
export function addInterviewerTo(input: FactsInput, id: string): FactsInput {
  return { ...input, interviewers: [...input.interviewers, blankInterviewer(id)] };
}

/** Changes one interviewer's field. */
export function setInterviewerField<K extends Exclude<keyof InterviewerInput, 'id'>>(
  input: FactsInput,
  id: string,
  key: K,
  value: FactsInput['interviewers'][number][K],
): FactsInput {
  return { ...input, interviewers: input.interviewers.map((p) => (p.id === id ? { ...p, [key]: value } : p)) };
}

/** Removes one interviewer. */
export function removeInterviewerFrom(input: FactsInput, id: string): FactsInput {
  return { ...input, interviewers: input.interviewers.filter((p) => p.id !== id) };
}

/** Moves an interviewer up (-1) or down (+1). */
export function moveInterviewerIn(input: FactsInput, id: string, by: -1 | 1): FactsInput {
  const from = input.interviewers.findIndex((p) => p.id === id);
  return { ...input, interviewers: moveItem(input.interviewers, from, from + by) };
}

/** Adds (true) or removes (false) the helping contact; a removed contact's details are dropped. */
export function toggleContact(input: FactsInput, on: boolean): FactsInput {
  return { ...input, contact: on ? (input.contact ?? blankContact()) : null };
}

/** Changes one field of the helping contact (adding the contact if needed). */
export function setContactField(input: FactsInput, key: 'name' | 'role' | 'email', value: string): FactsInput {
  return { ...input, contact: { ...(input.contact ?? blankContact()), [key]: value } };
}

/** The plan on another wizard screen. */
export function withStep(plan: SavedPlan, step: number): SavedPlan {
  return { ...plan, step: clampStep(step) };
}
