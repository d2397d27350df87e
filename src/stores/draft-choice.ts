/**
 * The draft panel's tone and wording switches: a switch that would replace the
 * user's edits waits for their answer (`$draftQuestion`); once replaced, the
 * edits are kept aside (`$draftReplaced`) until Undo or the next switch. What
 * changed is said in the panel's polite live region (`$draftNotice`).
 */
import { atom } from 'nanostores';
import { wordingCount } from '../domain/drafts/build-drafts.ts';
import {
  DISCARDED_MESSAGE,
  discardEdits,
  draftChoiceOf,
  nextWording,
  replaceQuestion,
  restoreDraft,
  RESTORED_MESSAGE,
  switchDraft,
  switchedMessage,
  switchNeedsAsking,
  type DraftChoice,
  type ReplacedDraft,
  type Replacing,
} from '../domain/ui/draft-choice.ts';
import type { SavedPlan } from '../domain/ui/saved-plans.ts';
import { $plan, editDraft } from './plan-view.ts';
import { $activePlan, updateActivePlan } from './plans.ts';

/** A switch waiting for the user to say whether to replace their edits. */
export interface DraftQuestion {
  /** The step whose panel asks. */
  stepId: string;
  /** The tone and wording asked for. */
  to: DraftChoice;
  /** The question, in words. */
  text: string;
}

/** The switch waiting for an answer, or null. */
export const $draftQuestion = atom<DraftQuestion | null>(null);

/** The edits the last switch replaced (Undo puts them back), or null. */
export const $draftReplaced = atom<ReplacedDraft | null>(null);

/** The last thing a panel said, for its live region (the counter makes a repeat heard again). */
export const $draftNotice = atom<{ stepId: string; text: string; count: number }>({ stepId: '', text: '', count: 0 });

const notify = (stepId: string, text: string) =>
  $draftNotice.set({ stepId, text, count: $draftNotice.get().count + 1 });

/** The step, its facts and its current choice, from the open plan. */
function current(stepId: string) {
  const plan = $plan.get();
  const saved = $activePlan.get();
  const step = plan?.steps.find((s) => s.id === stepId);
  if (!plan || !saved || !step) return null;
  return { step, facts: plan.facts, from: draftChoiceOf(saved, stepId, plan.facts.notes.tone), saved };
}

/** Applies a change that may set edits aside; returns whether it did. */
function change(edit: (plan: SavedPlan, now: string) => Replacing): boolean {
  let replaced: ReplacedDraft | null = null;
  updateActivePlan((plan, now) => {
    const result = edit(plan, now);
    replaced = result.replaced;
    return result.plan;
  });
  $draftQuestion.set(null);
  $draftReplaced.set(replaced);
  return replaced !== null;
}

function apply(stepId: string, from: DraftChoice, to: DraftChoice): void {
  const replaced = change((plan, now) => switchDraft(plan, stepId, from, to, now));
  const at = current(stepId);
  notify(stepId, switchedMessage(to, at ? wordingCount(at.step, at.facts, to.tone) : 0, replaced));
}

/**
 * Shows a step's drafts in another tone or wording: at once when the user has
 * not edited what is on show, else after asking (see `replaceEdits`).
 */
export function chooseDraft(stepId: string, to: DraftChoice): void {
  const at = current(stepId);
  if (!at) return;
  if (switchNeedsAsking(at.saved, stepId, at.from, to)) {
    const count = wordingCount(at.step, at.facts, to.tone);
    $draftQuestion.set({ stepId, to, text: replaceQuestion(to, at.from, count) });
    notify(stepId, '');
    return;
  }
  if (at.from.tone !== to.tone || at.from.wording !== to.wording) apply(stepId, at.from, to);
}

/** Switches a step's drafts to its tone's next wording (after the last, the first). */
export function anotherWording(stepId: string): void {
  const at = current(stepId);
  if (!at) return;
  const count = wordingCount(at.step, at.facts, at.from.tone);
  chooseDraft(stepId, { tone: at.from.tone, wording: nextWording(at.from.wording, count) });
}

/** Switches a step's drafts to another tone, in that tone's first wording. */
export const chooseTone = (stepId: string, tone: DraftChoice['tone']): void =>
  chooseDraft(stepId, { tone, wording: 0 });

/** The answer "replace my changes": the switch asked about happens; Undo can bring the edits back. */
export function replaceEdits(): void {
  const question = $draftQuestion.get();
  const at = question && current(question.stepId);
  if (question && at) apply(question.stepId, at.from, question.to);
}

/** The answer "keep my changes": nothing switches. */
export function keepEdits(): void {
  const question = $draftQuestion.get();
  $draftQuestion.set(null);
  if (question) notify(question.stepId, 'Kept your changes.');
}

/** Puts back the edits the last switch replaced, in the tone and wording they were written in. */
export function undoReplace(): void {
  const replaced = $draftReplaced.get();
  if (!replaced) return;
  updateActivePlan((plan, now) => restoreDraft(plan, replaced, now));
  $draftReplaced.set(null);
  notify(replaced.stepId, RESTORED_MESSAGE);
}

/** Drops the user's edits of one tab (its `keys`) so our text shows again; Undo brings them back. */
export function discardChanges(stepId: string, keys: readonly string[]): void {
  const at = current(stepId);
  if (at && change((plan, now) => discardEdits(plan, stepId, keys, at.from, now))) notify(stepId, DISCARDED_MESSAGE);
}

/**
 * Keeps the user's edit of a draft. Set-aside edits are then forgotten: Undo
 * would otherwise bring old words back over new ones.
 */
export function editDraftText(stepId: string, key: string, text: string): void {
  editDraft(key, text);
  if ($draftReplaced.get()?.stepId === stepId) $draftReplaced.set(null);
}
