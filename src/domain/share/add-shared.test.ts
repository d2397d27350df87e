import { describe, expect, it } from 'vitest';
import { newPlan } from '../ui/plan-records.ts';
import { STORAGE_VERSION, type PlansState } from '../ui/saved-plans.ts';
import { addSharedPlan, clashingPlan } from './add-shared.ts';

const mine = { ...newPlan('p1', '2026-11-01T10:00:00.000Z', 'Europe/London', 'iv-1'), name: 'Mine' };
const other = { ...newPlan('p2', '2026-11-02T10:00:00.000Z', 'Europe/London', 'iv-2'), name: 'Other' };
const state: PlansState = { version: STORAGE_VERSION, plans: { p1: mine, p2: other } };
const arrival = { ...mine, name: 'Arrived', statuses: { 'r1:thank-you:iv-1': 'done' as const } };

describe('addSharedPlan', () => {
  it('adds a plan with a new id as it is, leaving every other plan alone', () => {
    const fresh = { ...arrival, id: 'p3' };
    expect(clashingPlan(state, fresh)).toBeNull();
    const result = addSharedPlan(state, fresh, 'keep-both', 'unused');
    expect(result.id).toBe('p3');
    expect(result.state.plans).toEqual({ p1: mine, p2: other, p3: fresh });
  });

  it('replaces the plan with the same id only when asked to', () => {
    expect(clashingPlan(state, arrival)).toBe(mine);
    const result = addSharedPlan(state, arrival, 'replace', 'unused');
    expect(result).toEqual({ id: 'p1', state: { ...state, plans: { p1: arrival, p2: other } } });
  });

  it('keeps both under a new id, named as a copy, when asked to', () => {
    const result = addSharedPlan(state, arrival, 'keep-both', 'p9');
    expect(result.id).toBe('p9');
    expect(result.state.plans['p1']).toBe(mine);
    expect(result.state.plans['p9']).toEqual({ ...arrival, id: 'p9', name: 'Arrived (copy)' });
  });

  it('never changes the state it was given', () => {
    const before = structuredClone(state);
    addSharedPlan(state, arrival, 'replace', 'x');
    expect(state).toEqual(before);
  });
});
