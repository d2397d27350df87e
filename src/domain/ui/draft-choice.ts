/**
 * Switching a step's drafts to another tone or wording without losing the
 * user's words: an edit is never hidden or replaced silently. When the step
 * holds edits in the tone on show, switching asks first; replacing them keeps
 * a copy, so Undo brings back the edits and the tone and wording they were
 * written in.
 */
import type { Tone } from '../facts-input.ts';
import { TONE_LABELS } from './labels.ts';
import type { SavedPlan } from './saved-plans.ts';

/** The tone and wording a step's drafts show. */
export interface DraftChoice {
  /** The tone. */
  tone: Tone;
  /** Which of the tone's wordings, from 0. */
  wording: number;
}

/** What replacing a step's edits set aside, so Undo can put it back. */
export interface ReplacedDraft {
  /** The step. */
  stepId: string;
  /** The tone and wording the edits were written in. */
  from: DraftChoice;
  /** The edits, by draft key, exactly as the user left them. */
  edits: Record<string, string>;
}

/** The choice a saved plan holds for a step (the plan's own tone and the first wording when none). */
export function draftChoiceOf(plan: SavedPlan, stepId: string, planTone: Tone): DraftChoice {
  return { tone: plan.draftTones[stepId] ?? planTone, wording: plan.draftWordings?.[stepId] ?? 0 };
}

/** The step's edits written in `tone` (every tab and part): the ones a switch would take off screen. */
export function editsShown(
  drafts: Readonly<Record<string, string>>,
  stepId: string,
  tone: Tone,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(drafts).filter(([key]) => {
      const [step, , keyTone] = key.split('|');
      return step === stepId && keyTone === tone;
    }),
  );
}

/** Whether switching the step from `from` would replace edits, so the user must be asked first. */
export function switchNeedsAsking(plan: SavedPlan, stepId: string, from: DraftChoice, to: DraftChoice): boolean {
  if (from.tone === to.tone && from.wording === to.wording) return false;
  return Object.keys(editsShown(plan.drafts, stepId, from.tone)).length > 0;
}

/** A plan and what a change set aside (null: nothing was edited, so there is nothing to undo). */
export interface Replacing {
  /** The plan after the change. */
  plan: SavedPlan;
  /** The edits it removed. */
  replaced: ReplacedDraft | null;
}

/** The plan showing `to`, without the edits at `keys` (kept in `replaced` with the choice they were written in). */
function replacing(
  plan: SavedPlan,
  stepId: string,
  keys: readonly string[],
  from: DraftChoice,
  to: DraftChoice,
  nowIso: string,
): Replacing {
  const edits = Object.fromEntries(keys.filter((key) => key in plan.drafts).map((key) => [key, plan.drafts[key]!]));
  const next: SavedPlan = {
    ...plan,
    drafts: Object.fromEntries(Object.entries(plan.drafts).filter(([key]) => !(key in edits))),
    draftTones: { ...plan.draftTones, [stepId]: to.tone },
    draftWordings: { ...plan.draftWordings, [stepId]: to.wording },
    updatedAt: nowIso,
  };
  return { plan: next, replaced: Object.keys(edits).length > 0 ? { stepId, from, edits } : null };
}

/** The plan with the step switched to `to`; the edits shown before (every tab) are removed and handed back. */
export function switchDraft(
  plan: SavedPlan,
  stepId: string,
  from: DraftChoice,
  to: DraftChoice,
  nowIso: string,
): Replacing {
  return replacing(plan, stepId, Object.keys(editsShown(plan.drafts, stepId, from.tone)), from, to, nowIso);
}

/** The plan with the user's edits at `keys` (one tab's subject and body) dropped, so our text shows again; handed back for Undo. */
export function discardEdits(
  plan: SavedPlan,
  stepId: string,
  keys: readonly string[],
  choice: DraftChoice,
  nowIso: string,
): Replacing {
  return replacing(plan, stepId, keys, choice, choice, nowIso);
}

/** The plan with replaced edits back, in the tone and wording they were written in. */
export function restoreDraft(plan: SavedPlan, replaced: ReplacedDraft, nowIso: string): SavedPlan {
  const { stepId, from, edits } = replaced;
  return {
    ...plan,
    drafts: { ...plan.drafts, ...edits },
    draftTones: { ...plan.draftTones, [stepId]: from.tone },
    draftWordings: { ...plan.draftWordings, [stepId]: from.wording },
    updatedAt: nowIso,
  };
}

/** "Wording 2 of 3". */
export const wordingLabel = (wording: number, count: number): string => `Wording ${wording + 1} of ${count}`;

/** The wording after `wording`, going round to the first after the last. */
export const nextWording = (wording: number, count: number): number => (count > 0 ? (wording + 1) % count : 0);

/** What a change of tone or wording sounds like to a screen reader: "Formal tone, wording 1 of 3." */
export function switchedMessage(to: DraftChoice, count: number, replaced: boolean): string {
  const shown = `${TONE_LABELS[to.tone]} tone, ${wordingLabel(to.wording, count).toLowerCase()}.`;
  return replaced ? `${shown} Your changes were replaced; Undo brings them back.` : shown;
}

/** The question asked before replacing edits. */
export function replaceQuestion(to: DraftChoice, from: DraftChoice, count: number): string {
  const what =
    to.tone === from.tone ? `wording ${to.wording + 1} of ${count}` : `the ${TONE_LABELS[to.tone].toLowerCase()} tone`;
  return `You have changed this draft. Switching to ${what} replaces your changes with new text.`;
}

/** Shown while replaced or discarded changes can still come back. */
export const UNDO_OFFER = 'Your changes are set aside: Undo brings them back, until you edit this draft again.';

/** Said once the user discarded their changes to a draft. */
export const DISCARDED_MESSAGE = 'Your changes were discarded; Undo brings them back.';

/** Said once Undo has put the edits back. */
export const RESTORED_MESSAGE = 'Your changes are back.';
