import { describe, expect, it } from 'vitest';
import { blankEvent, type EventInput, type FactsInput } from '../facts-input.ts';
import { CHECK_IN, OPEN_TIMINGS } from '../guidance.ts';
import { factsWith, type DeepPartial } from '../testing/fixtures.ts';
import { tableFor } from '../testing/holiday-tables.ts';
import { afterBusinessDays, isBusinessDay } from '../time/business-days.ts';
import { localFrom } from '../time/wall-clock.ts';
import { buildPlan } from './build-plan.ts';
import type { Plan, Step } from './types.ts';

const now = Date.parse('2026-11-25T12:00:00Z');
const offer = (date: string, deadline: string, extra: Partial<EventInput> = {}): EventInput => ({
  ...blankEvent('other', 'another-offer'),
  date,
  deadline,
  ...extra,
});
const planWith = (events: EventInput[], overrides: DeepPartial<FactsInput> = {}, at = now, region?: string): Plan =>
  buildPlan(factsWith({ ...overrides, events }, at), {
    now: at,
    ...(region ? { holidays: { region, table: tableFor(region) } } : {}),
  });
const message = (plan: Plan): Step | undefined => plan.steps.find((s) => s.kind === 'another-offer');
/** A step's moment as `YYYY-MM-DD HH:MM` on the London clock. */
const london = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/London' }).format(
    Date.parse(iso),
  );

// The sample interview: Tue 3 November 2026, 10:00 London; check-ins Tue 10 and Wed 18 November.
describe('another offer with an answer date', () => {
  it('plans one message the business morning after the offer came, due well before the answer date', () => {
    const plan = planWith([offer('2026-11-05', '2026-11-20')]);
    const step = message(plan)!;
    expect(step.id).toBe('another-offer:other');
    expect(london(step.recommended.iso)).toBe('2026-11-06 09:00');
    // At least three business days before Fri 20 November: the evening of Tue 17 November.
    expect(london(step.window.latest.iso)).toBe('2026-11-17 17:00');
    expect(step.recipient.name).toBe('Sam Reed');
    expect(step.channel).toBe('email');
    expect(step.guide).toEqual({ slug: 'another-offer-deadline', fragment: 'when-to-send-it' });
    expect(step.reason).toContain('Friday 20 November');
  });

  it(`always leaves them ${OPEN_TIMINGS.otherOfferLeadBusinessDays} business days when the date allows it`, () => {
    for (const [came, due] of [
      ['2026-11-05', '2026-11-12'],
      ['2026-11-06', '2026-11-16'],
      ['2026-11-07', '2026-11-13'],
      ['2026-11-09', '2026-11-24'],
    ] as const) {
      const step = message(planWith([offer(came, due)]))!;
      const latest = Date.parse(step.window.latest.iso);
      const recommended = Date.parse(step.recommended.iso);
      expect(isBusinessDay(localFrom(london(step.recommended.iso).slice(0, 10)))).toBe(true);
      expect(recommended).toBeLessThanOrEqual(latest);
      const reached = afterBusinessDays(
        localFrom(london(step.window.latest.iso).slice(0, 10)),
        OPEN_TIMINGS.otherOfferLeadBusinessDays,
        0,
      );
      expect(reached, `${came} → ${due}`).toBeLessThanOrEqual(localFrom(due));
      expect(step.timingNotes).toEqual([]);
    }
  });

  it('cancels the check-ins still to come, with a reason, and never adds one', () => {
    const before = planWith([]);
    const plan = planWith([offer('2026-11-05', '2026-11-20')]);
    expect(before.steps.filter((s) => s.kind === 'check-in')).toHaveLength(CHECK_IN.maxCheckIns);
    expect(plan.steps.filter((s) => s.kind === 'check-in')).toEqual([]);
    expect(plan.cancelled.map((c) => c.id)).toEqual(['r1:check-in:1', 'r1:check-in:2']);
    for (const gone of plan.cancelled) expect(gone.because).toMatch(/no check-in follows it.*Friday 20 November/);
  });

  it('keeps a check-in that came before the offer and drops the one after', () => {
    const plan = planWith([offer('2026-11-12', '2026-11-27')]);
    expect(plan.steps.filter((s) => s.kind === 'check-in').map((s) => s.id)).toEqual(['r1:check-in:1']);
    expect(plan.cancelled.map((c) => c.id)).toEqual(['r1:check-in:2']);
    expect(london(message(plan)!.recommended.iso)).toBe('2026-11-13 09:00');
  });

  it('moves the move-on note to the answer date, where the user decides, and links what to do then', () => {
    const moveOn = planWith([offer('2026-11-05', '2026-11-20')]).steps.find((s) => s.kind === 'move-on')!;
    expect(london(moveOn.recommended.iso)).toBe('2026-11-20 09:00');
    expect(moveOn.title).toBe('Your answer to the other offer is due: decide with what you know');
    expect(moveOn.guide).toEqual({ slug: 'another-offer-deadline', fragment: 'if-they-cannot-answer-in-time' });
  });

  it('puts a Sunday answer date’s decision on the Friday before', () => {
    const moveOn = planWith([offer('2026-11-05', '2026-11-22')]).steps.find((s) => s.kind === 'move-on')!;
    expect(london(moveOn.recommended.iso)).toBe('2026-11-20 09:00');
  });

  it('sends it as soon as their office opens when the answer is due within three business days, and says why', () => {
    const step = message(planWith([offer('2026-11-16', '2026-11-18')]))!;
    expect(london(step.recommended.iso)).toBe('2026-11-16 09:00');
    expect(london(step.window.latest.iso)).toBe('2026-11-17 17:00');
    expect(step.timingNotes).toEqual([
      'Your answer is due on Wed 18 November, less than 3 business days ahead, so it goes as early as their office opens.',
    ]);
  });

  it('plans no message when the answer is due before their next working day, and says so', () => {
    const plan = planWith([offer('2026-11-14', '2026-11-15')]);
    expect(message(plan)).toBeUndefined();
    expect(plan.notes.at(-1)).toMatch(/due on Sunday 15 November.*no time for them to act/);
  });

  it('sends it straight after an interview that ended in their office hours, far ahead of the user, and the decision waits for the user’s morning', () => {
    // Mon 16 November, 00:00-00:05 in London is 11:00-11:05 in Sydney: their office is open.
    const plan = planWith([offer('2026-11-16', '2026-11-16')], {
      interview: { date: '2026-11-16', time: '00:00', durationMinutes: '5', theirTimeZone: 'Australia/Sydney' },
    });
    // Not their next morning (22:00 for the user, after the answer date on theirs).
    expect(london(message(plan)!.recommended.iso)).toBe('2026-11-16 00:05');
    expect(london(plan.steps.find((s) => s.kind === 'move-on')!.recommended.iso)).toBe('2026-11-16 09:00');
  });

  it('plans no message when their office opens only in the night of the answer date, on the user’s clock', () => {
    // Their 09:00 on Tue 17 November in London is 22:00 in Auckland, where the user is.
    const plan = planWith([offer('2026-11-17', '2026-11-17')], {
      interview: { date: '2026-11-16', time: '10:00', timeZone: 'Pacific/Auckland', theirTimeZone: 'Europe/London' },
    });
    expect(message(plan)).toBeUndefined();
    expect(plan.notes.at(-1)).toMatch(/due on Tuesday 17 November.*no time for them to act/);
    const hour = (iso: string) => Number(iso.slice(11, 13));
    for (const step of plan.steps.filter((s) => s.recipient.kind === 'self'))
      expect(hour(step.recommended.iso)).toBeGreaterThanOrEqual(9);
  });

  it('skips public holidays on their side: an offer on Christmas Eve is raised after the English bank holidays', () => {
    const plan = planWith(
      [offer('2026-12-24', '2027-01-15')],
      { interview: { date: '2026-12-15' }, contact: null },
      Date.parse('2027-01-05T12:00:00Z'),
      'GB-ENG',
    );
    const step = message(plan)!;
    expect(london(step.recommended.iso)).toBe('2026-12-29 09:00');
    expect(step.timingNotes.join(' ')).toContain('Christmas Day');
    expect(step.recipient.name).toBe('Ada Quill');
  });

  it('calls instead of emailing when the user prefers the phone', () => {
    const step = message(planWith([offer('2026-11-05', '2026-11-20')], { notes: { channel: 'phone' } }))!;
    expect(step.channel).toBe('phone');
    expect(step.title).toMatch(/^Call Sam Reed/);
  });

  it('names the other employer in the title, which only the user sees', () => {
    const step = message(planWith([offer('2026-11-05', '2026-11-20', { otherEmployer: 'Juniper Labs' })]))!;
    expect(step.title).toBe('Email Sam Reed about your other offer from Juniper Labs (answer due Friday 20 November)');
  });

  it('asks nothing of a company the user does not want, and says what to do instead', () => {
    const plan = planWith([offer('2026-11-05', '2026-11-20')], { read: { interest: 'no' } });
    expect(message(plan)).toBeUndefined();
    expect(plan.notes.at(-1)).toMatch(/not a fit.*tell them and withdraw/);
  });

  it('asks nothing once they have decided, and a later decision cancels the unsent message', () => {
    const offered = { ...offer('2026-11-04', '2026-11-04'), id: 'theirs', kind: 'offer' as const };
    expect(message(planWith([offered, offer('2026-11-05', '2026-11-20')]))).toBeUndefined();
    const rejected = { ...offer('2026-11-06', '2026-11-06'), id: 'no', kind: 'rejected' as const };
    const plan = planWith([offer('2026-11-05', '2026-11-20'), rejected]);
    expect(message(plan)?.id ?? null).toBe(null);
    // The message was due the morning of the rejection: the rejection takes it away.
    expect(plan.cancelled.map((c) => c.id)).toContain('another-offer:other');
  });
});
