import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at end marks followed by a capital, and at every line end', () => {
    expect(texts('Dear Ada,\n\nThank you. I enjoyed it! Did you? Yes.')).toEqual([
      'Dear Ada,',
      'Thank you.',
      'I enjoyed it!',
      'Did you?',
      'Yes.',
    ]);
  });

  it('keeps titles, initials, "e.g." and decimals inside their sentence', () => {
    expect(texts('I met Dr. Quill and J. Smith, e.g. Python. I cut $2.4m across three sites.')).toEqual([
      'I met Dr. Quill and J. Smith, e.g. Python.',
      'I cut $2.4m across three sites.',
    ]);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text = '  Hi Bo,\n• Ask for Bo.  Say thanks. ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['Hi Bo,', '• Ask for Bo.', 'Say thanks.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
