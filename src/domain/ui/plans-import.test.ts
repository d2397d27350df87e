import { describe, expect, it } from 'vitest';
import { FILE_KIND, serialisePlansFile } from './plans-file.ts';
import { newPlan } from './plan-records.ts';
import {
  applyImport,
  fieldLabel,
  isUntouched,
  MAX_IMPORT_BYTES,
  nestingDepth,
  readPlansText,
  reviewImport,
  type PlansReading,
} from './plans-import.ts';
import { planRecord, STORAGE_VERSION, type PlansState } from './saved-plans.ts';

const a = newPlan('a', '2026-01-01T00:00:00.000Z', 'Europe/Paris', 'iv-a');
a.input.interview.company = '<b>Acme</b> & "Sons"';
a.updatedAt = '2026-01-01T01:00:00.000Z';
const b = newPlan('b', '2026-01-02T00:00:00.000Z', 'Asia/Tokyo', 'iv-b');
b.input.interview.company = 'Bravo';
b.updatedAt = '2026-01-02T01:00:00.000Z';
const state = (...plans: (typeof a)[]): PlansState => ({
  version: STORAGE_VERSION,
  plans: planRecord(plans.map((p) => [p.id, p])),
});
const exportOf = (...plans: (typeof a)[]) => serialisePlansFile(state(...plans), '2026-01-03T00:00:00.000Z');
const file = (plans: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: FILE_KIND, version: STORAGE_VERSION, plans, ...extra });

function refused(reading: PlansReading): string {
  expect(reading.ok).toBe(false);
  return reading.ok ? '' : reading.message;
}
function read(text: string): Extract<PlansReading, { ok: true }> {
  const reading = readPlansText(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading;
}

describe('readPlansText refuses, each with its own reason', () => {
  it('a file of 20 MB or more, before reading it', () => {
    expect(refused(readPlansText('', 20_000_000))).toMatch(/^This file is 20\.0 MB, far larger than a plans export/);
    expect(refused(readPlansText('x'.repeat(MAX_IMPORT_BYTES + 1)))).toMatch(/far larger/);
  });

  it('deep nesting, without parsing it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refused(readPlansText(deep))).toMatch(/nests its data more than 32 levels deep/);
    expect(nestingDepth('{"a":"[[[[[[","b":[{}]}')).toBe(3);
  });

  it('text that is not JSON', () => {
    expect(refused(readPlansText('BEGIN:VCALENDAR'))).toMatch(/not JSON text/);
  });

  it('JSON that is not an export', () => {
    expect(refused(readPlansText('[1,2,3]'))).toMatch(/holds a list, not a plans export/);
    expect(refused(readPlansText('"plans"'))).toMatch(/holds a string/);
    expect(refused(readPlansText('{"name":"package","version":"1.0.0"}'))).toMatch(/JSON, but not a Follow Through/);
  });

  it('a reserved name at the top, which could replace the object prototype', () => {
    const text = `{"__proto__":{"polluted":true},"kind":"${FILE_KIND}","version":2,"plans":[]}`;
    expect(refused(readPlansText(text))).toMatch(/uses the name “__proto__”/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a future version', () => {
    expect(refused(readPlansText(file([a], { version: STORAGE_VERSION + 1 })))).toMatch(
      /saved by a newer version of Follow Through \(format 3; this page reads up to 2\)/,
    );
  });

  it('a missing or meaningless version, and an export with no plans', () => {
    expect(refused(readPlansText(file([a], { version: 'new' })))).toMatch(/no format version/);
    expect(refused(readPlansText(file([])))).toBe('This export has no plans in it.');
  });

  it('a file where no plan can be read, saying why for each', () => {
    expect(refused(readPlansText(file([1, 'two'])))).toBe(
      'No plan in this file could be read. Plan 1 is a number, not a plan, so it was left out. Plan 2 is a string, not a plan, so it was left out.',
    );
  });
});

describe('readPlansText reads what it can and names what it left out', () => {
  it('round-trips an export exactly', () => {
    expect(read(exportOf(a, b)).plans).toEqual([
      { plan: a, needsNewId: false },
      { plan: b, needsNewId: false },
    ]);
  });

  it('leaves out a plan with __proto__, constructor or prototype inside, and keeps the others', () => {
    const hostile = `[${JSON.stringify(a)},{"id":"x","input":{"__proto__":{"x":1}}},{"id":"prototype"},{"id":"y","drafts":{"constructor":"c"}}]`;
    const reading = read(file('PLACEHOLDER').replace('"PLACEHOLDER"', hostile));
    expect(reading.plans.map((p) => [p.plan.id, p.needsNewId])).toEqual([['a', false]]);
    expect(reading.notes).toEqual([
      'Plan 2 uses the name “input.__proto__”, which a plan never does, so it was left out.',
      'Plan 3 has nothing filled in, so it was left out.',
      'Plan 4 uses the name “drafts.constructor”, which a plan never does, so it was left out.',
    ]);
    // An id that is a reserved word is only data: such a plan is kept, under a new id.
    const named = read(file([{ ...b, id: 'prototype' }]));
    expect(named.plans.map((p) => [p.plan.input.interview.company, p.needsNewId])).toEqual([['Bravo', true]]);
  });

  it('blanks fields of the wrong type and says which', () => {
    const odd = {
      ...a,
      input: { ...a.input, interview: { ...a.input.interview, date: 20260101, format: 'hologram' } },
    };
    const reading = read(file([odd]));
    expect(reading.plans[0]?.plan.input.interview).toMatchObject({
      date: '',
      format: '',
      company: a.input.interview.company,
    });
    expect(reading.notes).toEqual([
      'Plan 1 (“<b>Acme</b> & "Sons"”): 2 answers could not be read and will be blank (interview date, interview format).',
    ]);
    expect(fieldLabel('input.interviewers.2.email')).toBe("interviewer 3's email");
  });

  it('imports a plan repeated in the same file once, and both of two different plans sharing an id', () => {
    const changed = { ...a, name: 'Changed' };
    const reading = read(file([a, a, changed]));
    expect(reading.plans.map((p) => [p.plan.name, p.needsNewId])).toEqual([
      ['', false],
      ['Changed', true],
    ]);
    expect(reading.notes).toEqual([
      'Plan 2 is the same as plan 1, so it is imported once.',
      'Plan 3 (“Changed”) has the same id as plan 1; both are imported.',
    ]);
  });

  it('reads data set aside from storage ({ version, plans: { id: plan } }), version as text included', () => {
    const setAside = JSON.stringify({ version: '2', plans: { a, broken: 'x' } });
    const reading = read(setAside);
    expect(reading.plans.map((p) => p.plan)).toEqual([a]);
    expect(reading.notes).toEqual(['Plan 2 is a string, not a plan, so it was left out.']);
  });

  it('migrates plans from a version 1 export', () => {
    const old = {
      kind: FILE_KIND,
      version: 1,
      plans: [{ id: 'x', facts: { interview: { company: 'Old Co' } }, done: ['s1'] }],
    };
    expect(read(JSON.stringify(old)).plans[0]?.plan).toMatchObject({
      id: 'x',
      input: { interview: { company: 'Old Co' } },
      statuses: { s1: 'done' },
    });
  });
});

describe('reviewImport and applyImport', () => {
  let n = 0;
  const makeId = () => `new-${++n}`;

  it('importing the same file twice changes nothing and says the plans are already here', () => {
    const current = state(a, b);
    const review = reviewImport(current, read(exportOf(a, b)));
    expect(review.fresh).toEqual([]);
    expect(review.unchanged).toHaveLength(2);
    const applied = applyImport(current, review, 'keep-both', makeId);
    expect(Object.keys(applied.state.plans)).toEqual(['a', 'b']);
    expect(applied.message).toBe('2 plans were already here.');
  });

  it('asks about a plan saved here with other answers: replace, or keep both', () => {
    const mine = { ...a, name: 'Mine' };
    const review = reviewImport(state(mine), read(exportOf(a)));
    expect(review.conflicts).toEqual([{ incoming: a, current: mine }]);

    const replaced = applyImport(state(mine), review, 'replace', makeId);
    expect(Object.values(replaced.state.plans)).toEqual([a]);
    expect(replaced.message).toBe('Import done: replaced 1 plan.');

    const both = applyImport(state(mine), review, 'keep-both', () => 'copy');
    expect(Object.keys(both.state.plans)).toEqual(['a', 'copy']);
    expect(both.state.plans['a']).toBe(mine);
    expect(both.open).toBe('copy');
    expect(both.message).toBe('Import done: added 1 plan.');
  });

  it('removes the empty plan the planner opened on its own, and never leaves an empty one behind', () => {
    const blank = newPlan('blank', '2026-02-01T00:00:00.000Z', 'UTC', 'iv');
    expect(isUntouched(blank)).toBe(true);
    expect(isUntouched(a)).toBe(false);
    const applied = applyImport(state(blank), reviewImport(state(blank), read(exportOf(a))), 'keep-both', makeId);
    expect(Object.keys(applied.state.plans)).toEqual(['a']);
    expect(applied.open).toBe('a');
  });

  it('leaves the state it was given untouched', () => {
    const current = state(b);
    applyImport(current, reviewImport(current, read(exportOf(a))), 'keep-both', makeId);
    expect(Object.keys(current.plans)).toEqual(['b']);
  });
});
