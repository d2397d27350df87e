import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { afterStepAction, nextToDo } from './step-actions.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const plan = buildPlan(factsWith({}, now), { now });
const [first, second, third] = plan.steps;

describe('nextToDo', () => {
  it('finds the next step still to do after the one acted on, else the first one left anywhere', () => {
    expect(nextToDo(plan.steps, { [first!.id]: 'done' }, first!.id)?.id).toBe(second!.id);
    const laterDone = Object.fromEntries(plan.steps.slice(1).map((s) => [s.id, 'done' as const]));
    expect(nextToDo(plan.steps, laterDone, third!.id)?.id).toBe(first!.id);
    const all = Object.fromEntries(plan.steps.map((s) => [s.id, 'done' as const]));
    expect(nextToDo(plan.steps, all, first!.id)).toBeNull();
  });
});

describe('afterStepAction', () => {
  it('sends focus to the next step after "Mark done" and says both what happened and what is next', () => {
    const out = afterStepAction('done', first!, plan.steps, { [first!.id]: 'done' });
    expect(out.focus).toBe(second!.id);
    expect(out.message).toBe(`Marked “${first!.title}” done. Next: ${second!.title}.`);
  });

  it('says when nothing is left after a skip, with no step to focus', () => {
    const all = Object.fromEntries(plan.steps.map((s) => [s.id, 'skipped' as const]));
    const out = afterStepAction('skipped', first!, plan.steps, all);
    expect(out).toEqual({ focus: null, message: `Skipped “${first!.title}”. Every step is done or skipped.` });
  });

  it('keeps focus on the step itself after Undo, a move or a reset', () => {
    expect(afterStepAction('undo', second!, plan.steps, {}).focus).toBe(second!.id);
    const moved = afterStepAction('moved', second!, plan.steps, {}, { followed: 2 });
    expect(moved.focus).toBe(second!.id);
    expect(moved.message).toMatch(/^Moved “.+” to \w+day \d+ \w+ at \d\d:\d\d\. 2 later steps moved with it\.$/);
    expect(afterStepAction('reset', second!, plan.steps, {}).message).toMatch(/back at the recommended time/);
  });
});
