import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildAgenda, nextPerPlan, type AgendaSource } from './agenda.ts';
import { dueBucket } from './due.ts';

const zone = 'Europe/London';
const at = (iso: string) => Date.parse(iso);
/** A plan built when its interview had just ended, so every step lies ahead of that moment. */
function source(planId: string, company: string, date: string, statuses: AgendaSource['statuses'] = {}): AgendaSource {
  const built = at(`${date}T12:00:00Z`);
  const plan = buildPlan(factsWith({ interview: { company, date } }, built), { now: built });
  return { planId, planTitle: company, plan, statuses };
}

describe('dueBucket', () => {
  const step = {
    recommended: { iso: '2026-11-10T17:00:00+00:00', zone },
    latest: { iso: '2026-11-11T17:00:00+00:00', zone },
  };

  it('is "today" from the morning of the recommended day until the window closes', () => {
    expect(dueBucket(step, at('2026-11-10T00:01:00Z'), zone)).toBe('today');
    expect(dueBucket(step, at('2026-11-11T16:59:00Z'), zone)).toBe('today');
  });

  it('is "overdue" once the window has closed', () => {
    expect(dueBucket(step, at('2026-11-11T17:01:00Z'), zone)).toBe('overdue');
  });

  it('is "this week" up to seven days ahead, and "later" after that', () => {
    expect(dueBucket(step, at('2026-11-09T23:00:00Z'), zone)).toBe('week');
    expect(dueBucket(step, at('2026-11-03T09:00:00Z'), zone)).toBe('week');
    expect(dueBucket(step, at('2026-11-02T09:00:00Z'), zone)).toBe('later');
  });

  it("counts days in the reader's zone, not the plan's", () => {
    // 17:00 in London on the 10th is already the 11th in Tokyo.
    expect(dueBucket(step, at('2026-11-10T10:00:00Z'), 'Asia/Tokyo')).toBe('week');
    expect(dueBucket(step, at('2026-11-10T16:00:00Z'), 'Asia/Tokyo')).toBe('today');
  });
});

describe('buildAgenda', () => {
  const a = source('a', 'Harbour & Finch', '2026-11-02');
  const b = source('b', 'Northwind', '2026-11-09');
  const c = source('c', 'Contoso', '2026-10-20');
  const now = at('2026-11-10T08:00:00Z');

  it('lists open steps across every plan, each in one group, soonest first', () => {
    const agenda = buildAgenda([a, b, c], now, zone);
    const all = [...agenda.overdue, ...agenda.today, ...agenda.week];
    expect(new Set(all.map((i) => i.planId))).toEqual(new Set(['a', 'b', 'c']));
    for (const group of [agenda.overdue, agenda.today, agenda.week]) {
      const times = group.map((i) => Date.parse(i.recommended.iso));
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
    expect(agenda.today.every((i) => i.bucket === 'today')).toBe(true);
    expect(agenda.overdue.every((i) => Date.parse(i.latest.iso) < now)).toBe(true);
  });

  it("names each step's company, person and channel", () => {
    const { today } = buildAgenda([b], now, zone);
    const thanks = today.find((i) => i.kind === 'thank-you');
    expect(thanks).toMatchObject({ company: 'Northwind', person: 'Ada Quill', channel: 'email', planId: 'b' });
  });

  it('leaves out steps marked done or skipped', () => {
    const first = b.plan.steps[0]!.id;
    const agenda = buildAgenda([{ ...b, statuses: { [first]: 'done' } }], now, zone);
    expect([...agenda.overdue, ...agenda.today, ...agenda.week].map((i) => i.stepId)).not.toContain(first);
  });

  it('counts the steps further out than this week instead of listing them', () => {
    const agenda = buildAgenda([b], at('2026-11-09T13:00:00Z'), zone);
    const total = b.plan.steps.length;
    expect(agenda.overdue.length + agenda.today.length + agenda.week.length + agenda.later).toBe(total);
    expect(agenda.later).toBeGreaterThan(0);
  });
});

describe('nextPerPlan', () => {
  it("gives each plan's first open step, with the same buckets as the agenda", () => {
    const a = source('a', 'Harbour & Finch', '2026-11-02');
    const b = source('b', 'Northwind', '2026-11-09', {});
    const now = at('2026-11-10T08:00:00Z');
    const next = nextPerPlan([a, b], now, zone);
    expect(next.map((i) => i.planId).sort()).toEqual(['a', 'b']);
    const agenda = buildAgenda([a, b], now, zone);
    const listed = [...agenda.overdue, ...agenda.today, ...agenda.week];
    for (const item of next) expect(listed).toContainEqual(item);
  });

  it('drops plans with nothing left to do', () => {
    const a = source('a', 'Harbour & Finch', '2026-11-02');
    const done = Object.fromEntries(a.plan.steps.map((s) => [s.id, 'done' as const]));
    expect(nextPerPlan([{ ...a, statuses: done }], at('2026-11-10T08:00:00Z'), zone)).toEqual([]);
  });
});
