import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactsInput } from '../facts-input.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildPlan } from './build-plan.ts';
import type { StepStatus } from './types.ts';

const RUNS = 1000;
/** Events that answer the application. */
const DECISIONS: readonly string[] = ['rejected', 'offer'];

/** Sometimes makes the contact one of the interviewers, written another way (title, case, spacing). */
const withContactAmongPeople = factsInput().chain((input) =>
  fc
    .record({ input: fc.constant(input), same: fc.boolean(), title: fc.constantFrom('', 'Dr ', 'ms. ') })
    .map(({ same, title }): FactsInput => {
      const person = input.interviewers[0];
      if (!same || !person) return input;
      const written = `${title}${person.name.toUpperCase()}`;
      const name = [...written].length <= 80 ? written : person.name;
      return { ...input, contact: { name, role: '', email: '' } };
    }),
);

/** Valid facts with random step statuses (some steps marked done or skipped). */
const cases = fc
  .tuple(
    withContactAmongPeople,
    fc.array(fc.constantFrom<StepStatus | null>('done', 'skipped', null), { maxLength: 12 }),
  )
  .map(([input, marks]) => {
    const result = validateFacts(input, { now: NOW });
    if (!result.ok) throw new Error(`generator made invalid input: ${JSON.stringify(result.errors)}`);
    const ids = buildPlan(result.facts, { now: NOW }).steps.map((s) => s.id);
    const statuses: Record<string, StepStatus> = {};
    marks.forEach((mark, i) => {
      const id = ids[i];
      if (mark && id) statuses[id] = mark;
    });
    return { facts: result.facts, statuses, plan: buildPlan(result.facts, { now: NOW, statuses }) };
  });

describe('events on a plan, for random facts and statuses', { timeout: 120_000 }, () => {
  it('never leaves a check-in or move-on still to do for a round when a later round is booked', () => {
    fc.assert(
      fc.property(cases, ({ plan, statuses }) => {
        const last = Math.max(...plan.steps.map((s) => s.round));
        const stale = plan.steps.filter(
          (s) => (s.kind === 'check-in' || s.kind === 'move-on') && s.round < last && statuses[s.id] !== 'done',
        );
        expect(stale.map((s) => s.id)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('after a rejection or an offer, leaves no thank-you or check-in to do that ignores it', () => {
    fc.assert(
      fc.property(cases, ({ facts, plan, statuses }) => {
        const decided = facts.events.some((e) => DECISIONS.includes(e.kind));
        if (!decided) return;
        const ignoring = ['thank-you', 'thank-you-card', 'thank-contact', 'check-in', 'move-on'];
        const stale = plan.steps.filter((s) => ignoring.includes(s.kind) && statuses[s.id] !== 'done');
        // Only a round booked after the decision brings them back.
        const lastDecision = facts.events.findLastIndex((e) => DECISIONS.includes(e.kind));
        const roundsAfter = facts.events.slice(lastDecision).filter((e) => e.kind === 'another-round').length;
        if (roundsAfter === 0) expect(stale.map((s) => s.id)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every step marked done, and gives every cancelled step a reason', () => {
    fc.assert(
      fc.property(cases, ({ plan, statuses }) => {
        const kept = new Set(plan.steps.map((s) => s.id));
        for (const [id, status] of Object.entries(statuses)) if (status === 'done') expect(kept.has(id), id).toBe(true);
        for (const c of plan.cancelled) expect(c.because.length).toBeGreaterThan(20);
      }),
      { numRuns: RUNS },
    );
  });

  it('sends one thank-you per person a round: never a separate thanks to a contact who interviewed', () => {
    fc.assert(
      fc.property(cases, ({ plan }) => {
        const helped = plan.steps.filter((s) => s.recipient.helped);
        const rounds = new Set(helped.map((s) => s.round));
        for (const r of rounds) expect(plan.steps.some((s) => s.round === r && s.kind === 'thank-contact')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
