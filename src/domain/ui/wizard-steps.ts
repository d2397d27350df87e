/**
 * The wizard's screens and how validation errors map onto them: which form
 * sections each screen owns, the DOM id of the field behind an error path, and
 * the sentence a screen reader hears when a screen has errors.
 */
import type { FieldError } from '../validate-facts.ts';

/** One wizard screen. */
export interface WizardStep {
  /** Stable id, also used in headings' ids. */
  id: 'interview' | 'people' | 'said' | 'notes' | 'plan';
  /** Heading and progress label. */
  title: string;
  /** Top-level input sections whose errors belong to this screen. */
  sections: readonly string[];
}

/** The screens, in order; the last one shows the plan. */
export const WIZARD_STEPS: readonly WizardStep[] = [
  { id: 'interview', title: 'The interview', sections: ['interview', 'away'] },
  { id: 'people', title: 'Who you met', sections: ['interviewers', 'contact'] },
  { id: 'said', title: 'What was said', sections: ['decision', 'read'] },
  { id: 'notes', title: 'What to say', sections: ['notes'] },
  { id: 'plan', title: 'Your plan', sections: [] },
];

/** Index of the plan screen. */
export const PLAN_STEP = WIZARD_STEPS.length - 1;

/** Keeps a step index inside the wizard. */
export function clampStep(step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), PLAN_STEP) : 0;
}

/** The screen an error path belongs to (`interviewers.0.email` → 1), or null for paths no screen shows. */
export function stepOfPath(path: string): number | null {
  const section = path.split('.')[0] ?? '';
  const index = WIZARD_STEPS.findIndex((step) => step.sections.includes(section));
  return index === -1 ? null : index;
}

/** The errors that belong to one screen, in the order given. */
export function errorsForStep(errors: readonly FieldError[], step: number): FieldError[] {
  return errors.filter((error) => stepOfPath(error.path) === step);
}

/** The first screen that has an error, or null. */
export function firstStepWithErrors(errors: readonly FieldError[]): number | null {
  const steps = errors.map((e) => stepOfPath(e.path)).filter((s): s is number => s !== null);
  return steps.length === 0 ? null : Math.min(...steps);
}

/** The DOM id of the field for a form path: `interviewers.0.email` → `f-interviewers-0-email`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The id of the message shown under a field. */
export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** What the live region says after a failed Next: "1 field needs attention", "2 fields need attention". */
export function attentionMessage(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '1 field needs attention.' : `${count} fields need attention.`;
}

/** "Step 2 of 5", for the progress indicator and the heading's context. */
export function stepCounter(step: number): string {
  return `Step ${clampStep(step) + 1} of ${WIZARD_STEPS.length}`;
}
