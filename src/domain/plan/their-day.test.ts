import { describe, expect, it } from 'vitest';
import { buildDrafts } from '../drafts/build-drafts.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildPlan } from './build-plan.ts';
import { roundDayForThem } from './their-day.ts';

const now = Date.parse('2026-03-01T12:00:00Z');
// 17:00 on Monday in Los Angeles is 12:00 on Tuesday in Sydney.
const facts = factsWith(
  {
    interview: {
      date: '2026-03-02',
      time: '17:00',
      timeZone: 'America/Los_Angeles',
      theirTimeZone: 'Australia/Sydney',
    },
  },
  now,
);

describe("the recipient's calendar day", () => {
  it('is the next day in Sydney for a Monday-evening interview in Los Angeles', () => {
    expect(roundDayForThem(facts, 1)).toBe('2026-03-03');
  });

  it('is what the drafts say: "on Tuesday 3 March", not the user\'s Monday', () => {
    const plan = buildPlan(facts, { now });
    const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;
    const body = buildDrafts(checkIn, facts)!.email.body;
    expect(body).toContain('Tuesday 3 March');
    expect(body).not.toContain('Monday 2 March');
  });

  it("is the same day as the user's when both share a zone", () => {
    expect(roundDayForThem(factsWith({ interview: { date: '2026-03-02', time: '17:00' } }, now), 1)).toBe('2026-03-02');
  });
});
