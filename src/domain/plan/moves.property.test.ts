import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IN, HOURS } from '../guidance.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { isWeekend } from '../testing/wall-clock.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildPlan } from './build-plan.ts';
import type { Moment } from '../time/zoned.ts';
import type { Plan, Step } from './types.ts';

const RUNS = 200;
const ms = (m: Moment) => Date.parse(m.iso);
/** Calendar day number of a moment on `zone`'s wall clock (an independent reading, through TZDate). */
const dayNumber = (m: Moment, zone: string) => {
  const d = new TZDate(ms(m), zone);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 864e5;
};
/** The pairs of steps the rules keep at least `CHECK_IN.minDaysApart` days apart. */
const ruled = (a: Step, b: Step) => {
  const thanks = (s: Step) => s.kind === 'thank-you' || s.kind === 'thank-you-card';
  if (a.kind === 'check-in' && b.kind === 'check-in') return true;
  return a.round === b.round && ((thanks(a) && b.kind === 'check-in') || (thanks(b) && a.kind === 'check-in'));
};

/** Random facts (events included), and a set of moves: some steps, each by whole days and hours either way. */
const cases = factsInput().chain((input) => {
  const result = validateFacts(input, { now: NOW });
  if (!result.ok) throw new Error(`generator made invalid input: ${JSON.stringify(result.errors)}`);
  const facts = result.facts;
  const base = buildPlan(facts, { now: NOW });
  const shifts = fc.array(
    fc.record({
      index: fc.nat(Math.max(0, base.steps.length - 1)),
      days: fc.integer({ min: -20, max: 20 }),
      hours: fc.integer({ min: -12, max: 12 }),
    }),
    { maxLength: 4 },
  );
  return shifts.map((list) => {
    const moves: Record<string, string> = {};
    for (const { index, days, hours } of list) {
      const step = base.steps[index];
      if (step) moves[step.id] = new Date(ms(step.recommended) + days * 864e5 + hours * 36e5).toISOString();
    }
    return { facts, base, moves, plan: buildPlan(facts, { now: NOW, moves }) };
  });
});

const warned = (s: Step) => (s.warnings ?? []).length > 0;

describe('moves, for random facts, events and moves', { timeout: 120_000 }, () => {
  it('never leaves two contacts closer than the rules allow without a warning on one of them', () => {
    fc.assert(
      fc.property(cases, ({ plan }: { plan: Plan }) => {
        for (const a of plan.steps)
          for (const b of plan.steps) {
            if (a === b || !ruled(a, b)) continue;
            const apart = Math.abs(dayNumber(a.recommended, plan.theirZone) - dayNumber(b.recommended, plan.theirZone));
            if (apart < CHECK_IN.minDaysApart)
              expect(warned(a) || warned(b), `${a.id} ${a.recommended.iso} / ${b.id} ${b.recommended.iso}`).toBe(true);
          }
      }),
      { numRuns: RUNS },
    );
  });

  it('warns about every moved step on a weekend or at night on the clock of whoever it is for', () => {
    fc.assert(
      fc.property(cases, ({ plan }) => {
        for (const s of plan.steps.filter((x) => x.moved)) {
          const d = new TZDate(ms(s.recommended), s.recipient.kind === 'self' ? plan.zone : plan.theirZone);
          if (isWeekend(d) || d.getHours() < HOURS.workdayStart || d.getHours() >= HOURS.nightStart)
            expect(warned(s), `${s.id} at ${s.recommended.iso}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('puts each step the user moved exactly where they put it, and keeps every other step of the plan', () => {
    fc.assert(
      fc.property(cases, ({ base, moves, plan }) => {
        expect(plan.steps.map((s) => s.id).sort()).toEqual(base.steps.map((s) => s.id).sort());
        for (const s of plan.steps) {
          const picked = moves[s.id];
          if (picked) expect(ms(s.recommended)).toBe(Date.parse(picked));
          else if (!s.moved) expect(s.recommended).toEqual(base.steps.find((b) => b.id === s.id)?.recommended);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a plan nobody moved no warnings at all', () => {
    fc.assert(
      fc.property(cases, ({ base }) => {
        expect(base.steps.filter(warned).map((s) => s.id)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
