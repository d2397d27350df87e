import { describe, expect, it } from 'vitest';
import { factsWith } from '../../testing/fixtures.ts';
import { blankEvent } from '../../facts-input.ts';
import { strayNames, wrongRecipient } from './people.ts';

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
const elsewhere = { companies: ['Acme Robotics Ltd', 'Next'], people: ['Marcus Webb', 'Priya Natarajan'] };
const words = (text: string, slips: { place: { start: number; end: number } }[]) =>
  slips.map((s) => text.slice(s.place.start, s.place.end));

describe('strayNames', () => {
  it('marks a company from another plan, with or without its legal suffix', () => {
    const text = 'I would love to join Acme Robotics. Acme Robotics Ltd. is lucky.';
    const slips = strayNames(text, facts, elsewhere);
    expect(words(text, slips)).toEqual(['Acme Robotics', 'Acme Robotics Ltd']);
    expect(slips[0]?.reason).toBe('“Acme Robotics” is the employer in another of your plans, not Harbour & Finch.');
    expect(slips[0]?.place).toEqual({ start: 21, end: 34 });
  });

  it('marks a person from another plan by full name, in any case', () => {
    const text = 'Please pass my thanks to marcus webb.';
    expect(words(text, strayNames(text, facts, elsewhere))).toEqual(['marcus webb']);
  });

  it('leaves alone a one-word company as an ordinary word or a sentence opener', () => {
    const text = 'Next, I would like to hear what comes next.';
    expect(strayNames(text, facts, elsewhere)).toEqual([]);
    expect(words('I shop at Next.', strayNames('I shop at Next.', facts, elsewhere))).toEqual(['Next']);
  });

  it('never flags a name this plan’s own facts mention', () => {
    const mine = factsWith({ notes: { strengths: 'three years at Acme Robotics building arms' } });
    expect(strayNames('At Acme Robotics I built arms.', mine, elsewhere)).toEqual([]);
    const sameEmployer = { companies: ['Harbour & Finch'], people: ['Ada Quill'] };
    expect(strayNames('Thank you, Ada Quill, and all at Harbour & Finch.', facts, sameEmployer)).toEqual([]);
  });
});

describe('wrongRecipient', () => {
  it('marks a greeting that names someone else in the plan', () => {
    const text = 'Hi Bo,\n\nThank you for today.';
    const [slip] = wrongRecipient(text, facts, ada, null);
    expect(slip?.place).toEqual({ start: 3, end: 5 });
    expect(slip?.reason).toBe('This note is for Ada Quill, but the greeting names Bo Marchetti-Lind.');
  });

  it('marks a greeting that names a person from another plan', () => {
    const text = 'Dear Mr Webb, thank you.';
    expect(words(text, wrongRecipient(text, facts, ada, elsewhere))).toEqual(['Webb']);
    expect(wrongRecipient(text, facts, ada, elsewhere)[0]?.reason).toContain('from another of your plans');
  });

  it('accepts the recipient’s own name in any form, and greetings without a name', () => {
    for (const text of ['Dear Dr Quill,', 'Hi Ada,', 'Hello Ada Quill, thanks', 'Dear Hiring Team,', 'Hello,'])
      expect(wrongRecipient(text, facts, ada, elsewhere), text).toEqual([]);
  });

  it('accepts the way the user chose to address the recipient, even if it shares a name with someone else', () => {
    const okafor = factsWith({
      interviewers: [
        { id: 'a', name: 'Ada Quill', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
        { id: 'b', name: 'Nnamdi Okafor', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
      ],
    });
    const addressed = { ...ada, addressAs: 'Professor Okafor' };
    expect(wrongRecipient('Dear Professor Okafor,', okafor, addressed, null)).toEqual([]);
    expect(words('Dear Nnamdi,', wrongRecipient('Dear Nnamdi,', okafor, addressed, null))).toEqual(['Nnamdi']);
  });

  it('ignores a first name the recipient shares with someone else', () => {
    const twoAdas = factsWith({
      interviewers: [
        { id: 'a', name: 'Ada Quill', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
        { id: 'b', name: 'Ada Lind', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
      ],
    });
    expect(wrongRecipient('Hi Ada,', twoAdas, ada, null)).toEqual([]);
    expect(words('Dear Ada Lind,', wrongRecipient('Dear Ada Lind,', twoAdas, ada, null))).toEqual(['Lind']);
  });

  it('knows the people of a later round: a note to Ada greeting round two’s Ana Cruz names the wrong person', () => {
    const ana = { id: 'iv-ana', name: 'Ana Cruz', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' };
    const round = { ...blankEvent('ev1', 'another-round'), date: '2026-11-19', time: '14:00', stage: 'final' as const };
    const later = factsWith({ events: [{ ...round, interviewers: [ana] }] }, Date.parse('2026-11-20T12:00:00Z'));
    expect(words('Hi Cruz,', wrongRecipient('Hi Cruz,', later, ada, null))).toEqual(['Cruz']);
    expect(strayNames('Thanks to Ana Cruz.', later, { companies: [], people: ['Ana Cruz'] })).toEqual([]);
  });
});
