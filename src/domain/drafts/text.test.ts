import { describe, expect, it } from 'vitest';
import { countChars, countWords } from './text.ts';

describe('countWords', () => {
  it('counts words with letters or digits, not dashes or bullets', () => {
    expect(countWords('Hi Ada, thank you - really • 2 things')).toBe(7);
  });
});

describe('countChars', () => {
  it('counts UTF-16 code units, as LinkedIn does', () => {
    expect(countChars('😀a')).toBe(3);
  });
});
