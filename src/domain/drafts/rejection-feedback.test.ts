import { describe, expect, it } from 'vitest';
import { blankEvent, TONES } from '../facts-input.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildDrafts, wordingCount } from './build-drafts.ts';
import { checkDraft } from './check-draft.ts';

const now = Date.parse('2026-11-25T12:00:00Z');
const replyFor = (askFeedback: boolean) => {
  const facts = factsWith({ events: [{ ...blankEvent('no', 'rejected'), date: '2026-11-12', askFeedback }] }, now);
  const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'reply-to-rejection')!;
  return { facts, step };
};

describe('a rejection reply that asks for feedback', () => {
  it('is titled for it and links the feedback guide, only when the user asked', () => {
    const asked = replyFor(true).step;
    expect(asked.title).toBe('Reply to the decision from Harbour & Finch, and ask for feedback');
    expect(asked.guide).toEqual({ slug: 'feedback-after-rejection', fragment: 'what-to-ask' });
    expect(asked.reason).toMatch(/one favour, not a second message/);
    const plain = replyFor(false).step;
    expect(plain.title).toBe('Reply to the decision from Harbour & Finch');
    expect(plain.guide.slug).toBe('after-a-rejection');
  });

  it('asks in the email and on the phone in every tone and wording, with no checker findings', () => {
    const { facts, step } = replyFor(true);
    for (const tone of TONES) {
      for (let w = 0; w < wordingCount(step, facts, tone); w++) {
        const d = buildDrafts(step, facts, tone, w)!;
        expect(d.email.body, `${tone} ${w}`).toMatch(/feedback/);
        expect(d.phone.join('\n')).toMatch(/feedback/);
        for (const [format, text] of [
          ['email', d.email.body],
          ['phone', d.phone.join('\n')],
        ] as const) {
          expect(checkDraft(text, { format, facts, stepKind: step.kind, recipient: step.recipient })).toEqual([]);
        }
      }
    }
  });

  it('uses the curly apostrophe of the rest of the email, never a straight one', () => {
    const { facts, step } = replyFor(true);
    for (const tone of TONES)
      for (const w of [0, 1]) expect(buildDrafts(step, facts, tone, w)!.email.body).not.toMatch(/\w'\w/);
  });

  it('leaves the plain reply without it', () => {
    const { facts, step } = replyFor(false);
    const d = buildDrafts(step, facts, 'warm')!;
    expect(`${d.email.body}\n${d.phone.join('\n')}`).not.toMatch(/feedback/);
    expect(d.phone.every((line) => line.trim() !== '')).toBe(true);
  });
});
