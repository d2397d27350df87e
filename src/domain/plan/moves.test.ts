import { describe, expect, it } from 'vitest';
import type { FactsInput } from '../facts-input.ts';
import { factsWith, type DeepPartial } from '../testing/fixtures.ts';
import { tableFor } from '../testing/holiday-tables.ts';
import { buildPlan } from './build-plan.ts';
import type { StepMoves } from './moves.ts';
import type { Plan, Step } from './types.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const england = { region: 'GB-ENG', table: tableFor('GB-ENG') };

/** The sample interview (Tue 3 November 2026, London) with some steps moved. */
function planWith(moves: StepMoves, overrides: DeepPartial<FactsInput> = {}): Plan {
  return buildPlan(factsWith(overrides, now), { now, holidays: england, moves });
}
const step = (plan: Plan, id: string): Step => {
  const found = plan.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const at = (plan: Plan, id: string) => step(plan, id).recommended.iso;

describe('moving a step', () => {
  it('puts the step at the moment picked and says the user moved it, keeping where the plan had it', () => {
    const plan = planWith({ 'r1:check-in:1': '2026-11-12T10:30:00Z' });
    const moved = step(plan, 'r1:check-in:1');
    expect(moved.recommended.iso).toBe('2026-11-12T10:30:00+00:00');
    expect(moved.moved).toMatchObject({ by: 'you', from: { iso: '2026-11-10T09:00:00+00:00' }, leader: null });
    expect(moved.moved?.window.latest.iso).toBe('2026-11-11T17:00:00+00:00');
  });

  it('takes the second check-in along by the same number of days, onto a business day, and the move-on note after it', () => {
    const plan = planWith({ 'r1:check-in:1': '2026-11-13T09:00:00Z' });
    // Tue 10 → Fri 13 (+3 days): Wed 18 + 3 is a Saturday, so the second lands on Monday 23.
    expect(at(plan, 'r1:check-in:2')).toBe('2026-11-23T09:00:00+00:00');
    expect(step(plan, 'r1:check-in:2').moved).toMatchObject({ by: 'follows', leader: { id: 'r1:check-in:1' } });
    // The move-on note keeps its week after the second check-in, which moved five days.
    expect(at(plan, 'r1:move-on')).toBe('2026-12-01T09:00:00+00:00');
    expect(step(plan, 'r1:move-on').moved?.leader?.id).toBe('r1:check-in:2');
  });

  it('moves followers earlier too, and leaves them alone when the step stays on its day', () => {
    const earlier = planWith({ 'r1:check-in:2': '2026-11-17T09:00:00Z' });
    expect(at(earlier, 'r1:move-on')).toBe('2026-11-25T09:00:00+00:00');
    const sameDay = planWith({ 'r1:check-in:1': '2026-11-10T15:00:00Z' });
    expect(step(sameDay, 'r1:check-in:2').moved).toBeUndefined();
  });

  it('lets a step the user moved stay where they put it even when the step before it moves', () => {
    const plan = planWith({ 'r1:check-in:1': '2026-11-13T09:00:00Z', 'r1:check-in:2': '2026-11-24T14:00:00Z' });
    expect(at(plan, 'r1:check-in:2')).toBe('2026-11-24T14:00:00+00:00');
    expect(step(plan, 'r1:check-in:2').moved?.by).toBe('you');
    expect(at(plan, 'r1:move-on')).toBe('2026-12-02T09:00:00+00:00');
  });

  it('keeps the plan in date order after a move', () => {
    const plan = planWith({ 'r1:thank-you:iv-ada': '2026-11-05T09:00:00Z' });
    const times = plan.steps.map((s) => Date.parse(s.recommended.iso));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('ignores a move for a step the plan no longer has', () => {
    const plan = planWith({ 'r1:check-in:7': '2026-11-13T09:00:00Z' });
    expect(plan.steps.some((s) => s.moved || s.warnings)).toBe(false);
  });

  it('adds a note when a follower skips a public holiday', () => {
    // The second check-in lands on Mon 28 December, the substitute Boxing Day, so it goes on to Tuesday.
    const plan = planWith(
      { 'r1:check-in:1': '2026-12-18T09:00:00Z' },
      { interview: { date: '2026-12-01' }, decision: { kind: 'none', date: '' } },
    );
    const second = step(plan, 'r1:check-in:2');
    expect(second.recommended.iso.slice(0, 10)).toBe('2026-12-29');
    expect(second.timingNotes.join(' ')).toContain('Boxing Day (substitute day)');
  });
});

describe('warnings on a moved step', () => {
  it('warns when the second check-in comes less than 7 days after the first, on both steps', () => {
    const plan = planWith({ 'r1:check-in:2': '2026-11-13T09:00:00Z' });
    expect(step(plan, 'r1:check-in:2').warnings).toContain('less than 7 days after your first check-in');
    expect(step(plan, 'r1:check-in:1').warnings).toEqual(['less than 7 days before your second check-in']);
  });

  it('warns when a check-in comes less than 7 days after a thank-you', () => {
    const plan = planWith({ 'r1:check-in:1': '2026-11-06T09:00:00Z' });
    expect(step(plan, 'r1:check-in:1').warnings).toEqual([
      'less than 7 days after your thank-you to Ada Quill',
      'less than 7 days after your thank-you to Bo Marchetti-Lind',
    ]);
  });

  it('warns when a check-in comes before or on their decision date', () => {
    const decision = { decision: { kind: 'decide-by' as const, date: '2026-11-16' } };
    const before = planWith({ 'r1:check-in:1': '2026-11-13T09:00:00Z' }, decision);
    expect(step(before, 'r1:check-in:1').warnings?.[0]).toBe('before their decision date (Monday 16 November)');
    const on = planWith({ 'r1:check-in:1': '2026-11-16T15:00:00Z' }, decision);
    expect(step(on, 'r1:check-in:1').warnings?.[0]).toMatch(/^on their decision date \(Monday 16 November\)/);
  });

  it('warns about a public holiday, a weekend, a day away and the night, on the clock of whoever it is for', () => {
    const holiday = planWith(
      { 'r1:check-in:2': '2026-12-25T10:00:00Z' },
      { interview: { date: '2026-12-01' }, decision: { kind: 'none', date: '' } },
    );
    expect(step(holiday, 'r1:check-in:2').warnings).toContain('on a public holiday (Fri 25 December is Christmas Day)');
    const weekend = planWith({ 'r1:check-in:2': '2026-11-21T10:00:00Z' });
    expect(step(weekend, 'r1:check-in:2').warnings).toContain('on a weekend (Sat 21 November)');
    const night = planWith({ 'r1:check-in:2': '2026-11-18T22:30:00Z' });
    expect(step(night, 'r1:check-in:2').warnings).toContain('at night (22:30)');
    const away = planWith(
      { 'r1:check-in:2': '2026-11-19T10:00:00Z' },
      { away: [{ id: 'a', from: '2026-11-19', to: '' }] },
    );
    expect(step(away, 'r1:check-in:2').warnings).toContain('on a day you are away (Thu 19 November)');
    const theirs = planWith(
      { 'r1:check-in:2': '2026-11-18T15:00:00Z' },
      { interview: { theirTimeZone: 'Asia/Tokyo' } },
    );
    expect(step(theirs, 'r1:check-in:2').warnings).toContain('at night for them (00:00 in Tokyo)');
  });

  it('warns when a thank-you is moved before the interview ends, and a late one that it is past its window', () => {
    const early = planWith({ 'r1:thank-you:iv-ada': '2026-11-03T10:30:00Z' });
    expect(step(early, 'r1:thank-you:iv-ada').warnings).toEqual(['before your interview has ended']);
    const late = planWith({ 'r1:thank-you:iv-ada': '2026-11-05T10:00:00Z' });
    expect(step(late, 'r1:thank-you:iv-ada').warnings).toEqual([
      'later than recommended: the window closed Wednesday 4 November at 11:00',
      'less than 7 days before your first check-in',
    ]);
  });

  it('has nothing to say about a step moved within its window on a working day', () => {
    const plan = planWith({ 'r1:check-in:1': '2026-11-11T11:00:00Z' });
    expect(plan.steps.flatMap((s) => s.warnings ?? [])).toEqual([]);
  });
});
