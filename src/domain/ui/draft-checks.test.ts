import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith, inputWith } from '../testing/fixtures.ts';
import { wordingFindings } from '../drafts/checker/wording.ts';
import { draftFindings, elsewhereOf, findingLabel, markSegments, needsWording } from './draft-checks.ts';
import type { SavedPlan } from './saved-plans.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const facts = factsWith({}, now);
const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'thank-you')!;
const none = { companies: [], people: [] };

describe('draftFindings', () => {
  it('checks the subject and the message in their own formats, and says which part each finding is in', () => {
    const found = draftFindings(
      {
        step,
        facts,
        format: 'email',
        subject: 'Thanks!! Salary?',
        body: 'Hi Bo,\n\nI need an answer by Friday.',
        elsewhere: none,
      },
      wordingFindings,
    );
    expect(found.map((f) => [f.part, f.ruleId, f.excerpt])).toEqual([
      ['subject', 'exclamation', '!!'],
      ['subject', 'salary', 'Salary'],
      ['body', 'wrong-recipient', 'Bo'],
      ['body', 'pushy-deadline', 'I need an answer by Friday'],
    ]);
  });

  it('runs only the core checks until the wording rules are loaded', () => {
    const found = draftFindings(
      { step, facts, format: 'email', subject: null, body: 'I need an answer by Friday. [x]', elsewhere: none },
      null,
    );
    expect(found.map((f) => f.ruleId)).toEqual(['placeholder']);
  });

  it('lets pay talk through in the steps that answer an offer, and only there', () => {
    const offered = factsWith(
      { events: [{ id: 'o', kind: 'offer', date: '2026-11-04', time: '', durationMinutes: '', stage: '' }] },
      now,
    );
    const steps = buildPlan(offered, { now }).steps;
    const found = (kind: string) =>
      draftFindings(
        {
          step: steps.find((s) => s.kind === kind)!,
          facts: offered,
          format: 'email',
          subject: null,
          body: 'Could the base salary go higher?',
          elsewhere: none,
        },
        wordingFindings,
      ).map((f) => f.ruleId);
    expect(found('offer-reply')).toEqual([]);
    expect(found('offer-decision')).toEqual([]);
    expect(found('offer-thanks')).toEqual(['salary']);
  });
});

describe('needsWording', () => {
  it('wants the wording rules for an edited draft, or when the user’s own words may trip one', () => {
    expect(needsWording(facts, true)).toBe(true);
    expect(needsWording(factsWith({ notes: { question: 'What is the salary range?' } }, now), false)).toBe(true);
    const plain = factsWith({ notes: { strengths: 'five years of forecasting', correction: '', question: '' } }, now);
    expect(needsWording(plain, false)).toBe(false);
  });
});

describe('elsewhereOf', () => {
  it('gathers the companies and people of every other saved plan, once each', () => {
    const plan = (id: string, company: string, names: string[], contact: string | null): SavedPlan => ({
      id,
      name: '',
      createdAt: '',
      updatedAt: '',
      step: 0,
      statuses: {},
      drafts: {},
      draftTones: {},
      draftWordings: {},
      input: inputWith({
        interview: { company },
        interviewers: names.map((name, i) => ({
          id: `${id}-${i}`,
          name,
          title: '',
          email: '',
          linkedIn: false,
          addressAs: '',
          discussed: '',
        })),
        contact: contact ? { name: contact, role: '', email: '' } : null,
      }),
    });
    const plans = [
      plan('open', 'Harbour & Finch', ['Ada Quill'], null),
      plan('b', 'Acme Robotics', ['Marcus Webb', ' '], 'Sam Reed'),
      plan('c', 'Acme Robotics', ['Marcus Webb'], null),
    ];
    expect(elsewhereOf(plans, 'open')).toEqual({ companies: ['Acme Robotics'], people: ['Marcus Webb', 'Sam Reed'] });
  });
});

describe('markSegments', () => {
  it('cuts the text at every finding so the pieces join back to it', () => {
    const text = 'Hi Bo, I need an answer by Friday.';
    const segments = markSegments(text, [
      { start: 3, end: 5 },
      { start: 7, end: 33 },
      { start: 14, end: 20 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.findings])).toEqual([
      ['Hi ', []],
      ['Bo', [0]],
      [', ', []],
      ['I need ', [1]],
      ['an ans', [1, 2]],
      ['wer by Friday', [1]],
      ['.', []],
    ]);
  });

  it('ignores places beyond the text (a finding that went stale while typing)', () => {
    expect(markSegments('Hi', [{ start: 1, end: 9 }]).map((s) => [s.text, s.findings])).toEqual([
      ['H', []],
      ['i', [0]],
    ]);
  });
});

describe('findingLabel', () => {
  it('shows the words themselves, or says what a length mark covers', () => {
    const base = {
      place: { start: 0, end: 2 },
      reason: '',
      guide: { slug: 'message-templates' as const, fragment: null },
    };
    expect(findingLabel({ ...base, ruleId: 'salary', excerpt: 'my salary' })).toBe('my salary');
    expect(findingLabel({ ...base, ruleId: 'too-long', excerpt: 'a b c' })).toBe('The words past the limit');
  });
});
