import { describe, expect, it } from 'vitest';
import { factsWith } from '../testing/fixtures.ts';
import { blankEvent } from '../facts-input.ts';
import { checkDraft, RULE_INFO } from './check-draft.ts';
import type { DraftFormat } from './types.ts';

const facts = factsWith();
/** Ada as a recipient (written without a type annotation, so it also fits once recipients carry "address as"). */
const ada = {
  kind: 'interviewer' as const,
  id: 'iv-ada',
  name: 'Ada Quill',
  title: null,
  email: null,
  addressAs: null,
  discussed: null,
  helped: false,
};
const rules = (text: string, format: DraftFormat = 'email') => checkDraft(text, { format, facts }).map((f) => f.ruleId);

describe('checkDraft', () => {
  it('returns vfile-message-shaped findings: rule id, exact place, excerpt, reason and guide section', () => {
    const text = 'Hi Ada,\n\nI need an answer by Friday.';
    expect(checkDraft(text, { format: 'email', facts })).toEqual([
      {
        ruleId: 'pushy-deadline',
        place: { start: 9, end: 35 },
        excerpt: 'I need an answer by Friday',
        reason: RULE_INFO['pushy-deadline'].reason,
        guide: { slug: 'checking-in', fragment: 'do-not-expect-instant-results' },
      },
    ]);
  });

  it('flags pay talk before an offer, and not once an offer is on the table', () => {
    const text = 'I would need at least £60k.';
    expect(checkDraft(text, { format: 'email', facts }).map((f) => f.ruleId)).toEqual(['salary']);
    expect(checkDraft(text, { format: 'email', facts, stage: 'offer' })).toEqual([]);
    expect(rules('I cut costs by $2.4m across three sites.')).toEqual([]);
  });

  it('never cuts a long draft: it says how long it is, what to aim for, and marks the words past the limit', () => {
    const text = 'word '.repeat(212).trim();
    const [finding] = checkDraft(text, { format: 'email', facts, stepKind: 'thank-you' });
    expect(finding?.ruleId).toBe('too-long');
    expect(finding?.reason).toMatch(/^This is 212 words; aim for 180 or fewer\./);
    expect(finding?.place).toEqual({ start: 180 * 5, end: text.length });
    expect(rules('x'.repeat(201), 'linkedin-free')).toEqual(['too-long']);
    expect(rules('x'.repeat(201), 'linkedin-long')).toEqual([]);
    expect(checkDraft('word '.repeat(121), { format: 'email', facts, stepKind: 'check-in' })[0]?.ruleId).toBe(
      'too-long',
    );
  });

  it('marks a placeholder left in, even before the wording rules load', () => {
    const findings = checkDraft('Best wishes,\n[your name]', { format: 'email', facts }, null);
    expect(findings).toMatchObject([{ ruleId: 'placeholder', excerpt: '[your name]', place: { start: 13, end: 24 } }]);
  });

  it("flags an interviewer's name spelled differently from the facts", () => {
    const [finding] = checkDraft('Dear Ana, thank you.', { format: 'email', facts });
    expect(finding).toMatchObject({ ruleId: 'name-spelling', excerpt: 'Ana', place: { start: 5, end: 8 } });
    expect(finding?.reason).toContain('“Ada”');
  });

  it('accepts names spelled as given, and ordinary capitalised words', () => {
    expect(
      rules('Dear Ada Quill, Bo Marchetti-Lind and Sam Reed: Thank you. Ask me anything. Same time next week?'),
    ).toEqual([]);
  });

  it('says the greeting names the wrong person rather than a misspelling when both would fit', () => {
    const elsewhere = { companies: [], people: ['Ana Ruiz'] };
    const found = checkDraft('Hi Ana,', { format: 'email', facts, recipient: ada, elsewhere });
    expect(found.map((f) => f.ruleId)).toEqual(['wrong-recipient']);
  });

  it('flags a company from another saved plan', () => {
    const elsewhere = { companies: ['Acme Robotics'], people: [] };
    const found = checkDraft('I would love to join Acme Robotics.', { format: 'email', facts, elsewhere });
    expect(found).toMatchObject([{ ruleId: 'stray-name', excerpt: 'Acme Robotics' }]);
  });

  it('lists the length first, then every finding in reading order', () => {
    const filler = Array.from({ length: 180 }, (_, i) => `w${i}`).join(' ');
    const text = `Hey Ana!! Per my last email, I need an answer by Friday about my salary. [add a question] ${filler}`;
    expect(rules(text)).toEqual([
      'too-long',
      'over-familiar',
      'name-spelling',
      'exclamation',
      'passive-aggressive',
      'pushy-deadline',
      'salary',
      'placeholder',
    ]);
  });

  it('runs the core checks alone when the wording rules are not loaded', () => {
    expect(
      checkDraft('Hey Ana, I need an answer by Friday.', { format: 'email', facts }, null).map((f) => f.ruleId),
    ).toEqual(['name-spelling']);
  });

  it('places every finding on exactly its excerpt', () => {
    const text = 'Hi Bo,,\n\nSorry to bother you again 😊. As I said before, what is the salary range?';
    for (const f of checkDraft(text, { format: 'email', facts, recipient: ada }))
      expect(text.slice(f.place.start, f.place.end), f.ruleId).toBe(f.excerpt);
  });
});

describe('checkDraft, with names typed in one case', () => {
  it('does not call the capitalised greeting of a name typed in lower case a misspelling', () => {
    const facts = factsWith({
      interviewers: [
        { id: 'iv-d', name: 'dara oshea', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
      ],
    });
    expect(checkDraft('Hi Dara,\n\nThank you.', { format: 'email', facts }).map((f) => f.ruleId)).toEqual([]);
    expect(checkDraft('Hi Dora,\n\nThank you.', { format: 'email', facts }).map((f) => f.ruleId)).toContain(
      'name-spelling',
    );
  });
});

describe('checkDraft, with names from every round and names holding marks', () => {
  const anaCruz = {
    id: 'iv-ana',
    name: 'Ana Cruz',
    title: '',
    email: '',
    linkedIn: false,
    addressAs: '',
    discussed: '',
  };
  const round = { ...blankEvent('ev1', 'another-round'), date: '2026-11-19', time: '14:00', stage: 'final' as const };
  const laterFacts = factsWith({ events: [{ ...round, interviewers: [anaCruz] }] }, Date.parse('2026-11-20T12:00:00Z'));

  it('knows a person met in a later round: “Ana” beside round one’s “Ada” is no misspelling, “Ama” still is', () => {
    expect(checkDraft('Dear Ana,\n\nThank you.', { format: 'email', facts: laterFacts })).toEqual([]);
    expect(checkDraft('Dear Ama,\n\nThank you.', { format: 'email', facts: laterFacts }).map((f) => f.ruleId)).toEqual([
      'name-spelling',
    ]);
  });

  it('never flags the marks in a name the user typed (“Yahoo!”), only marks written around it', () => {
    const yahoo = factsWith({ interview: { company: 'Yahoo!', role: 'Sr. Analyst' } });
    const check = (text: string) => checkDraft(text, { format: 'email', facts: yahoo }).map((f) => f.excerpt);
    expect(check('Thank you for the Sr. Analyst interview at Yahoo! I would love to join Yahoo! Thanks!')).toEqual([]);
    expect(check('I would love to join Yahoo! Thanks!! It was great!')).toEqual(['!!', '!']);
    expect(check('Thank you, Yahoo!,, for the day.')).toEqual([',,']);
  });
});
