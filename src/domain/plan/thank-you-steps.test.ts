import { describe, expect, it } from 'vitest';
import { factsWith, sampleInput } from '../testing/fixtures.ts';
import { buildPlan } from './build-plan.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const planFor = (overrides: Parameters<typeof factsWith>[0] = {}) => buildPlan(factsWith(overrides, now), { now });
const [ada, bo] = sampleInput().interviewers;
/** The sample panel with the recruiter as its second member. */
const withSam = (sam: Partial<NonNullable<typeof bo>>) => [ada!, { ...bo!, ...sam }];

describe('one person, one thank-you', () => {
  it('gives a contact who also interviewed one thank-you that covers both, and no separate thanks', () => {
    const plan = planFor({ interviewers: withSam({ id: 'iv-sam', name: 'Dr Sam Reed', email: '' }) });
    const toSam = plan.steps.filter((s) => s.recipient.name === 'Dr Sam Reed' || s.recipient.kind === 'contact');
    const thanks = toSam.filter((s) => s.kind.startsWith('thank'));
    expect(thanks.map((s) => s.id)).toEqual(['r1:thank-you:iv-sam']);
    expect(thanks[0]?.recipient).toMatchObject({ helped: true, email: 'sam@northwind.example' });
    expect(thanks[0]?.title).toBe('Email a thank-you to Dr Sam Reed, for the interview and for arranging it');
    expect(thanks[0]?.reason).toMatch(/^Dr Sam Reed both arranged and sat in on your interview, so one note/);
    expect(plan.steps.some((s) => s.kind === 'thank-contact')).toBe(false);
  });

  it('knows them by the same email in another case, whatever name each field carries', () => {
    const plan = planFor({
      interviewers: withSam({ id: 'iv-sam', name: 'Samantha R.', email: 'SAM@Northwind.example' }),
    });
    expect(plan.steps.filter((s) => s.kind === 'thank-contact')).toEqual([]);
    expect(plan.steps.find((s) => s.id === 'r1:thank-you:iv-sam')?.recipient.helped).toBe(true);
  });

  it('marks every card and email to that person, and no one else', () => {
    const plan = planFor({
      interview: { format: 'video' },
      notes: { channel: 'card' },
      interviewers: withSam({ id: 'iv-sam', name: 'sam  reed', email: '' }),
    });
    const helped = plan.steps.filter((s) => s.recipient.helped).map((s) => s.id);
    expect(helped).toEqual(['r1:thank-you:iv-sam', 'r1:thank-you-card:iv-sam']);
    expect(plan.steps.find((s) => s.id === 'r1:thank-you-card:iv-sam')?.title).toMatch(/for arranging it$/);
  });

  it('keeps the separate thanks to a contact who did not interview, with no one marked', () => {
    const plan = planFor();
    expect(plan.steps.filter((s) => s.kind === 'thank-contact')).toHaveLength(1);
    expect(plan.steps.every((s) => !s.recipient.helped)).toBe(true);
  });

  it('gives one note in a later round too', () => {
    const plan = planFor({
      interviewers: withSam({ id: 'iv-sam', name: 'Sam Reed' }),
      events: [
        { id: 'ev', kind: 'another-round', date: '2026-11-09', time: '14:00', durationMinutes: '', stage: 'final' },
      ],
    });
    expect(plan.steps.filter((s) => s.kind === 'thank-contact')).toEqual([]);
    expect(plan.steps.find((s) => s.id === 'r2:thank-you:iv-sam')?.recipient.helped).toBe(true);
  });
});
