/**
 * Pure edits the plan screen makes to a saved plan: events recorded, steps
 * marked done or skipped, a draft's tone and the user's edits. Apart from
 * plan-records.ts so the wizard's first screen does not load them.
 */
import { blankEventFields, type EventInput, type EventKind, type FactsInput } from '../facts-input.ts';
import type { SavedPlan, StepLog, StepStatus } from './saved-plans.ts';

/** An event as the "what happened" form holds it before it is recorded. */
export type EventDraft = Omit<EventInput, 'id' | 'kind'>;

/** The "what happened" form before anything is chosen or typed. */
export function blankEventDraft(): { kind: EventKind | '' } & EventDraft {
  return { kind: '', ...blankEventFields() };
}

/** The form with one more event recorded. */
export function addEvent(input: FactsInput, id: string, kind: EventKind | '', draft: EventDraft): FactsInput {
  // Each kind keeps only its own fields, whatever was typed before the kind changed.
  const { deadline, otherEmployer, mentionOther, askFeedback, offerVia, answerBy, ...rest } = draft;
  const offer = kind === 'another-offer' ? { deadline, otherEmployer, mentionOther: mentionOther ?? false } : {};
  const feedback = kind === 'rejected' && askFeedback ? { askFeedback } : {};
  // A blank "how it came" is kept so the form asks for it.
  const own = kind === 'offer' ? { offerVia: offerVia ?? '', answerBy: answerBy ?? '' } : {};
  return { ...input, events: [...input.events, { ...rest, ...offer, ...feedback, ...own, id, kind }] };
}

/** The form without one event (to undo a mistaken record). */
export function removeEvent(input: FactsInput, id: string): FactsInput {
  return { ...input, events: input.events.filter((e) => e.id !== id) };
}

/** A copy of `record` with `key` set to `value`, or removed with null. */
function withEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
  value: T | null,
): Record<string, T> {
  const copy = { ...record };
  if (value === null) delete copy[key];
  else copy[key] = value;
  return copy;
}

/**
 * A step marked done or skipped, or (null) back to "to do". A step done gets
 * its log (what, when, how); back to "to do" or skipped, its log goes.
 */
export function withStatus(
  plan: SavedPlan,
  stepId: string,
  status: StepStatus | null,
  nowIso: string,
  log: StepLog | null = null,
): SavedPlan {
  const statuses = withEntry(plan.statuses, stepId, status);
  const logged = withEntry(plan.log, stepId, status === 'done' ? log : null);
  return { ...plan, statuses, log: logged, updatedAt: nowIso };
}

/** A done step's log replaced (the step stays done). */
export function withLog(plan: SavedPlan, stepId: string, log: StepLog, nowIso: string): SavedPlan {
  return { ...plan, log: withEntry(plan.log, stepId, log), updatedAt: nowIso };
}

/** A step moved to an instant (ISO 8601), or (null) back where the plan puts it. */
export function withMove(plan: SavedPlan, stepId: string, at: string | null, nowIso: string): SavedPlan {
  return { ...plan, moves: withEntry(plan.moves, stepId, at), updatedAt: nowIso };
}

/** A draft's edited text kept (or, with null, the edit dropped so the template shows again). */
export function withDraftEdit(plan: SavedPlan, key: string, value: string | null, nowIso: string): SavedPlan {
  const drafts = { ...plan.drafts };
  if (value === null) delete drafts[key];
  else drafts[key] = value;
  return { ...plan, drafts, updatedAt: nowIso };
}
