import { describe, expect, it } from 'vitest';
import type { FactsInput } from '../facts-input.ts';
import { OPEN_TIMINGS, HOURS } from '../guidance.ts';
import { factsWith, type DeepPartial } from '../testing/fixtures.ts';
import { tableFor } from '../testing/holiday-tables.ts';
import { buildPlan } from './build-plan.ts';
import type { Plan, Step } from './types.ts';

const now = Date.parse('2026-06-15T12:00:00Z');

/** A plan for the sample interview with `overrides`, timed around `region`'s holidays. */
function planIn(region: string | null, overrides: DeepPartial<FactsInput>, { data = true } = {}): Plan {
  const date = overrides.interview?.date;
  const at = date ? Date.parse(`${date}T12:00:00Z`) : now;
  const facts = factsWith({ contact: null, ...overrides }, at);
  const table = region && data ? tableFor(region) : null;
  return buildPlan(facts, { now: at, holidays: { region, table } });
}
const step = (plan: Plan, id: string): Step => {
  const found = plan.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in ${plan.steps.map((s) => s.id).join(', ')}`);
  return found;
};
/** The wall-clock date and time of a step on a clock, `YYYY-MM-DD HH:MM`. */
const on = (s: Step, zone: string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: zone }).format(
    Date.parse(s.recommended.iso),
  );
const oneInterviewer = (name = 'Ada Quill') => [
  { id: 'iv-ada', name, title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
];
const interview = (date: string, time: string, timeZone: string, extra: DeepPartial<FactsInput['interview']> = {}) => ({
  interview: { date, time, durationMinutes: '60', timeZone, ...extra },
  interviewers: oneInterviewer(),
});

describe('public holidays, named cases', () => {
  it('Easter Monday 2026, England: a check-in that would land on Mon 6 April moves to Tue 7 April, and says why', () => {
    const plan = planIn('GB-ENG', interview('2026-03-30', '10:00', 'Europe/London'));
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Europe/London')).toBe('2026-04-07 09:00');
    expect(first.timingNotes).toEqual([
      'Mon 6 April is Easter Monday, a bank holiday in England: moved to Tue 7 April.',
    ]);
  });

  it('Easter 2026, England: a decision date on Good Friday counts from Tue 7 April, so the check-in is Wed 8 April', () => {
    const plan = planIn('GB-ENG', {
      ...interview('2026-03-26', '10:00', 'Europe/London'),
      decision: { kind: 'decide-by', date: '2026-04-03' },
    });
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Europe/London')).toBe('2026-04-08 09:00');
    expect(first.timingNotes).toEqual([
      'Fri 3 April is Good Friday and Mon 6 April is Easter Monday, bank holidays in England, so their decision counts from Tue 7 April.',
    ]);
  });

  it('Good Friday 2026, New South Wales: the business day after Thu 2 April is Tue 7 April', () => {
    const plan = planIn('AU-NSW', {
      ...interview('2026-03-24', '10:00', 'Australia/Sydney'),
      decision: { kind: 'decide-by', date: '2026-04-02' },
    });
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Australia/Sydney')).toBe('2026-04-07 09:00');
    expect(first.timingNotes).toEqual([
      'Fri 3 April is Good Friday and Mon 6 April is Easter Monday, public holidays in New South Wales: moved to Tue 7 April.',
    ]);
  });

  it('US Thanksgiving 2026: a check-in that would land on Thu 26 November moves to Fri 27 November', () => {
    const plan = planIn('US', interview('2026-11-19', '10:00', 'America/New_York'));
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'America/New_York')).toBe('2026-11-27 09:00');
    expect(first.timingNotes).toEqual([
      'Thu 26 November is Thanksgiving Day, a public holiday in the United States: moved to Fri 27 November.',
    ]);
    // The second check-in still opens at least a week after the first one closes.
    const second = step(plan, 'r1:check-in:2');
    expect(Date.parse(second.window.earliest.iso) - Date.parse(first.window.latest.iso)).toBeGreaterThanOrEqual(
      6 * 86_400_000,
    );
  });

  it('Christmas Day and Boxing Day 2026, England: a check-in due on Christmas Day waits until Tue 29 December', () => {
    const plan = planIn('GB-ENG', interview('2026-12-18', '10:00', 'Europe/London'));
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Europe/London')).toBe('2026-12-29 09:00');
    expect(first.timingNotes).toEqual([
      'Fri 25 December is Christmas Day and Mon 28 December is Boxing Day (substitute day), bank holidays in England: moved to Tue 29 December.',
    ]);
  });

  it('Golden Week 2026, Japan: the thank-you skips Showa Day and the check-in skips 5–6 May', () => {
    const plan = planIn('JP', interview('2026-04-28', '16:00', 'Asia/Tokyo'));
    const thanks = step(plan, 'r1:thank-you:iv-ada');
    expect(on(thanks, 'Asia/Tokyo')).toBe('2026-04-28 17:00');
    expect(thanks.reason).toMatch(/^With their office closed the next day, that evening is best/);
    expect(thanks.timingNotes).toEqual([
      'Wed 29 April is Showa Day, a public holiday in Japan, so the deadline stretches to Thu 30 April.',
    ]);
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Asia/Tokyo')).toBe('2026-05-07 09:00');
    expect(first.timingNotes).toEqual([
      "Tue 5 May is Children's Day and Wed 6 May is Constitution Day (substitute day), public holidays in Japan: moved to Thu 7 May.",
    ]);
  });

  it('Golden Week 2026, Japan: a call after a late interview waits until after Showa Day', () => {
    const plan = planIn('JP', {
      ...interview('2026-04-28', '16:00', 'Asia/Tokyo'),
      notes: { channel: 'phone' },
    });
    const thanks = step(plan, 'r1:thank-you:iv-ada');
    expect(on(thanks, 'Asia/Tokyo')).toBe('2026-04-30 09:00');
    expect(thanks.timingNotes).toEqual([
      'Wed 29 April is Showa Day, a public holiday in Japan: moved to Thu 30 April.',
    ]);
  });

  it('Diwali 2027, India: a check-in that would land on Fri 29 October moves to Mon 1 November', () => {
    const plan = planIn('IN', interview('2027-10-22', '10:00', 'Asia/Kolkata'));
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Asia/Kolkata')).toBe('2027-11-01 09:00');
    expect(first.timingNotes).toEqual([
      'Fri 29 October is Diwali, a public holiday in India: moved to Mon 1 November.',
    ]);
  });

  it('a Friday interview before a Monday bank holiday: the thank-you deadline stretches to Tuesday', () => {
    const plan = planIn('GB-ENG', interview('2026-05-01', '15:00', 'Europe/London'));
    const thanks = step(plan, 'r1:thank-you:iv-ada');
    expect(on(thanks, 'Europe/London')).toBe('2026-05-01 16:00');
    expect(thanks.window.latest.iso).toBe('2026-05-05T12:00:00+01:00');
    expect(thanks.timingNotes).toEqual([
      'Mon 4 May is Early May bank holiday, a bank holiday in England, so the deadline stretches to Tue 5 May.',
    ]);
  });

  it('a region with no data: the plan skips weekends only, and says so', () => {
    const plan = planIn('AQ', interview('2026-03-30', '10:00', 'Europe/London'), { data: false });
    expect(plan.notes[0]).toBe(
      'We have no public-holiday data for Antarctica, so the plan skips weekends only: check the dates against local holidays.',
    );
    expect(on(step(plan, 'r1:check-in:1'), 'Europe/London')).toBe('2026-04-06 09:00');
    expect(plan.holidays).toEqual({ region: 'AQ', label: null, years: null });
  });

  it('a zone with no country: the plan asks for a region', () => {
    const plan = planIn(null, interview('2026-03-30', '10:00', 'UTC'));
    expect(plan.notes[0]).toMatch(/^Their time zone does not point to one country/);
  });

  it('says when a step falls after the years the data covers', () => {
    const plan = planIn('GB-ENG', interview('2029-12-20', '10:00', 'Europe/London'));
    expect(plan.notes).toContain(
      'Public holidays for England, United Kingdom are known for 2025–2029; steps outside those years skip weekends only.',
    );
  });

  it('moves a step off the days the user is away, and says so', () => {
    const plan = planIn('GB-ENG', {
      ...interview('2026-03-30', '10:00', 'Europe/London'),
      away: [{ id: 'trip', from: '2026-04-07', to: '2026-04-09' }],
    });
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Europe/London')).toBe('2026-04-10 09:00');
    expect(first.timingNotes).toEqual([
      'Mon 6 April is Easter Monday, a bank holiday in England, and you are away on Tue 7 April, Wed 8 April and Thu 9 April: moved to Fri 10 April.',
    ]);
  });
});

describe("the recipient's working hours, named cases", () => {
  const [wake, sleep] = OPEN_TIMINGS.yourWakingHours;
  const hourIn = (s: Step, zone: string) => Number(on(s, zone).slice(11, 13));

  it('London → New York: messages arrive at 09:00 in New York, which is the afternoon in London', () => {
    const plan = planIn('US', {
      ...interview('2026-03-10', '14:00', 'Europe/London', { theirTimeZone: 'America/New_York' }),
    });
    expect(plan.theirZone).toBe('America/New_York');
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'America/New_York')).toBe('2026-03-17 09:00');
    expect(on(first, 'Europe/London')).toBe('2026-03-17 13:00');
    for (const s of plan.steps.filter((x) => x.recipient.kind !== 'self')) {
      expect(hourIn(s, 'America/New_York')).toBeGreaterThanOrEqual(HOURS.workdayStart);
      expect(hourIn(s, 'America/New_York')).toBeLessThan(HOURS.nightStart);
    }
  });

  it('Sydney → London: a thank-you call goes at 09:00 in London, 20:00 in Sydney, inside both windows', () => {
    const plan = planIn('GB-ENG', {
      ...interview('2026-03-10', '18:00', 'Australia/Sydney', { theirTimeZone: 'Europe/London' }),
      notes: { channel: 'phone' },
    });
    const thanks = step(plan, 'r1:thank-you:iv-ada');
    expect(on(thanks, 'Europe/London')).toBe('2026-03-10 09:00');
    expect(on(thanks, 'Australia/Sydney')).toBe('2026-03-10 20:00');
    expect(hourIn(thanks, 'Australia/Sydney')).toBeGreaterThanOrEqual(wake);
    expect(hourIn(thanks, 'Australia/Sydney')).toBeLessThan(sleep);
    expect(thanks.timingNotes).toEqual([]);
  });

  it('Kolkata → San Francisco in summer: a check-in call at 09:00 in California is 21:30 in Kolkata, inside both windows', () => {
    const plan = planIn('US', {
      ...interview('2026-06-02', '20:00', 'Asia/Kolkata', { theirTimeZone: 'America/Los_Angeles' }),
      notes: { channel: 'phone' },
    });
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'America/Los_Angeles')).toBe('2026-06-09 09:00');
    expect(on(first, 'Asia/Kolkata')).toBe('2026-06-09 21:30');
    expect(first.timingNotes).toEqual([]);
  });

  it('Kolkata → San Francisco in winter: no hour suits both, so the call proposes the nearest slot and says so', () => {
    const plan = planIn('US', {
      ...interview('2026-12-01', '21:00', 'Asia/Kolkata', { theirTimeZone: 'America/Los_Angeles' }),
      notes: { channel: 'phone' },
    });
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'America/Los_Angeles')).toBe('2026-12-08 09:00');
    expect(on(first, 'Asia/Kolkata')).toBe('2026-12-08 22:30');
    expect(first.timingNotes).toEqual([
      'No time suits you both: their working day (09:00–17:00 in Los Angeles) falls outside your waking hours (07:00–22:00). The nearest is 09:00 for them, 22:30 for you; or send an email instead.',
    ]);
  });

  it('Kolkata → San Francisco by email: the message keeps 09:00 their time and suggests scheduling it', () => {
    const plan = planIn('US', {
      ...interview('2026-12-01', '22:30', 'Asia/Kolkata', { theirTimeZone: 'America/Los_Angeles' }),
    });
    const first = step(plan, 'r1:check-in:1');
    expect(on(first, 'Asia/Kolkata')).toBe('2026-12-08 22:30');
    expect(first.timingNotes).toEqual([
      'That is 22:30 for you: write it earlier and schedule it to send at 09:00 their time.',
    ]);
  });
});
