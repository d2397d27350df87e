import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionIds } from '../../lib/holidays/region-tables.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { tableFor } from '../testing/holiday-tables.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildPlan } from './build-plan.ts';

const RUNS = 200;
const REGIONS = regionIds();
const dateIn = (iso: string, zone: string) => new TZDate(Date.parse(iso), zone).toISOString().slice(0, 10);
const weekdayIn = (iso: string, zone: string) => new TZDate(Date.parse(iso), zone).getDay();

const cases = fc.tuple(factsInput(), fc.constantFrom(...REGIONS)).map(([input, region]) => {
  const result = validateFacts(input, { now: NOW });
  if (!result.ok) throw new Error(`generator made invalid input: ${JSON.stringify(result.errors)}`);
  const table = tableFor(region);
  return { facts: result.facts, table, plan: buildPlan(result.facts, { now: NOW, holidays: { region, table } }) };
});

describe('holidays, for random regions, dates and zones', { timeout: 180_000 }, () => {
  it('never recommends a step on a weekend or public holiday of the chosen region, or on a day the user is away', () => {
    fc.assert(
      fc.property(cases, ({ facts, table, plan }) => {
        for (const step of plan.steps) {
          // Messages are timed on their clock; a note to self on the user's own.
          const zone = step.recipient.kind === 'self' ? plan.zone : plan.theirZone;
          const date = dateIn(step.recommended.iso, zone);
          const label = `${step.id} on ${date} (${zone}, ${table.id})`;
          expect(table.weekend, label).not.toContain(weekdayIn(step.recommended.iso, zone));
          expect(table.holidays.get(date), label).toBeUndefined();
          if (plan.zone === plan.theirZone || step.recipient.kind === 'self')
            expect(
              facts.away.some((r) => r.from <= date && date <= r.to),
              label,
            ).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('names the holiday whenever a thank-you would otherwise have landed on one', () => {
    fc.assert(
      fc.property(cases, ({ facts, table, plan }) => {
        const plain = buildPlan(facts, { now: NOW });
        for (const step of plain.steps.filter((s) => s.kind === 'thank-you' || s.kind === 'thank-you-card')) {
          const holiday = table.holidays.get(dateIn(step.recommended.iso, plain.theirZone));
          if (!holiday || plan.zone !== plan.theirZone) continue;
          // A holiday on the region's own weekend (Shavuot on a Friday in Israel) moves nothing:
          // the weekend does, and every plan already expects weekends.
          if (table.weekend.includes(weekdayIn(step.recommended.iso, plain.theirZone))) continue;
          const moved = plan.steps.find((s) => s.id === step.id);
          // A later event (a rejection, say) can cancel a thank-you the holiday pushed past it.
          if (!moved) expect(plan.cancelled.map((c) => c.id)).toContain(step.id);
          else expect(moved.timingNotes.join(' '), `${step.id} in ${table.id}`).toContain(holiday);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
