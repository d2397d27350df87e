import { describe, expect, it } from 'vitest';
import {
  draftChoiceOf,
  editsShown,
  nextWording,
  replaceQuestion,
  restoreDraft,
  switchDraft,
  switchedMessage,
  switchNeedsAsking,
  wordingLabel,
} from './draft-choice.ts';
import { newPlan } from './plan-records.ts';
import type { SavedPlan } from './saved-plans.ts';

const NOW = '2026-11-05T12:00:00.000Z';
const STEP = 'r1:thank-you:iv-ada';
const warm = { tone: 'warm', wording: 0 } as const;

function planWith(drafts: Record<string, string>, extra: Partial<SavedPlan> = {}): SavedPlan {
  return { ...newPlan('p1', '2026-11-04T10:00:00.000Z', 'Europe/London', 'iv-ada'), drafts, ...extra };
}

describe('draft choice', () => {
  it("reads a step's tone and wording, defaulting to the plan's tone and the first wording", () => {
    const plan = planWith({}, { draftTones: { [STEP]: 'formal' }, draftWordings: { [STEP]: 2 } });
    expect(draftChoiceOf(plan, STEP, 'warm')).toEqual({ tone: 'formal', wording: 2 });
    expect(draftChoiceOf(plan, 'other', 'concise')).toEqual({ tone: 'concise', wording: 0 });
  });

  it("finds the step's edits in the tone on show, in every tab and part, and no other step's", () => {
    const drafts = {
      [`${STEP}|email|warm|body`]: 'Hi Ada, my words',
      [`${STEP}|phone|warm|body`]: '• my line',
      [`${STEP}|email|formal|body`]: 'Dear Dr Quill',
      'r1:thank-you:iv-bo|email|warm|body': 'Hi Bo',
    };
    expect(Object.keys(editsShown(drafts, STEP, 'warm'))).toEqual([
      `${STEP}|email|warm|body`,
      `${STEP}|phone|warm|body`,
    ]);
  });

  it('asks before a switch only when the user has edited what is on show', () => {
    const edited = planWith({ [`${STEP}|email|warm|body`]: 'mine' });
    expect(switchNeedsAsking(edited, STEP, warm, { tone: 'formal', wording: 0 })).toBe(true);
    expect(switchNeedsAsking(edited, STEP, warm, { tone: 'warm', wording: 1 })).toBe(true);
    expect(switchNeedsAsking(edited, STEP, warm, warm)).toBe(false);
    expect(switchNeedsAsking(planWith({}), STEP, warm, { tone: 'formal', wording: 0 })).toBe(false);
    expect(switchNeedsAsking(edited, 'r1:thank-you:iv-bo', warm, { tone: 'formal', wording: 0 })).toBe(false);
  });

  it('switching replaces the edits on show and hands them back; Undo restores them with their tone and wording', () => {
    const mine = { [`${STEP}|email|warm|body`]: 'Hi Ada,\n\nMy own words.', [`${STEP}|email|warm|subject`]: 'Mine' };
    const other = { 'r1:thank-you:iv-bo|email|warm|body': 'Hi Bo' };
    const before = planWith({ ...mine, ...other }, { draftWordings: { [STEP]: 1 } });
    const from = { tone: 'warm', wording: 1 } as const;
    const { plan, replaced } = switchDraft(before, STEP, from, { tone: 'formal', wording: 0 }, NOW);
    expect(plan.drafts).toEqual(other);
    expect(draftChoiceOf(plan, STEP, 'warm')).toEqual({ tone: 'formal', wording: 0 });
    expect(replaced).toEqual({ stepId: STEP, from, edits: mine });
    const restored = restoreDraft(plan, replaced!, NOW);
    expect(restored.drafts).toEqual({ ...other, ...mine });
    expect(draftChoiceOf(restored, STEP, 'warm')).toEqual(from);
  });

  it('switching with no edits replaces nothing and leaves nothing to undo', () => {
    const { plan, replaced } = switchDraft(planWith({}), STEP, warm, { tone: 'warm', wording: 2 }, NOW);
    expect(replaced).toBeNull();
    expect(plan.draftWordings).toEqual({ [STEP]: 2 });
  });

  it('counts wordings from one and goes round after the last', () => {
    expect(wordingLabel(1, 3)).toBe('Wording 2 of 3');
    expect([0, 1, 2].map((w) => nextWording(w, 3))).toEqual([1, 2, 0]);
    expect(nextWording(1, 2)).toBe(0);
  });

  it('says what changed, and what to do about replaced changes', () => {
    expect(switchedMessage({ tone: 'formal', wording: 0 }, 3, false)).toBe('Formal tone, wording 1 of 3.');
    expect(switchedMessage({ tone: 'warm', wording: 1 }, 3, true)).toBe(
      'Warm tone, wording 2 of 3. Your changes were replaced; Undo brings them back.',
    );
    expect(replaceQuestion({ tone: 'formal', wording: 0 }, warm, 3)).toMatch(/Switching to the formal tone replaces/);
    expect(replaceQuestion({ tone: 'warm', wording: 2 }, warm, 3)).toMatch(/Switching to wording 3 of 3 replaces/);
  });
});
