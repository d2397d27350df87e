import { describe, expect, it } from 'vitest';
import { factsWith } from '../testing/fixtures.ts';
import { checkDraft } from './check-draft.ts';

const facts = factsWith();
const rules = (text: string, format: Parameters<typeof checkDraft>[1]['format'] = 'email') =>
  checkDraft(text, { format, facts }).map((f) => f.rule);

describe('checkDraft', () => {
  it('flags salary talk and links the mistakes guide', () => {
    const [finding] = checkDraft('I also wanted to discuss my salary expectations.', { format: 'email', facts });
    expect(finding).toMatchObject({ rule: 'salary', excerpt: 'salary', guide: { slug: 'mistakes-to-avoid' } });
    expect(rules('Would £45,000 be possible?')).toEqual(['salary']);
  });

  it('does not mistake ordinary words for pay talk', () => {
    expect(rules('I will pay close attention to the handover.')).toEqual([]);
  });

  it('flags over-familiar wording and emoji', () => {
    expect(rules('Hey Ada, great chat lol')).toEqual(['over-familiar', 'over-familiar']);
    expect(rules('Thanks so much 😊')).toEqual(['emoji']);
    expect(rules('Thanks again :)')).toEqual(['over-familiar']);
  });

  it('flags negative self-talk', () => {
    expect(rules('I know I messed up the second question.')).toEqual(['negative-self-talk']);
    expect(rules("I'm not good enough for this yet, probably.")).toEqual(['negative-self-talk']);
  });

  it('flags clichés such as "just checking in" and "touching base"', () => {
    expect(rules('Just checking in on my application.')).toEqual(['cliche']);
    expect(rules('I am touching base about the role.')).toEqual(['cliche']);
  });

  it('flags a draft over its length limit with the numbers', () => {
    const [finding] = checkDraft('word '.repeat(181), { format: 'email', facts, stepKind: 'thank-you' });
    expect(finding?.rule).toBe('too-long');
    expect(finding?.reason).toMatch(/181 words; keep it to 180/);
    expect(rules('x'.repeat(201), 'linkedin-free')).toEqual(['too-long']);
    expect(rules('x'.repeat(201), 'linkedin-long')).toEqual([]);
    expect(rules('word '.repeat(121), 'email')).toEqual([]);
    expect(
      checkDraft('word '.repeat(121), { format: 'email', facts, stepKind: 'check-in' }).map((f) => f.rule),
    ).toEqual(['too-long']);
  });

  it('allows one exclamation mark but flags more', () => {
    expect(rules('Thank you!')).toEqual([]);
    expect(rules('Thank you!! It was great!')).toEqual(['exclamation']);
  });

  it('flags leftover placeholders', () => {
    const findings = checkDraft('Best wishes,\n[your name]', { format: 'email', facts });
    expect(findings).toMatchObject([{ rule: 'placeholder', excerpt: '[your name]', index: 13 }]);
  });

  it("flags an interviewer's name spelled differently from the facts", () => {
    const [finding] = checkDraft('Dear Ana, thank you.', { format: 'email', facts });
    expect(finding).toMatchObject({ rule: 'name-spelling', excerpt: 'Ana', index: 5 });
    expect(finding?.reason).toContain('"Ada"');
    expect(rules('Thanks to Bo Marchetti-Lindt and Sam Reid.')).toEqual(['name-spelling', 'name-spelling']);
  });

  it('accepts names spelled as given, and ordinary capitalised words', () => {
    expect(
      rules('Dear Ada Quill, Bo Marchetti-Lind and Sam Reed: Thank you. Ask me anything. Same time next week?'),
    ).toEqual([]);
  });

  it("checks the user's own edits too, listing findings in reading order", () => {
    const text = 'Hey Ana!! Just checking in about salary. [add a question]';
    expect(rules(text)).toEqual(['exclamation', 'over-familiar', 'name-spelling', 'cliche', 'salary', 'placeholder']);
  });
});
