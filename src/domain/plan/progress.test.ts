import { describe, expect, it } from 'vitest';
import { factsWith } from '../testing/fixtures.ts';
import { buildPlan } from './build-plan.ts';
import { nextDueStep, stepTiming } from './progress.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const plan = buildPlan(factsWith({}, now), { now });
const first = plan.steps[0]!;

describe('progress through a plan', () => {
  it('says a step is upcoming before its window, open inside it and late after it', () => {
    expect(stepTiming(first, Date.parse('2026-11-03T10:30:00Z'))).toBe('upcoming');
    expect(stepTiming(first, Date.parse('2026-11-03T12:00:00Z'))).toBe('open');
    expect(stepTiming(first, Date.parse('2026-11-05T12:00:00Z'))).toBe('late');
  });

  it('points to the first step that is neither done nor skipped', () => {
    const statuses = { [first.id]: 'done', [plan.steps[1]!.id]: 'skipped' } as const;
    expect(nextDueStep(plan, statuses, now)?.step.id).toBe(plan.steps[2]!.id);
  });

  it('returns null once every step is settled', () => {
    const statuses = Object.fromEntries(plan.steps.map((s) => [s.id, 'done' as const]));
    expect(nextDueStep(plan, statuses, now)).toBeNull();
  });
});
