import { describe, expect, it } from 'vitest';
import { mergeImported, parsePlansFile, serialisePlansFile, FILE_KIND, importedMessage } from './plans-file.ts';
import { newPlan } from './plan-records.ts';
import { STORAGE_VERSION, type PlansState } from './saved-plans.ts';

const a = newPlan('a', '2026-01-01T00:00:00.000Z', 'Europe/Paris', 'iv-a');
const b = newPlan('b', '2026-01-02T00:00:00.000Z', 'Asia/Tokyo', 'iv-b');
a.input.interview.company = '<b>Acme</b> & "Sons"';
const state: PlansState = { version: STORAGE_VERSION, plans: { b, a } };

describe('serialisePlansFile and parsePlansFile', () => {
  it('round-trips every plan, oldest first', () => {
    const parsed = parsePlansFile(serialisePlansFile(state, '2026-01-03T00:00:00.000Z'));
    expect(parsed).toEqual({ ok: true, plans: [a, b] });
  });

  it('refuses a file that is not JSON with a message saying which file to choose', () => {
    const parsed = parsePlansFile('BEGIN:VCALENDAR');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/not a Follow Through export/);
  });

  it('refuses JSON from somewhere else', () => {
    expect(parsePlansFile('{"name":"package","version":"1.0.0"}').ok).toBe(false);
    expect(parsePlansFile('[1,2,3]').ok).toBe(false);
  });

  it('refuses a file from a newer version', () => {
    const parsed = parsePlansFile(JSON.stringify({ kind: FILE_KIND, version: STORAGE_VERSION + 1, plans: [a] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/newer version/);
  });

  it('refuses an export with no plans in it', () => {
    expect(parsePlansFile(JSON.stringify({ kind: FILE_KIND, version: STORAGE_VERSION, plans: [] })).ok).toBe(false);
  });

  it('migrates plans from an older export', () => {
    const old = {
      kind: FILE_KIND,
      version: 1,
      plans: [{ id: 'x', facts: { interview: { company: 'Old Co' } }, done: ['s1'] }],
    };
    const parsed = parsePlansFile(JSON.stringify(old));
    expect(parsed.ok && parsed.plans[0]).toMatchObject({
      id: 'x',
      input: { interview: { company: 'Old Co' } },
      statuses: { s1: 'done' },
    });
  });
});

describe('mergeImported', () => {
  it('adds imported plans and gives a new id to one whose id is taken, never overwriting', () => {
    let n = 0;
    const { state: merged, added } = mergeImported(state, [a, { ...a, id: 'c' }], () => `new-${++n}`);
    expect(added).toEqual(['new-1', 'c']);
    expect(merged.plans['a']).toBe(a);
    expect(merged.plans['new-1']?.input.interview.company).toBe(a.input.interview.company);
  });
});

describe('importedMessage', () => {
  it('counts plans in words', () => {
    expect(importedMessage(1)).toBe('Imported 1 plan.');
    expect(importedMessage(3)).toBe('Imported 3 plans.');
  });
});
