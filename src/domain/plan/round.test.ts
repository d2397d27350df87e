import { describe, expect, it } from 'vitest';
import { blankInterviewer, type EventInput, type InterviewerInput } from '../facts-input.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildPlan } from './build-plan.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const cleo: InterviewerInput = { ...blankInterviewer('iv-cleo'), name: 'Cleo Banks', title: 'CTO' };
const nextRound = (interviewers?: InterviewerInput[]): EventInput => ({
  id: 'r2',
  kind: 'another-round',
  date: '2026-11-09',
  time: '14:00',
  durationMinutes: '',
  stage: 'final',
  ...(interviewers ? { interviewers } : {}),
});
const planWith = (event: EventInput, contact = true) =>
  buildPlan(factsWith({ events: [event], ...(contact ? {} : { contact: null }) }, now), { now });

describe('roundSteps for another round', () => {
  it("thanks the round's own people: someone new in, someone removed out", () => {
    const ada = { ...blankInterviewer('iv-ada'), name: 'Ada Quill', linkedIn: true };
    const plan = planWith(nextRound([ada, cleo]));
    const thanks = plan.steps.filter((s) => s.round === 2 && s.kind === 'thank-you');
    expect(thanks.map((s) => s.title)).toEqual(['Email a thank-you to Ada Quill', 'Email a thank-you to Cleo Banks']);
    expect(thanks[1]?.recipient).toMatchObject({ kind: 'interviewer', id: 'iv-cleo', name: 'Cleo Banks' });
  });

  it("keeps the first round's thank-yous, done before the next round, with their people", () => {
    const plan = planWith(nextRound([cleo]));
    const first = plan.steps.filter((s) => s.round === 1 && s.kind === 'thank-you').map((s) => s.recipient.name);
    expect(first).toEqual(['Ada Quill', 'Bo Marchetti-Lind']);
  });

  it('checks in with the first person of the round when no contact helped', () => {
    const plan = planWith(nextRound([cleo]), false);
    const checkIns = plan.steps.filter((s) => s.round === 2 && s.kind === 'check-in');
    expect(checkIns.map((s) => s.recipient.name)).toEqual(['Cleo Banks', 'Cleo Banks']);
    expect(plan.steps.find((s) => s.id === 'r1:check-in:1')).toBeUndefined();
  });

  it('plans the same steps as before for a round saved without its people', () => {
    const ids = planWith(nextRound())
      .steps.filter((s) => s.round === 2)
      .map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['r2:thank-you:iv-ada', 'r2:thank-you:iv-bo']);
  });
});
