import { describe, expect, it } from 'vitest';
import { blankEvent, TONES, type EventInput, type FactsInput } from '../facts-input.ts';
import { LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import { buildPlan } from '../plan/build-plan.ts';
import type { Step } from '../plan/types.ts';
import { factsWith, type DeepPartial } from '../testing/fixtures.ts';
import { buildDrafts, wordingCount } from './build-drafts.ts';
import { checkDraft } from './check-draft.ts';
import type { DraftFormat } from './types.ts';

const now = Date.parse('2026-11-25T12:00:00Z');
const offer = (extra: Partial<EventInput> = {}): EventInput => ({
  ...blankEvent('other', 'another-offer'),
  date: '2026-11-05',
  deadline: '2026-11-20',
  otherEmployer: 'Juniper Labs',
  ...extra,
});
function setUp(extra: Partial<EventInput> = {}, overrides: DeepPartial<FactsInput> = {}) {
  const facts = factsWith({ ...overrides, events: [offer(extra)] }, now);
  const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'another-offer') as Step;
  return { facts, step };
}

/** Every text of one wording in one tone, with the checker format it is read as. */
function texts(
  extra: Partial<EventInput>,
  overrides: DeepPartial<FactsInput>,
  tone: (typeof TONES)[number],
  w: number,
) {
  const { facts, step } = setUp(extra, overrides);
  const d = buildDrafts(step, facts, tone, w)!;
  const all: [DraftFormat, string][] = [
    ['subject', d.email.subject],
    ['email', d.email.body],
    ['card', d.card],
    ['linkedin-free', d.linkedin.free],
    ['linkedin-long', d.linkedin.long],
    ['phone', d.phone.join('\n')],
  ];
  return { facts, step, all };
}
/** How many wordings the planner offers for the message. */
const wordings = () => {
  const { facts, step } = setUp();
  return wordingCount(step, facts, 'warm');
};

const CASES: { name: string; extra: Partial<EventInput>; overrides: DeepPartial<FactsInput> }[] = [
  { name: 'still keen', extra: {}, overrides: {} },
  { name: 'not sure yet', extra: {}, overrides: { read: { interest: 'unsure' } } },
  { name: 'other employer named on request', extra: { mentionOther: true }, overrides: {} },
  { name: 'no contact, an interviewer', extra: {}, overrides: { contact: null } },
];

describe('drafts for another offer', () => {
  for (const { name, extra, overrides } of CASES) {
    it(`pass the checker with no findings in every tone, wording and format (${name})`, () => {
      for (const tone of TONES) {
        for (let w = 0; w < wordings(); w++) {
          const { facts, step, all } = texts(extra, overrides, tone, w);
          for (const [format, text] of all) {
            const findings = checkDraft(text, { format, facts, stepKind: step.kind, recipient: step.recipient });
            expect(findings, `${tone} ${w} ${format}: ${text}`).toEqual([]);
          }
        }
      }
    });
  }

  it('state the other employer’s date as theirs, and ask a question rather than set a deadline', () => {
    const { all } = texts({}, {}, 'warm', 0);
    const email = all.find(([f]) => f === 'email')![1];
    expect(email).toContain('They have asked for my answer by Friday 20 November.');
    expect(email).toMatch(/\?/);
    expect(email).toContain('Harbour & Finch is still my first choice');
  });

  it('never name the other employer unless the user asked', () => {
    for (const tone of TONES) {
      for (let w = 0; w < wordings(); w++) {
        const hidden = texts({}, {}, tone, w).all.map(([, text]) => text);
        expect(hidden.join('\n')).not.toContain('Juniper');
        const shown = texts({ mentionOther: true }, {}, tone, w).all.find(([f]) => f === 'email')![1];
        expect(shown, `${tone} ${w}`).toContain('Juniper Labs');
      }
    }
  });

  it('claim a first choice only when the user said they still want the job', () => {
    for (const tone of TONES) {
      for (let w = 0; w < wordings(); w++) {
        const all = texts({}, { read: { interest: 'unsure' } }, tone, w)
          .all.map(([, text]) => text)
          .join('\n');
        expect(all).not.toMatch(/first choice|rather join|prefer to join/);
        expect(all).toMatch(/keen to (learn|hear) more/);
      }
    }
  });

  it('keep one full stop after a name that ends with its own', () => {
    for (const tone of TONES) {
      for (let w = 0; w < wordings(); w++) {
        const named = { mentionOther: true, otherEmployer: 'Juniper Co.' };
        const all = texts(named, { interview: { company: 'Larkspur Ltd.' } }, tone, w).all.map(([, t]) => t);
        expect(all.join('\n'), `${tone} ${w}`).not.toMatch(/\.\.|\.,\./);
      }
    }
  });

  it('differ between the two wordings in every tone', () => {
    expect(wordings()).toBe(2);
    for (const tone of TONES) {
      const [a, b] = [0, 1].map((w) => texts({}, {}, tone, w).all.find(([f]) => f === 'email')![1]);
      expect(a).not.toBe(b);
    }
  });

  it('keep a LinkedIn note within its limit with a long role and company, in whole sentences', () => {
    const long = { interview: { role: 'Digital Services Officer', company: 'Fernhill Library Trust' } };
    for (const tone of TONES)
      for (const w of [0, 1]) {
        const { facts, step } = setUp({}, long);
        const d = buildDrafts(step, facts, tone, w)!;
        expect(d.linkedin.free.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMITS.free);
        expect(d.linkedin.long.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMITS.long);
        expect(d.linkedin.free).not.toMatch(/…/);
        expect(
          checkDraft(d.linkedin.free, {
            format: 'linkedin-free',
            facts,
            stepKind: step.kind,
            recipient: step.recipient,
          }),
        ).toEqual([]);
      }
  });

  it('come from buildDrafts for the planner’s step, in every channel', () => {
    const { facts, step } = setUp();
    const drafts = buildDrafts(step, facts, 'formal')!;
    expect(drafts.email.subject).toBe('Data Analyst role: a question about timing');
    expect(drafts.email.body).toMatch(/^Dear Sam,\n\nI am writing about the Data Analyst role/);
    expect(drafts.card).toMatch(/^Dear Sam,\n\n(As my email explains|Further to my email)/);
    expect(drafts.linkedin.free.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMITS.free);
    expect(drafts.phone.at(-1)).toMatch(/^No answer\?/);
  });

  it('never tell a contact who was not at the interview that they met the user', () => {
    for (const tone of TONES)
      for (let w = 0; w < wordings(); w++) {
        const { step, all } = texts({}, {}, tone, w);
        expect(step.recipient.kind).toBe('contact');
        for (const [, text] of all) expect(text).not.toMatch(/meeting me|our interview|for the interview/i);
      }
    const { all } = texts({}, { contact: null }, 'warm', 1);
    expect(all[1]![1]).toMatch(/Thanks again for meeting me about the Data Analyst role/);
  });

  it('use curly apostrophes, as in the phrase banks', () => {
    for (const tone of TONES)
      for (let w = 0; w < wordings(); w++)
        for (const { extra, overrides } of CASES)
          for (const [, text] of texts(extra, overrides, tone, w).all) expect(text).not.toMatch(/\w'\w/);
  });
});
