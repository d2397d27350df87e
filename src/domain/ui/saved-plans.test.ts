import { describe, expect, it } from 'vitest';
import {
  decodeState,
  encodeState,
  migrateState,
  readFactsInput,
  STORAGE_VERSION,
  type PlansState,
} from './saved-plans.ts';
import { newPlan } from './plan-records.ts';

const plan = newPlan('p1', '2026-01-02T10:00:00.000Z', 'Europe/London', 'iv-1');

describe('decodeState', () => {
  it('reads back exactly what encodeState wrote', () => {
    const state: PlansState = { version: STORAGE_VERSION, plans: { p1: plan } };
    expect(decodeState(encodeState(state))).toEqual({ state, problem: null });
  });

  it('reports text that is not JSON as unreadable instead of throwing', () => {
    const result = decodeState('{"version":2,"plans":{');
    expect(result.problem).toBe('unreadable');
    expect(result.state.plans).toEqual({});
  });

  it('reports JSON that is not a plans envelope as unreadable', () => {
    for (const raw of [
      'null',
      '[]',
      '42',
      '"text"',
      '{"plans":{}}',
      '{"version":"2","plans":{}}',
      '{"version":2,"plans":[]}',
    ]) {
      expect(decodeState(raw).problem, raw).toBe('unreadable');
    }
  });

  it('refuses data from a newer version rather than guessing at it', () => {
    expect(decodeState(JSON.stringify({ version: STORAGE_VERSION + 1, plans: {} })).problem).toBe('newer');
  });
});

describe('migrateState', () => {
  it('migrates version 1 plans: facts become input and done/skipped lists become statuses', () => {
    const v1 = {
      version: 1,
      plans: {
        old: {
          id: 'old',
          name: 'Northwind',
          createdAt: '2025-12-01T09:00:00.000Z',
          updatedAt: '2025-12-01T09:00:00.000Z',
          step: 2,
          facts: { interview: { company: 'Northwind', date: '2025-11-30' }, interviewers: [{ id: 'a', name: 'Ada' }] },
          done: ['r1:thank-you:a'],
          skipped: ['r1:linkedin:a'],
        },
      },
    };
    const { state, problem } = migrateState(v1);
    expect(problem).toBeNull();
    const migrated = state.plans['old'];
    expect(migrated?.input.interview.company).toBe('Northwind');
    expect(migrated?.input.interviewers[0]?.name).toBe('Ada');
    expect(migrated?.statuses).toEqual({ 'r1:thank-you:a': 'done', 'r1:linkedin:a': 'skipped' });
    expect(migrated?.step).toBe(2);
  });

  it('drops entries that are not plans and keeps the rest', () => {
    const { state } = migrateState({ version: STORAGE_VERSION, plans: { bad: 'x', good: plan } });
    expect(Object.keys(state.plans)).toEqual(['good']);
  });
});

describe('readFactsInput', () => {
  it('keeps hostile and unusual text exactly as typed', () => {
    const odd = ['<img src=x onerror=alert(1)>', 'x'.repeat(10_000), '🙂 Zoë', 'דנה כהן', ''];
    for (const name of odd) {
      expect(readFactsInput({ interviewers: [{ id: 'a', name }] }).interviewers[0]?.name).toBe(name);
    }
  });

  it('turns wrong types into blanks instead of failing', () => {
    const input = readFactsInput({
      interview: { durationMinutes: 45, format: 'hologram', company: { evil: true } },
      interviewers: 'nobody',
      contact: 'someone',
      decision: { kind: 'maybe' },
      notes: { tone: 'shouty', channel: 'pigeon' },
      events: [null, { kind: 'offer', date: '2026-01-01' }],
    });
    expect(input.interview.durationMinutes).toBe('45');
    expect(input.interview.format).toBe('');
    expect(input.interview.company).toBe('');
    expect(input.interviewers).toHaveLength(1);
    expect(input.contact).toBeNull();
    expect(input.decision.kind).toBe('none');
    expect(input.notes).toMatchObject({ tone: 'warm', channel: 'email' });
    expect(input.events.map((e) => e.kind)).toEqual(['', 'offer']);
  });

  it('gives a missing interviewer id a stable one', () => {
    expect(readFactsInput({ interviewers: [{ name: 'A' }, { name: 'B' }] }).interviewers.map((p) => p.id)).toEqual([
      'interviewer-1',
      'interviewer-2',
    ]);
  });
});
