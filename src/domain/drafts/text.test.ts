import { describe, expect, it } from 'vitest';
import { countWords, endWith, firstName, fitTo, midSentence } from './text.ts';

describe('draft text helpers', () => {
  it('counts words, ignoring dashes and bullets', () => {
    expect(countWords('Hello Ada — thank you.\n- one\n- two')).toBe(6);
  });

  it('greets by first name unless the first word is a title', () => {
    expect(firstName('Ada Quill')).toBe('Ada');
    expect(firstName('Dr. Ada Quill')).toBe('Dr. Ada Quill');
  });

  it('ends a fact with punctuation only when it has none', () => {
    expect(endWith('How do you plan', '?')).toBe('How do you plan?');
    expect(endWith('Already done.', '.')).toBe('Already done.');
  });

  it('shortens the longest fact to fit and marks the cut', () => {
    const slots = { a: 'one two three four five six', b: 'short' };
    const text = fitTo(slots, (s) => `${s.a} and ${s.b}`, 5, 'words', ['a', 'b']);
    expect(text).toBe('one two three… and short');
  });

  it('cuts by characters without splitting an emoji', () => {
    const text = fitTo({ a: '😀😀😀😀😀' }, (s) => s.a, 5, 'chars', ['a']);
    expect(text.length).toBeLessThanOrEqual(5);
    expect(text).toBe('😀😀…');
  });
});

describe('midSentence', () => {
  it('lowers a leading ordinary word so the note reads after "I would bring"', () => {
    expect(midSentence('Ten years of design systems work')).toBe('ten years of design systems work');
    expect(midSentence('My work on the billing migration')).toBe('my work on the billing migration');
  });

  it('keeps the capital of a leading name or acronym', () => {
    expect(midSentence('Python and SQL for forecasting')).toBe('Python and SQL for forecasting');
    expect(midSentence('SQL tuning')).toBe('SQL tuning');
  });

  it('leaves empty text alone', () => {
    expect(midSentence('')).toBe('');
  });
});
