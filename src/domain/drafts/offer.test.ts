import { describe, expect, it } from 'vitest';
import { TONES, type EventInput } from '../facts-input.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildDrafts, wordingCount } from './build-drafts.ts';
import { checkDraft } from './check-draft.ts';
import { stageOf } from './checker/context.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const offer: EventInput = {
  id: 'ev-offer',
  kind: 'offer',
  date: '2026-11-10',
  time: '',
  durationMinutes: '',
  stage: '',
  offerVia: 'phone',
  answerBy: '',
};
const facts = factsWith({ events: [offer] }, now);
const plan = buildPlan(facts, { now });
const offerSteps = plan.steps.filter((s) => s.kind.startsWith('offer-'));

describe('offer drafts', () => {
  it('drafts every offer step in every channel, tone and wording, with no checker findings', () => {
    expect(offerSteps.map((s) => s.kind).sort()).toEqual([
      'offer-decision',
      'offer-in-writing',
      'offer-reply',
      'offer-thanks',
      'offer-thanks',
    ]);
    for (const step of offerSteps)
      for (const tone of TONES)
        for (let wording = 0; wording < wordingCount(step, facts, tone); wording++) {
          const d = buildDrafts(step, facts, tone, wording);
          expect(d, step.id).not.toBeNull();
          const context = { facts, stepKind: step.kind, recipient: step.recipient, stage: stageOf(step.kind) };
          const texts = [d!.email.body, d!.linkedin.long, d!.phone.join('\n')];
          for (const text of texts) {
            expect(text).not.toMatch(/look forward to hearing|hope to hear/i);
            const found = checkDraft(text, { ...context, format: 'email' }).filter((f) => f.ruleId !== 'too-long');
            expect(found.map((f) => `${step.kind}/${tone}/${wording}: ${f.ruleId}`)).toEqual([]);
          }
        }
  });

  it('asks when they need an answer in the reply, and for pay details in writing', () => {
    const body = (kind: string) =>
      buildDrafts(
        offerSteps.find((s) => s.kind === kind)!,
        facts,
        'warm',
      )!.email.body;
    expect(body('offer-reply')).toMatch(/When would you like my answer\?/);
    expect(body('offer-in-writing')).toMatch(/salary, start date, hours and benefits/);
    expect(body('offer-thanks')).toMatch(/offered me the Data Analyst role/);
  });
});

describe('pay talk at the offer stage', () => {
  const pay = 'Could you send the offer in writing, with the salary and benefits package?';
  const rules = (kind: NonNullable<Parameters<typeof stageOf>[0]>) =>
    checkDraft(pay, { format: 'email', facts, stepKind: kind, stage: stageOf(kind) }).map((f) => f.ruleId);

  it('is not flagged in the steps that answer an offer', () => {
    for (const kind of ['offer-reply', 'offer-in-writing', 'offer-decision'] as const)
      expect(rules(kind)).not.toContain('salary');
  });

  it('is still flagged in every other step, even one sent after the offer', () => {
    for (const kind of ['thank-you', 'check-in', 'offer-thanks', 'reply-to-rejection'] as const)
      expect(rules(kind)).toContain('salary');
  });
});

describe('the thank-you rewritten after an offer', () => {
  const notes = offerSteps.filter((s) => s.kind === 'offer-thanks');
  const all = (f: (d: NonNullable<ReturnType<typeof buildDrafts>>) => string) =>
    notes.flatMap((step) => TONES.flatMap((tone) => [0, 1].map((w) => f(buildDrafts(step, facts, tone, w)!))));

  it('never thanks "again", since the first thank-you was never sent', () => {
    for (const text of all((d) => [d.email.body, d.card, d.linkedin.long, ...d.phone].join('\n')))
      expect(text).not.toMatch(/again|once more/i);
  });

  it('thanks once in the email, and ends on a sentence rather than a fragment', () => {
    for (const body of all((d) => d.email.body)) {
      expect(body.match(/\bthank/gi)?.length, body).toBe(1);
      expect(body).not.toMatch(/\n(?:With many thanks|Thank you)\.\n/);
    }
  });

  it('tells the caller, in the second person, what to thank them for', () => {
    for (const script of all((d) => d.phone.join('\n'))) {
      expect(script).toMatch(/thank them for meeting you on Tuesday 3 November/i);
      expect(script).not.toMatch(/\bme\b/);
    }
  });
});

describe('the answer to an offer', () => {
  const answers = (interest: 'yes' | 'no') => {
    const f = factsWith({ read: { interest }, events: [offer] }, now);
    const step = buildPlan(f, { now }).steps.find((s) => s.kind === 'offer-decision')!;
    return TONES.flatMap((tone) => [0, 1].map((w) => buildDrafts(step, f, tone, w)!));
  };

  it('says thank you once when declining, and ends on a whole sentence', () => {
    for (const d of answers('no')) {
      const body = d.email.body.split('\n\n').slice(1, -1).join('\n\n');
      expect(body.match(/\bthank/gi)?.length, body).toBe(1);
      expect(body).not.toMatch(/with thanks|Thanks again\.$|Thank you( again| once more)?\.$/i);
      expect(d.linkedin.long.match(/\bthank/gi)?.length, d.linkedin.long).toBe(1);
    }
  });

  it('names the company once when accepting', () => {
    for (const d of answers('yes')) expect(d.email.body.match(/Harbour & Finch/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('the reply to an offer with an answer day already set', () => {
  const f = factsWith({ events: [{ ...offer, answerBy: '2026-11-13' }] }, now);
  const step = buildPlan(f, { now }).steps.find((s) => s.kind === 'offer-reply')!;

  it('says when the answer will come instead of asking when they want it', () => {
    for (const tone of TONES)
      for (const w of [0, 1]) {
        const d = buildDrafts(step, f, tone, w)!;
        const all = [d.email.body, d.linkedin.long, ...d.phone].join('\n');
        expect(all).not.toMatch(/when (?:would|do) you|by when|when they (?:need|would)/i);
        expect(d.email.body).toMatch(/Friday 13 November/);
        expect(d.phone.join(' ')).toMatch(/Friday 13 November/);
      }
  });
});

describe('apostrophes in offer drafts', () => {
  it('are curly, as in the phrase banks, whether the user is keen or not', () => {
    for (const interest of ['yes', 'unsure', 'no'] as const) {
      const f = factsWith({ read: { interest }, events: [offer] }, now);
      for (const step of buildPlan(f, { now }).steps.filter((s) => s.kind.startsWith('offer-')))
        for (const tone of TONES)
          for (const w of [0, 1]) {
            const d = buildDrafts(step, f, tone, w)!;
            expect([d.email.body, d.card, d.linkedin.long, ...d.phone].join('\n')).not.toMatch(/\w'\w/);
          }
    }
  });
});

describe('the card tab of an offer step a card is too slow for', () => {
  it('says what to do instead, plainly, rather than as a letter', () => {
    for (const step of offerSteps.filter((s) => s.kind === 'offer-in-writing' || s.kind === 'offer-decision'))
      for (const tone of TONES)
        for (const w of [0, 1]) {
          const card = buildDrafts(step, facts, tone, w)!.card;
          expect(card).toMatch(/email/);
          expect(card).not.toMatch(/^(?:Dear|Hi|Hello) |Rowan Ellery/);
        }
  });
});
