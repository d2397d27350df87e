/**
 * The wizard: which screen is shown (saved with the plan), the field edits,
 * and validation through the engine when the user moves on — errors for the
 * screen's own fields only, never touching what was typed.
 */
import { atom, computed } from 'nanostores';
import type { FactsInput, InterviewerInput } from '../domain/facts-input.ts';
import type { FieldError, ValidationResult } from '../domain/validate-facts.ts';
import {
  addInterviewerTo,
  moveInterviewerIn,
  removeInterviewerFrom,
  setContactField,
  setField,
  setInterviewerField,
  toggleContact,
  withInput,
  withStep,
  type Section,
} from '../domain/ui/plan-records.ts';
import { attentionMessage, errorsForStep, firstStepWithErrors, PLAN_STEP } from '../domain/ui/wizard-steps.ts';
import { $now } from './clock.ts';
import { $activePlan, $activePlanId, makeId, updateActivePlan } from './plans.ts';

/** The screen the open plan is on (0-based; the last one is the plan). */
export const $wizardStep = computed($activePlan, (plan) => plan?.step ?? 0);

/** Errors shown on the current screen (empty until the user tries to move on). */
export const $stepErrors = atom<FieldError[]>([]);

/**
 * Clears the errors shown, if any. Setting an empty list again would still be
 * a change: every field would recompute its error wiring (a third of the task
 * that opens the plan, in a profile).
 */
function clearErrors(): void {
  if ($stepErrors.get().length > 0) $stepErrors.set([]);
}

// Another plan's screen starts without the old plan's errors.
$activePlanId.listen(clearErrors);

/** What the polite live region says about errors ("2 fields need attention."). */
export const $attention = computed($stepErrors, (errors) => attentionMessage(errors.length));

// The engine's validation (and its schema library) loads on the first Next, not with the page.
let validator: Promise<typeof import('../domain/validate-facts.ts')> | undefined;

/** The engine's verdict on the open plan's answers (null when no plan is open). */
async function validateOpenPlan(): Promise<ValidationResult | null> {
  validator ??= import('../domain/validate-facts.ts');
  const { validateFacts } = await validator;
  const plan = $activePlan.get();
  return plan ? validateFacts(plan.input, { now: $now.get() }) : null;
}

async function errorsOn(step: number): Promise<FieldError[]> {
  const result = await validateOpenPlan();
  return !result || result.ok ? [] : errorsForStep(result.errors, step);
}

/** Shows another screen (no validation: going back or jumping never blocks). */
export function goToStep(step: number): void {
  clearErrors();
  updateActivePlan((plan) => withStep(plan, step));
}

/**
 * Moves on if this screen's fields are valid; otherwise shows its errors and
 * returns false. Reaching the plan also needs the earlier screens valid: the
 * first one with errors is shown instead.
 */
export async function nextStep(): Promise<boolean> {
  const step = $wizardStep.get();
  const result = await validateOpenPlan();
  const errors = result && !result.ok ? result.errors : [];
  const here = errorsForStep(errors, step);
  if (here.length > 0) {
    $stepErrors.set(here);
    return false;
  }
  const first = step + 1 === PLAN_STEP ? firstStepWithErrors(errors) : null;
  if (first !== null) {
    updateActivePlan((p) => withStep(p, first));
    $stepErrors.set(errorsForStep(errors, first));
    return false;
  }
  goToStep(step + 1);
  return true;
}

/** A step the page was asked to show (a link from the agenda or a calendar event), until it is shown. */
export const $stepFocus = atom<string | null>(null);

/** Opens the plan screen at one step of the open plan, its drafts showing. */
export function showStep(stepId: string): void {
  $stepFocus.set(stepId);
  goToStep(PLAN_STEP);
}

/** The asked-for step is on screen: later renders open as usual. */
export function stepShown(): void {
  $stepFocus.set(null);
}

/** Goes back one screen. */
export function previousStep(): void {
  goToStep($wizardStep.get() - 1);
}

let revision = 0;
/** Applies a change to the open plan's answers (and refreshes the errors shown, if any). */
export function edit(change: (input: FactsInput) => FactsInput): void {
  updateActivePlan((plan, now) => withInput(plan, change(plan.input), now));
  // Once errors are showing, keep them current as the user fixes them (latest edit wins).
  if ($stepErrors.get().length === 0) return;
  const mine = ++revision;
  const step = $wizardStep.get();
  void errorsOn(step).then((errors) => {
    if (mine === revision && $stepErrors.get().length > 0) $stepErrors.set(errors);
  });
}

/** Changes one field of the interview, what was said, the user's read, or the notes. */
export function updateField<S extends Section, K extends keyof FactsInput[S]>(
  section: S,
  key: K,
  value: FactsInput[S][K],
): void {
  edit((input) => setField(input, section, key, value));
}

/** Adds a blank interviewer and returns its id (for focusing its name field). */
export function addInterviewer(): string {
  const id = makeId();
  edit((input) => addInterviewerTo(input, id));
  return id;
}

/** Changes one interviewer's name, title, email or LinkedIn agreement. */
export function updateInterviewer<K extends Exclude<keyof InterviewerInput, 'id'>>(
  id: string,
  key: K,
  value: FactsInput['interviewers'][number][K],
): void {
  edit((input) => setInterviewerField(input, id, key, value));
}

/** Moves an interviewer up or down the list (the plan keeps this order). */
export function moveInterviewer(id: string, by: -1 | 1): void {
  edit((input) => moveInterviewerIn(input, id, by));
}

/** Removes an interviewer. */
export function removeInterviewer(id: string): void {
  edit((input) => removeInterviewerFrom(input, id));
}

/** Says whether a recruiter or contact helped (removing drops their details). */
export function setHasContact(on: boolean): void {
  edit((input) => toggleContact(input, on));
}

/** Changes one field of the helping contact. */
export function updateContact(key: 'name' | 'role' | 'email', value: string): void {
  edit((input) => setContactField(input, key, value));
}
