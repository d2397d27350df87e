import { describe, expect, it } from 'vitest';
import { blankEvent, type EventInput } from '../facts-input.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildPlan } from './build-plan.ts';
import type { StepStatus } from './types.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
/** A second round on `date` at 14:00 (the sample interview is Tue 3 November, 10:00). */
const round = (date: string, id = 'r2'): EventInput => ({
  id,
  kind: 'another-round',
  date,
  time: '14:00',
  durationMinutes: '',
  stage: 'final',
});
const planWith = (events: EventInput[], statuses: Record<string, StepStatus> = {}) =>
  buildPlan(factsWith({ events }, now), { now, statuses });

describe('another round', () => {
  it("cancels the earlier round's check-ins and move-on whatever their date, each saying why", () => {
    // Round 2 is booked five weeks on: round 1's check-ins all fall before it starts.
    const plan = planWith([round('2026-12-08')]);
    const gone = plan.cancelled.filter((c) => c.id.startsWith('r1:'));
    expect(gone.map((c) => c.id)).toEqual(['r1:check-in:1', 'r1:check-in:2', 'r1:move-on']);
    for (const c of gone) expect(c.because).toMatch(/^Replaced: your next interview is on Tuesday 8 December/);
    expect(plan.steps.filter((s) => s.round === 1).map((s) => s.kind)).toEqual([
      'thank-you',
      'thank-you',
      'thank-contact',
      'linkedin',
    ]);
  });

  it("explains the new round's steps by that round: not by the first round's date or how it went", () => {
    const facts = factsWith(
      { decision: { kind: 'will-call', date: '2026-11-10' }, read: { went: 'badly' }, events: [round('2026-12-08')] },
      now,
    );
    const plan = buildPlan(facts, { now });
    const step = (id: string) => plan.steps.find((s) => s.id === id);
    expect(step('r1:thank-you:iv-ada')?.reason).toMatch(/It felt rocky/);
    expect(step('r2:thank-you:iv-ada')?.reason).not.toMatch(/rocky|doubt/);
    const checkIn = step('r2:check-in:1')?.reason ?? '';
    expect(checkIn).toMatch(/^No date was given for a decision after this round/);
    expect(checkIn).not.toMatch(/after the interview/);
  });

  it("starts the new round's plan from its own date", () => {
    const plan = planWith([round('2026-12-08')]);
    const r2 = plan.steps.filter((s) => s.round === 2);
    expect(r2[0]?.recommended.iso).toBe('2026-12-08T15:00:00+00:00');
    expect(r2.every((s) => Date.parse(s.window.earliest.iso) >= Date.parse('2026-12-08T15:00:00Z'))).toBe(true);
    expect(r2.filter((s) => s.kind === 'check-in')).toHaveLength(2);
  });

  it('leaves a check-in the user marked done as history', () => {
    const plan = planWith([round('2026-12-08')], { 'r1:check-in:1': 'done' });
    expect(plan.steps.filter((s) => s.round === 1 && s.kind === 'check-in').map((s) => s.id)).toEqual([
      'r1:check-in:1',
    ]);
    expect(plan.cancelled.map((c) => c.id)).toContain('r1:check-in:2');
  });

  it('keeps only the latest round asking about a decision after a third round', () => {
    const plan = planWith([round('2026-11-09'), round('2026-11-16', 'r3')]);
    expect(new Set(plan.steps.filter((s) => s.kind === 'check-in').map((s) => s.round))).toEqual(new Set([3]));
    expect(plan.cancelled.filter((c) => c.id.startsWith('r2:check-in'))).toHaveLength(2);
  });
});

describe('a decision dated the day of a round still under way on their clock', () => {
  it('is answered a business day after the round ended, never before its end', () => {
    // Mon 16 November, 23:57 in St John's for 334 minutes: it ends Tue 17 November, 09:01 in London.
    const facts = factsWith(
      {
        interview: { timeZone: 'America/St_Johns', theirTimeZone: 'Europe/London' },
        events: [
          { ...round('2026-11-16'), time: '23:57', durationMinutes: '334' },
          { ...blankEvent('no', 'rejected'), date: '2026-11-16' },
        ],
      },
      now,
    );
    const reply = buildPlan(facts, { now }).steps.find((s) => s.kind === 'reply-to-rejection')!;
    expect(Date.parse(reply.window.earliest.iso)).toBe(Date.parse('2026-11-17T09:01:00Z'));
    expect(Date.parse(reply.recommended.iso)).toBe(Date.parse('2026-11-18T09:00:00Z'));
  });
});
