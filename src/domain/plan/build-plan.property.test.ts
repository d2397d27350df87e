import { TZDate } from '@date-fns/tz';
import { addDays, isWeekend } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../facts.ts';
import { CHECK_IN, HOURS, THANK_YOU } from '../guidance.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildPlan } from './build-plan.ts';
import type { Moment } from '../time/zoned.ts';

const RUNS = 1000;
const ms = (m: Moment) => Date.parse(m.iso);
const local = (m: Moment) => new TZDate(ms(m), m.zone);
const dayNumber = (m: Moment) => {
  const d = local(m);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 864e5;
};

/** Independent reading of the deadline rule: 24 h, or the next business morning's end when a weekend intervenes. */
function thankYouDeadline(end: Moment): number {
  const e = local(end);
  const mark = ms(end) + THANK_YOU.latestHoursAfterEnd * 36e5;
  const weekend = isWeekend(e) || isWeekend(addDays(e, 1)) || isWeekend(new TZDate(mark, end.zone));
  if (!weekend) return mark;
  let d = addDays(e, 1);
  while (isWeekend(d)) d = addDays(d, 1);
  return Math.max(mark, +new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), HOURS.morningEnd, 0, end.zone));
}

const roundEnds = (facts: Facts): Moment[] => [
  facts.interview.end,
  ...facts.events.flatMap((e) => (e.kind === 'another-round' ? [e.end] : [])),
];

const plans = factsInput().map((input) => {
  const result = validateFacts(input, { now: NOW });
  if (!result.ok) throw new Error(`generator made invalid input: ${JSON.stringify(result.errors)}`);
  return { facts: result.facts, plan: buildPlan(result.facts, { now: NOW }) };
});

describe('buildPlan, for thousands of random valid facts', { timeout: 120_000 }, () => {
  it('orders steps by recommended moment, with unique ids and sane windows', () => {
    fc.assert(
      fc.property(plans, ({ plan }) => {
        const steps = plan.steps;
        for (let i = 1; i < steps.length; i++)
          expect(ms(steps[i]!.recommended)).toBeGreaterThanOrEqual(ms(steps[i - 1]!.recommended));
        expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
        for (const s of steps) {
          expect(ms(s.window.earliest)).toBeLessThanOrEqual(ms(s.recommended));
          expect(ms(s.recommended)).toBeLessThanOrEqual(ms(s.window.latest));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('schedules nothing before the interview', () => {
    fc.assert(
      fc.property(plans, ({ facts, plan }) => {
        const start = ms(facts.interview.start);
        for (const s of plan.steps) expect(ms(s.window.earliest)).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: RUNS },
    );
  });

  it('never recommends a moment on a weekend or at night', () => {
    fc.assert(
      fc.property(plans, ({ plan }) => {
        for (const s of plan.steps) {
          const d = local(s.recommended);
          expect(isWeekend(d), `${s.id} ${s.recommended.iso}`).toBe(false);
          expect(d.getHours()).toBeGreaterThanOrEqual(HOURS.workdayStart);
          expect(d.getHours()).toBeLessThan(HOURS.nightStart);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('recommends every thank-you within 24 hours of the end, or by the next business morning when a weekend intervenes', () => {
    fc.assert(
      fc.property(plans, ({ facts, plan }) => {
        const ends = roundEnds(facts);
        for (const s of plan.steps.filter((x) => x.kind === 'thank-you' || x.kind === 'thank-you-card')) {
          const end = ends[s.round - 1]!;
          const deadline = thankYouDeadline(end);
          expect(ms(s.recommended), `${s.id} ended ${end.iso}, got ${s.recommended.iso}`).toBeLessThanOrEqual(deadline);
          if (s.kind === 'thank-you') expect(ms(s.window.latest)).toBeLessThanOrEqual(deadline);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('plans at most two check-ins per round, at least 7 days apart and a week after the thank-you', () => {
    fc.assert(
      fc.property(plans, ({ plan }) => {
        const checks = plan.steps.filter((s) => s.kind === 'check-in');
        const rounds = new Set(checks.map((s) => s.round));
        for (const round of rounds) {
          const mine = checks.filter((s) => s.round === round);
          expect(mine.length).toBeLessThanOrEqual(CHECK_IN.maxCheckIns);
          expect(mine.slice(1).every((s) => s.optional)).toBe(true);
          const thanked = Math.max(
            ...plan.steps
              .filter((s) => s.round === round && s.kind.startsWith('thank-you'))
              .map((s) => dayNumber(s.recommended)),
          );
          if (mine[0] && Number.isFinite(thanked))
            expect(dayNumber(mine[0].window.earliest) - thanked).toBeGreaterThanOrEqual(CHECK_IN.minDaysApart);
          for (let i = 1; i < mine.length; i++) {
            expect(dayNumber(mine[i]!.window.earliest) - dayNumber(mine[i - 1]!.window.latest)).toBeGreaterThanOrEqual(
              CHECK_IN.minDaysApart,
            );
          }
        }
        for (let i = 1; i < checks.length; i++) {
          expect(dayNumber(checks[i]!.recommended) - dayNumber(checks[i - 1]!.recommended)).toBeGreaterThanOrEqual(
            CHECK_IN.minDaysApart,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('adds LinkedIn steps only for interviewers who agreed, each after their thank-you', () => {
    fc.assert(
      fc.property(plans, ({ facts, plan }) => {
        const agreed = new Set(facts.interviewers.filter((p) => p.linkedIn).map((p) => p.id));
        const linked = plan.steps.filter((s) => s.kind === 'linkedin');
        expect(new Set(linked.map((s) => s.recipient.id))).toEqual(agreed);
        for (const step of linked) {
          const thanks = plan.steps.filter(
            (s) => s.round === 1 && s.recipient.id === step.recipient.id && s.kind.startsWith('thank-you'),
          );
          for (const t of thanks) expect(ms(step.recommended)).toBeGreaterThan(ms(t.recommended));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
