import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../facts.ts';
import { CHECK_IN, HOURS, OPEN_TIMINGS, THANK_YOU } from '../guidance.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { addDays, isWeekend } from '../testing/wall-clock.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildPlan } from './build-plan.ts';
import type { Moment } from '../time/zoned.ts';
import type { Plan, Step } from './types.ts';

const RUNS = 1000;
const ms = (m: Moment) => Date.parse(m.iso);
/** A moment on the wall clock of `zone` (the recipient's for messages, the user's for notes to self). */
const local = (m: Moment, zone = m.zone) => new TZDate(ms(m), zone);
const dayNumber = (m: Moment, zone = m.zone) => {
  const d = local(m, zone);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 864e5;
};
/** Whose clock a step is timed on: the recipient's, or the user's for a note to self. */
const clockOf = (plan: Plan, step: Step) => (step.recipient.kind === 'self' ? plan.zone : plan.theirZone);

/**
 * Independent reading of the deadline rule, on their clock: 24 h, or the next
 * business morning's end when a closed day intervenes (a weekend, or a day the
 * user is away, read on the user's calendar at noon on theirs).
 */
function thankYouDeadline(end: Moment, zone: string, facts: Facts): number {
  const away = (d: Date) => {
    const noon = new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 12, 0, zone);
    const date = new TZDate(+noon, facts.interview.timeZone).toISOString().slice(0, 10);
    return facts.away.some((r) => r.from <= date && date <= r.to);
  };
  const closed = (d: Date) => isWeekend(d) || away(d);
  const e = local(end, zone);
  const mark = ms(end) + THANK_YOU.latestHoursAfterEnd * 36e5;
  const inWay = closed(e) || closed(addDays(e, 1)) || closed(new TZDate(mark, zone));
  if (!inWay) return mark;
  let d = addDays(e, 1);
  while (closed(d)) d = addDays(d, 1);
  return Math.max(mark, +new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), HOURS.morningEnd, 0, zone));
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

  it('never recommends a moment on a weekend or at night, on the clock of whoever it is for', () => {
    fc.assert(
      fc.property(plans, ({ plan }) => {
        for (const s of plan.steps) {
          const d = local(s.recommended, clockOf(plan, s));
          expect(isWeekend(d), `${s.id} ${s.recommended.iso}`).toBe(false);
          expect(d.getHours()).toBeGreaterThanOrEqual(HOURS.workdayStart);
          expect(d.getHours()).toBeLessThan(HOURS.nightStart);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('recommends every thank-you within 24 hours of the end, or by the next business morning when a weekend or day away intervenes', () => {
    fc.assert(
      fc.property(plans, ({ facts, plan }) => {
        const ends = roundEnds(facts);
        // A call to another zone is fitted to both clocks instead (see the call property below).
        const fitted = (x: Step) => x.channel === 'phone' && plan.theirZone !== plan.zone;
        for (const s of plan.steps.filter(
          (x) => (x.kind === 'thank-you' || x.kind === 'thank-you-card') && !fitted(x),
        )) {
          const end = ends[s.round - 1]!;
          const deadline = thankYouDeadline(end, plan.theirZone, facts);
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
        const day = (m: Moment) => dayNumber(m, plan.theirZone);
        const rounds = new Set(checks.map((s) => s.round));
        for (const round of rounds) {
          const mine = checks.filter((s) => s.round === round);
          expect(mine.length).toBeLessThanOrEqual(CHECK_IN.maxCheckIns);
          expect(mine.slice(1).every((s) => s.optional)).toBe(true);
          const thanked = Math.max(
            ...plan.steps
              .filter((s) => s.round === round && s.kind.startsWith('thank-you'))
              .map((s) => day(s.recommended)),
          );
          if (mine[0] && Number.isFinite(thanked))
            expect(day(mine[0].window.earliest) - thanked).toBeGreaterThanOrEqual(CHECK_IN.minDaysApart);
          for (let i = 1; i < mine.length; i++) {
            expect(day(mine[i]!.window.earliest) - day(mine[i - 1]!.window.latest)).toBeGreaterThanOrEqual(
              CHECK_IN.minDaysApart,
            );
          }
        }
        for (let i = 1; i < checks.length; i++) {
          expect(day(checks[i]!.recommended) - day(checks[i - 1]!.recommended)).toBeGreaterThanOrEqual(
            CHECK_IN.minDaysApart,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('puts every call inside their working day, and inside your waking hours or says why not', () => {
    const [wake, sleep] = OPEN_TIMINGS.yourWakingHours;
    fc.assert(
      fc.property(plans, ({ plan }) => {
        for (const s of plan.steps.filter((x) => x.channel === 'phone')) {
          const theirs = local(s.recommended, plan.theirZone);
          const hour = theirs.getHours() + theirs.getMinutes() / 60;
          expect(hour, `${s.id} at ${s.recommended.iso}`).toBeGreaterThanOrEqual(HOURS.workdayStart);
          expect(hour).toBeLessThan(HOURS.eveningStart);
          const mine = local(s.recommended, plan.zone);
          const awake = mine.getHours() >= wake && mine.getHours() < sleep;
          expect(awake || s.timingNotes.some((n) => n.startsWith('No time suits you both')), s.recommended.iso).toBe(
            true,
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
