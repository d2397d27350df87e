import { describe, expect, it } from 'vitest';
import { mergePlansState } from './merge-plans.ts';
import { newPlan, setField, withInput } from './plan-records.ts';
import { planRecord, STORAGE_VERSION, type PlansState, type SavedPlan } from './saved-plans.ts';

const state = (...plans: SavedPlan[]): PlansState => ({
  version: STORAGE_VERSION,
  plans: planRecord(plans.map((p) => [p.id, p])),
});
const base = newPlan('p', '2026-01-01T00:00:00.000Z', 'UTC', 'iv');
const edit = (plan: SavedPlan, key: 'company' | 'role', value: string, at: string) =>
  withInput(plan, setField(plan.input, 'interview', key, value), at);

describe('mergePlansState', () => {
  it('keeps both tabs’ edits to different fields of the same plan', () => {
    const mine = edit(base, 'company', 'Acme', '2026-01-01T00:01:00.000Z');
    const theirs = edit(base, 'role', 'Designer', '2026-01-01T00:02:00.000Z');
    const { state: merged, conflicts } = mergePlansState(state(base), state(mine), state(theirs));
    expect(merged.plans['p']?.input.interview).toMatchObject({ company: 'Acme', role: 'Designer' });
    expect(merged.plans['p']?.updatedAt).toBe('2026-01-01T00:02:00.000Z');
    expect(conflicts).toEqual([]);
  });

  it('keeps the newer value of a field both tabs changed, and the other version whole as a copy', () => {
    const mine = edit(base, 'company', 'Acme', '2026-01-01T00:01:00.000Z');
    const theirs = edit(base, 'company', 'Acme Tools', '2026-01-01T00:02:00.000Z');
    const { state: merged, conflicts } = mergePlansState(state(base), state(mine), state(theirs));
    const plans = Object.values(merged.plans);
    expect(plans.map((p) => p.input.interview.company).sort()).toEqual(['Acme', 'Acme Tools']);
    expect(merged.plans['p']?.input.interview.company).toBe('Acme Tools');
    expect(conflicts).toEqual([{ title: 'Acme Tools', copyTitle: 'Acme (second version)' }]);
  });

  it('gives both tabs the same result, so they settle instead of writing back and forth', () => {
    const mine = edit(base, 'company', 'Acme', '2026-01-01T00:01:00.000Z');
    const theirs = edit(
      edit(base, 'company', 'Acme Tools', '2026-01-01T00:02:00.000Z'),
      'role',
      'Dev',
      '2026-01-01T00:02:00.000Z',
    );
    const here = mergePlansState(state(base), state(mine), state(theirs)).state;
    const there = mergePlansState(state(base), state(theirs), state(mine)).state;
    expect(here).toEqual(there);
    // Merging the result again changes nothing.
    expect(mergePlansState(state(theirs), here, there).state).toEqual(here);
  });

  it('adds plans created in either tab, drops one deleted in the other, and keeps one deleted there but edited here', () => {
    const other = newPlan('q', '2026-01-02T00:00:00.000Z', 'UTC', 'iv');
    const gone = newPlan('g', '2026-01-02T00:00:00.000Z', 'UTC', 'iv');
    const editedHere = edit(gone, 'company', 'Kept', '2026-01-03T00:00:00.000Z');
    const merged = mergePlansState(state(base, gone), state(base, editedHere), state(base, other)).state;
    expect(Object.keys(merged.plans).sort()).toEqual(['g', 'p', 'q']);
    const deleted = mergePlansState(state(base, gone), state(base, gone), state(base)).state;
    expect(Object.keys(deleted.plans)).toEqual(['p']);
  });
});
