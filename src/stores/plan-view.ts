/**
 * The plan the user acts on: validated facts and the engine's plan for the
 * open interview, the next step due, step statuses, recorded events, and the
 * drafts' tone and edits. Every decision is the engine's; this only wires it.
 */
import { atom, computed } from 'nanostores';
import type { EventKind, InterviewerInput } from '../domain/facts-input.ts';
import { buildPlan } from '../domain/plan/build-plan.ts';
import { nextDueStep } from '../domain/plan/progress.ts';
import { moveValue } from '../domain/plan/moves.ts';
import type { Plan, StepStatus } from '../domain/plan/types.ts';
import type { Moment } from '../domain/time/zoned.ts';
import { errorsUnder, validateFacts, type FieldError } from '../domain/validate-facts.ts';
import { planTitle, withInput } from '../domain/ui/plan-records.ts';
import {
  addEvent,
  removeEvent,
  withDraftEdit,
  withLog,
  withMove,
  withStatus,
  blankEventDraft,
  type EventDraft,
} from '../domain/ui/plan-edits.ts';
import { addPerson, editPerson, latestPeople, removePerson } from '../domain/ui/round-people.ts';
import { afterStepAction, type ActionOutcome } from '../domain/ui/step-actions.ts';
import { catchUpMoves, replanned } from '../domain/ui/replan.ts';
import type { SavedPlan, StepLog } from '../domain/ui/saved-plans.ts';
import { defaultLog } from '../domain/ui/step-log.ts';
import { formatDay } from '../domain/time/format.ts';
import { $now, locale } from './clock.ts';
import { updateSummaries } from '../domain/ui/next-up.ts';
import { $activePlan, $activePlanId, $planList, $plans, makeId, putPlan, updateActivePlan } from './plans.ts';
import { $nextUpSummaries } from './next-up.ts';
import { $holidayData, $zoneRegions, holidaysFor, requestHolidays } from './holidays.ts';
import type { HolidayNeed } from '../domain/holidays/loading.ts';

/** The engine's verdict on the open plan's form. */
export const $validation = computed([$activePlan, $now], (plan, now) =>
  plan ? validateFacts(plan.input, { now }) : null,
);

/** Whose public holidays the open plan needs: the region picked, or the one their time zone suggests. */
const $holidayNeed = computed($validation, (result): HolidayNeed | null =>
  result?.ok ? { picked: result.facts.interview.region, theirZone: result.facts.interview.theirTimeZone } : null,
);

/** The open plan's holiday data as far as it has loaded. */
const $holidays = computed([$holidayNeed, $holidayData], (need) => (need ? holidaysFor(need) : null));

// Fetch the zone map and the region's table as soon as a plan needs them.
computed([$holidayNeed, $zoneRegions], (need, zones) => need && { need, zones }).subscribe((wanted) => {
  if (wanted) requestHolidays(wanted.need);
});

/** Saved statuses of the open plan's steps. */
export const $statuses = computed($activePlan, (plan) => plan?.statuses ?? {});

/**
 * The open plan's follow-up plan, or null while the form has errors or its
 * holidays are loading. Steps marked done stay as history when an event
 * cancels or rewrites the rest.
 */
export const $plan = computed(
  [$validation, $now, $holidays, $activePlan],
  (result, now, holidays, saved): Plan | null =>
    result?.ok && holidays && holidays !== 'loading'
      ? buildPlan(result.facts, { now, holidays, moves: saved?.moves ?? {}, statuses: saved?.statuses ?? {} })
      : null,
);

/** True while the answers are fine but the public holidays the plan needs are still on their way. */
export const $planLoading = computed(
  [$validation, $holidays],
  (result, holidays) => !!result?.ok && holidays === 'loading',
);

/** The first step neither done nor skipped, with its timing. */
export const $nextUp = computed([$plan, $statuses, $now], (plan, statuses, now) =>
  plan ? nextDueStep(plan, statuses, now) : null,
);

/** Marks a step done or skipped, or (null) back to to-do. */
export function markStep(stepId: string, status: StepStatus | null): void {
  updateActivePlan((plan, now) => withStatus(plan, stepId, status, now));
}

/** The sentence the plan's live region says last (a counter makes a repeated sentence heard again). */
export const $announcement = atom<{ text: string; count: number }>({ text: '', count: 0 });

/** Says something in the plan's live region. */
export function announce(text: string): void {
  $announcement.set({ text, count: $announcement.get().count + 1 });
}

/**
 * Marks a step done, skipped or back to to-do, announces the change, and
 * returns the step whose heading should take focus (null: nothing left to do).
 */
export function actOnStep(stepId: string, action: 'done' | 'skipped' | 'undo'): ActionOutcome | null {
  const step = $plan.get()?.steps.find((s) => s.id === stepId);
  if (!step) return null;
  const log = action === 'done' ? defaultLog(step, Date.now()) : null;
  updateActivePlan((p, now) => withStatus(p, stepId, action === 'undo' ? null : action, now, log));
  const plan = $plan.get();
  const outcome = afterStepAction(action, step, plan?.steps ?? [], $statuses.get(), { locale });
  announce(outcome.message);
  return outcome;
}

/**
 * Moves a step of a saved plan to `moment` (a Moment, or an instant in ISO
 * 8601), or with null puts it back where the plan puts it; the steps timed
 * from it follow (see domain/plan/moves.ts). On the open plan it announces
 * the change, with any rule the new moment breaks, and returns the step
 * whose heading should take focus.
 */
export function moveStep(planId: string, stepId: string, moment: Moment | string | null): ActionOutcome | null {
  const saved = $plans.get().plans[planId];
  if (!saved) return null;
  const at = moment === null ? null : typeof moment === 'string' ? new Date(moment).toISOString() : moveValue(moment);
  const open = $activePlanId.get() === planId;
  const before = open ? ($plan.get()?.steps ?? []) : [];
  putPlan(planId, withMove(saved, stepId, at, new Date().toISOString()));
  const plan = open ? $plan.get() : null;
  const step = plan?.steps.find((s) => s.id === stepId);
  if (!plan || !step) return null;
  const followed = plan.steps.filter(
    (s) => s.id !== stepId && s.recommended.iso !== before.find((b) => b.id === s.id)?.recommended.iso,
  ).length;
  const outcome = afterStepAction(at ? 'moved' : 'reset', step, plan.steps, $statuses.get(), { locale, followed });
  announce(outcome.message);
  return outcome;
}

/** Keeps what the user logged about a done step (when, how, a note, what came back) and says so. */
export function saveLog(stepId: string, log: StepLog): void {
  const step = $plan.get()?.steps.find((s) => s.id === stepId);
  updateActivePlan((plan, now) => withLog(plan, stepId, log, now));
  if (step) announce(`Saved what you did for “${step.title}”.`);
}

/**
 * Re-plans the open plan from the date a reply to `stepId` gave: it becomes
 * the decision date (checked like any answer), and check-ins already done
 * stay where they were logged. Returns what it did, or why it could not.
 */
export function replanFrom(stepId: string): { ok: boolean; message: string } {
  const saved = $activePlan.get();
  const plan = $plan.get();
  const date = saved?.log?.[stepId]?.newDate;
  if (!saved || !plan || !date) return { ok: false, message: 'There is no date to re-plan from.' };
  const next = replanned(saved, plan, date, new Date().toISOString());
  const result = validateFacts(next.input, { now: $now.get() });
  const problem = result.ok ? null : errorsUnder(result.errors, 'decision')[0];
  if (problem) return { ok: false, message: problem.message };
  updateActivePlan(() => next);
  const rebuilt = $plan.get();
  const extra = rebuilt ? catchUpMoves(rebuilt, next) : {};
  if (Object.keys(extra).length > 0)
    updateActivePlan((p, now) => ({ ...p, moves: { ...p.moves, ...extra }, updatedAt: now }));
  const message = `Re-planned from ${formatDay(date, locale)}: your check-ins now wait for their decision.`;
  announce(message);
  return { ok: true, message };
}

/** Marks a step done. */
export const markStepDone = (stepId: string): void => markStep(stepId, 'done');

/** Marks a step skipped. */
export const markStepSkipped = (stepId: string): void => markStep(stepId, 'skipped');

/** What the "what happened" form holds before it is recorded. */
export const $eventDraft = atom<{ kind: EventKind | '' } & EventDraft>(blankEventDraft());

/** Errors from the last attempt to record an event, with paths like `events.2.date`. */
export const $eventErrors = atom<FieldError[]>([]);

/** Changes one field of the event form; picking "another round" first lists the latest round's people. */
export function updateEventDraft(
  key: 'kind' | Exclude<keyof EventDraft, 'interviewers'>,
  value: string | boolean,
): void {
  const draft = { ...$eventDraft.get(), [key]: value };
  const saved = $activePlan.get();
  if (value === 'another-round' && !draft.interviewers && saved) draft.interviewers = latestPeople(saved.input);
  $eventDraft.set(draft);
}

/** Changes who the user will meet in the next round (keep, remove or add people); a no-op before that list exists. */
function updateRoundPeople(change: (people: InterviewerInput[]) => InterviewerInput[]): void {
  const draft = $eventDraft.get();
  if (draft.interviewers) $eventDraft.set({ ...draft, interviewers: change(draft.interviewers) });
}

/** Adds someone new to meet in the next round and returns their id. */
export function addRoundPerson(): string {
  const id = makeId();
  updateRoundPeople((people) => addPerson(people, id));
  return id;
}

/** Takes someone off the next round's list. */
export const removeRoundPerson = (id: string): void => updateRoundPeople((people) => removePerson(people, id));

/** Changes a name, job title or email on the next round's list. */
export const editRoundPerson = (id: string, key: 'name' | 'title' | 'email', value: string): void =>
  updateRoundPeople((people) => editPerson(people, id, key, value));

/**
 * Adds what happened to the plan's facts, if the engine accepts it; otherwise
 * keeps the form as typed and shows why. Returns whether it was recorded.
 */
export function recordEvent(): boolean {
  const plan = $activePlan.get();
  const { kind, interviewers, ...rest } = $eventDraft.get();
  if (!plan) return false;
  // The people belong to another round only; other events keep none.
  const draft = kind === 'another-round' && interviewers ? { ...rest, interviewers } : rest;
  const input = addEvent(plan.input, makeId(), kind, draft);
  const result = validateFacts(input, { now: $now.get() });
  const errors = result.ok ? [] : errorsUnder(result.errors, `events.${input.events.length - 1}`);
  $eventErrors.set(errors);
  if (errors.length > 0) return false;
  updateActivePlan((p, now) => withInput(p, input, now));
  $eventDraft.set(blankEventDraft());
  return true;
}

/** Removes a recorded event (the plan goes back to how it was). */
export function forgetEvent(id: string): void {
  updateActivePlan((plan, now) => withInput(plan, removeEvent(plan.input, id), now));
}

/** Keeps the user's edit of a draft (null: back to the template). */
export function editDraft(key: string, text: string | null): void {
  updateActivePlan((plan, now) => withDraftEdit(plan, key, text, now));
}

// Keep the home page's "next up" for the open plan in step with its plan.
function syncNextUp(): void {
  const plan = $activePlan.get();
  if (!plan) return;
  const current = $nextUpSummaries.get();
  const titles = Object.fromEntries($planList.get().map((p) => [p.id, planTitle(p)]));
  const updated = updateSummaries(current, titles, { planId: plan.id, next: $nextUp.get()?.step ?? null });
  if (JSON.stringify(updated) !== JSON.stringify(current)) $nextUpSummaries.set(updated);
}
$nextUp.listen(syncNextUp);
syncNextUp();

/** What a calendar file needs from a saved plan to follow progress: statuses, the log, edited drafts, tones and wordings. */
export const progressOf = (saved: SavedPlan) => ({
  statuses: saved.statuses,
  log: saved.log ?? {},
  edits: saved.drafts,
  tones: saved.draftTones,
  wordings: saved.draftWordings ?? {},
});

/** The open plan as an .ics calendar (the calendar code loads only when asked for). */
export async function calendarFile(): Promise<string | null> {
  const plan = $plan.get();
  const saved = $activePlan.get();
  if (!plan || !saved) return null;
  const { toIcs } = await import('../domain/calendar/ics.ts');
  const siteUrl = typeof location === 'undefined' ? undefined : location.origin;
  return toIcs(plan, {
    planId: saved.id,
    revision: saved.updatedAt,
    ...(siteUrl ? { siteUrl } : {}),
    ...progressOf(saved),
  });
}
