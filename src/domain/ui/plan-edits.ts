/**
 * Pure edits the plan screen makes to a saved plan: events recorded, steps
 * marked done or skipped, a draft's tone and the user's edits. Apart from
 * plan-records.ts so the wizard's first screen does not load them.
 */
import type { EventInput, EventKind, FactsInput, Tone } from '../facts-input.ts';
import type { SavedPlan, StepStatus } from './saved-plans.ts';

/** An event as the "what happened" form holds it before it is recorded. */
export type EventDraft = Omit<EventInput, 'id' | 'kind'>;

/** The form with one more event recorded. */
export function addEvent(input: FactsInput, id: string, kind: EventKind | '', draft: EventDraft): FactsInput {
  return { ...input, events: [...input.events, { ...draft, id, kind }] };
}

/** The form without one event (to undo a mistaken record). */
export function removeEvent(input: FactsInput, id: string): FactsInput {
  return { ...input, events: input.events.filter((e) => e.id !== id) };
}

/** A step marked done or skipped, or (null) back to "to do". */
export function withStatus(plan: SavedPlan, stepId: string, status: StepStatus | null, nowIso: string): SavedPlan {
  const statuses = { ...plan.statuses };
  if (status) statuses[stepId] = status;
  else delete statuses[stepId];
  return { ...plan, statuses, updatedAt: nowIso };
}

/** A draft's edited text kept (or, with null, the edit dropped so the template shows again). */
export function withDraftEdit(plan: SavedPlan, key: string, value: string | null, nowIso: string): SavedPlan {
  const drafts = { ...plan.drafts };
  if (value === null) delete drafts[key];
  else drafts[key] = value;
  return { ...plan, drafts, updatedAt: nowIso };
}

/** One step's drafts switched to another tone. */
export function withDraftTone(plan: SavedPlan, stepId: string, tone: Tone, nowIso: string): SavedPlan {
  return { ...plan, draftTones: { ...plan.draftTones, [stepId]: tone }, updatedAt: nowIso };
}
