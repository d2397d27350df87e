import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { validateFacts } from '../validate-facts.ts';
import { toIcs } from './ics.ts';

describe('toIcs, for random plans', { timeout: 120_000 }, () => {
  it('parses with ical.js and round-trips every step: UID, start, summary and folding', () => {
    fc.assert(
      fc.property(factsInput(), (input) => {
        const result = validateFacts(input, { now: NOW });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const plan = buildPlan(result.facts, { now: NOW });
        const ics = toIcs(plan);
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const events = new ICAL.Component(ICAL.parse(ics) as unknown[])
          .getAllSubcomponents('vevent')
          .map((v) => new ICAL.Event(v));
        expect(events).toHaveLength(plan.steps.length + plan.cancelled.length);
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
        plan.steps.forEach((step, i) => {
          const event = events[i]!;
          expect(event.uid.startsWith(step.id.replace(/[^A-Za-z0-9._-]/g, '-'))).toBe(true);
          expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(step.recommended.iso));
          expect(event.summary).toBe(step.optional ? `${step.title} (optional)` : step.title);
          expect(event.description.startsWith(step.reason)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });
});
