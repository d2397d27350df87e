import { describe, expect, it } from 'vitest';
import type { EventInput } from '../facts-input.ts';
import { factsWith, inputWith } from '../testing/fixtures.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildPlan } from './build-plan.ts';
import { nextDueStep } from './progress.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
/** An offer on Tuesday 10 November (the sample interview was Tuesday 3 November). */
const offer = (extra: Partial<EventInput> = {}): EventInput => ({
  id: 'o',
  kind: 'offer',
  date: '2026-11-10',
  time: '',
  durationMinutes: '',
  stage: '',
  offerVia: 'written',
  answerBy: '',
  ...extra,
});
const planWith = (event: EventInput, statuses = {}) =>
  buildPlan(factsWith({ events: [event] }, now), { now, statuses });

describe('an offer', () => {
  it('adds a prompt reply and a decision day three business days on, labelled as our suggestion', () => {
    const plan = planWith(offer());
    const steps = plan.steps.filter((s) => ['offer-reply', 'offer-in-writing', 'offer-decision'].includes(s.kind));
    expect(steps.map((s) => [s.kind, s.recommended.iso])).toEqual([
      ['offer-reply', '2026-11-11T09:00:00+00:00'],
      ['offer-decision', '2026-11-13T09:00:00+00:00'],
    ]);
    expect(steps[1]?.title).toBe('Give Harbour & Finch your answer by Friday 13 November');
    expect(steps[1]?.reason).toMatch(/^Our suggestion/);
    expect(steps.every((s) => s.guide.slug === 'after-a-rejection')).toBe(true);
  });

  it('asks for a phone offer in writing, and keeps to the day the user chose', () => {
    const plan = planWith(offer({ offerVia: 'phone', answerBy: '2026-11-20' }));
    const kinds = plan.steps.filter((s) => s.kind.startsWith('offer-') && s.kind !== 'offer-thanks');
    expect(kinds.map((s) => [s.kind, s.recommended.iso])).toEqual([
      ['offer-reply', '2026-11-11T09:00:00+00:00'],
      ['offer-in-writing', '2026-11-12T09:00:00+00:00'],
      ['offer-decision', '2026-11-20T09:00:00+00:00'],
    ]);
    expect(kinds[2]?.reason).toMatch(/^The day you chose/);
  });

  it('drops the thanks the reply covers, rewrites the others, and says which', () => {
    const plan = planWith(offer(), { 'r1:thank-you:iv-ada': 'done' });
    expect(plan.steps.find((s) => s.id === 'r1:thank-you:iv-ada')?.kind).toBe('thank-you');
    const bo = plan.steps.find((s) => s.id === 'r1:thank-you:iv-bo:after-offer');
    expect(bo?.kind).toBe('offer-thanks');
    expect(bo?.title).toBe('Email Bo Marchetti-Lind a thank-you that shares your news');
    const because = Object.fromEntries(plan.cancelled.map((c) => [c.id, c.because]));
    expect(because['r1:thank-you:iv-bo']).toMatch(/^Rewritten after your offer \(Tuesday 10 November\): see "Email Bo/);
    expect(because['r1:thank-contact']).toMatch(/your reply to it thanks Sam Reed/);
    expect(because['r1:check-in:1']).toMatch(/nothing left to chase/);
  });

  it('never shows a stale thank-you as next up', () => {
    const plan = planWith(offer());
    expect(nextDueStep(plan, {}, now)?.step.kind).not.toMatch(/^thank/);
  });

  it('asks how the offer came, and checks the day to answer by', () => {
    const errors = (event: EventInput) => {
      const result = validateFacts(inputWith({ events: [event] }), { now });
      return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    };
    expect(errors(offer({ offerVia: '' }))).toEqual([
      'events.0.offerVia: Say how the offer came: by phone, or by email or letter.',
    ]);
    expect(errors(offer({ answerBy: '2026-11-09' }))).toEqual([
      "events.0.answerBy: Your answer can't be due before the offer came (Tuesday 10 November) — check the date.",
    ]);
    expect(errors(offer({ offerVia: undefined, answerBy: undefined }))).toEqual([]);
  });

  it('puts the reply, the request in writing and the answer in that order, hours apart, when the answer is due the next day', () => {
    const plan = planWith(offer({ offerVia: 'phone', answerBy: '2026-11-11' }));
    const kinds = plan.steps.filter((s) => s.kind.startsWith('offer-') && s.kind !== 'offer-thanks');
    expect(kinds.map((s) => [s.kind, s.recommended.iso])).toEqual([
      ['offer-reply', '2026-11-10T12:00:00+00:00'],
      ['offer-in-writing', '2026-11-10T14:00:00+00:00'],
      ['offer-decision', '2026-11-11T09:00:00+00:00'],
    ]);
    expect(kinds[0]?.title).toBe('Thank Sam Reed for the offer and say when you will answer');
    expect(kinds[0]?.reason).not.toMatch(/ask when/);
  });

  it('asks for the written offer a working day before the answer when there is room', () => {
    const plan = planWith(offer({ offerVia: 'phone', answerBy: '2026-11-12' }));
    const at = (kind: string) => plan.steps.find((s) => s.kind === kind)?.recommended.iso;
    expect([at('offer-reply'), at('offer-in-writing'), at('offer-decision')]).toEqual([
      '2026-11-11T09:00:00+00:00',
      '2026-11-11T11:00:00+00:00',
      '2026-11-12T09:00:00+00:00',
    ]);
  });
});
