import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { validateFacts } from '../validate-facts.ts';
import { inputWith } from '../testing/fixtures.ts';
import { freshPlan } from './plan-records.ts';
import { catchUpMoves, replanned } from './replan.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const saved = { ...freshPlan('p', '', inputWith({}), '2026-11-03T12:00:00.000Z') };
const planOf = (plan: typeof saved) => {
  const result = validateFacts(plan.input, { now });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildPlan(result.facts, { now, moves: plan.moves ?? {} });
};
const at = (plan: ReturnType<typeof planOf>, id: string) => plan.steps.find((s) => s.id === id)?.recommended.iso;

describe('re-planning from a date they gave', () => {
  it('makes the date the decision date, so the first check-in waits for it', () => {
    const next = replanned(saved, planOf(saved), '2026-11-25', '2026-11-20T12:00:00.000Z');
    expect(next.input.decision).toMatchObject({ kind: 'decide-by', date: '2026-11-25' });
    expect(at(planOf(next), 'r1:check-in:1')).toBe('2026-11-26T09:00:00+00:00');
  });

  it('drops moves of check-ins still to do, and keeps those of steps already done', () => {
    const moved = {
      ...saved,
      statuses: { 'r1:check-in:1': 'done' as const },
      moves: { 'r1:check-in:1': '2026-11-11T10:00:00.000Z', 'r1:check-in:2': '2026-11-19T10:00:00.000Z' },
    };
    const next = replanned(moved, planOf(moved), '2026-11-25', '2026-11-20T12:00:00.000Z');
    expect(next.moves).toEqual({ 'r1:check-in:1': '2026-11-11T10:00:00.000Z' });
  });

  it('gives the first check-in still to do the first slot after the date, and keeps a done one where it was logged', () => {
    const done = {
      ...saved,
      statuses: { 'r1:check-in:1': 'done' as const },
      log: {
        'r1:check-in:1': {
          at: '2026-11-12T15:00:00.000Z',
          channel: 'email' as const,
          note: '',
          reply: 'new-date' as const,
          newDate: '2026-11-25',
        },
      },
    };
    const next = replanned(done, planOf(done), '2026-11-25', '2026-11-20T12:00:00.000Z');
    expect(catchUpMoves(planOf(next), next)).toEqual({
      'r1:check-in:2': '2026-11-26T09:00:00.000Z',
      'r1:check-in:1': '2026-11-12T15:00:00.000Z',
    });
    expect(catchUpMoves(planOf(saved), saved)).toEqual({});
  });
});
