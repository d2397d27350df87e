import { describe, expect, it } from 'vitest';
import { TONES } from '../facts-input.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildDrafts } from './build-drafts.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const facts = factsWith({}, now);
const steps = buildPlan(facts, { now }).steps;
/** Every text of a step's drafts in every tone and both wordings. */
const every = (id: string) => {
  const step = steps.find((s) => s.id === id)!;
  return TONES.flatMap((tone) => [0, 1].map((w) => ({ tone, w, d: buildDrafts(step, facts, tone, w)! })));
};

describe('check-in drafts', () => {
  it('never tell a contact who was not at the interview about "our interview"', () => {
    expect(steps.find((s) => s.id === 'r1:check-in:1')?.recipient.kind).toBe('contact');
    for (const id of ['r1:check-in:1', 'r1:check-in:2'])
      for (const { d } of every(id))
        expect([d.email.body, d.card, d.linkedin.long, ...d.phone].join('\n')).not.toMatch(/our interview|meeting me/i);
  });

  it('ends the last check-in’s call script on what to do after it, not on a next check-in', () => {
    expect(steps.find((s) => s.id === 'r1:check-in:2')?.optional).toBe(true);
    for (const { d } of every('r1:check-in:2')) {
      expect(d.phone.at(-1)).not.toMatch(/next planned check-in/);
      expect(d.phone.at(-1)).toMatch(/last/);
    }
    for (const { d } of every('r1:check-in:1')) expect(d.phone.at(-1)).toMatch(/next planned check-in/);
  });

  it('asks for news on the card too, as the email does', () => {
    for (const id of ['r1:check-in:1', 'r1:check-in:2'])
      for (const { d } of every(id)) expect(d.card).toMatch(/news|decision/);
  });
});

describe('the feedback request to HR', () => {
  const agency = factsWith({ interview: { format: 'agency-phone-screen', stage: 'screening' } }, now);
  const step = buildPlan(agency, { now }).steps.find((s) => s.kind === 'ask-feedback')!;

  it('greets the team in a LinkedIn note as it does in the email, never "Hello the HR team at …"', () => {
    expect(step.recipient.kind).toBe('hr');
    for (const tone of TONES)
      for (const w of [0, 1]) {
        const d = buildDrafts(step, agency, tone, w)!;
        for (const note of [d.linkedin.free, d.linkedin.long]) {
          expect(note).toMatch(/^(?:Hello|Hi),? /);
          expect(note).not.toMatch(/HR team/);
        }
      }
  });
});
