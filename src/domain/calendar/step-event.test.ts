import { describe, expect, it } from 'vitest';
import { draftOpening } from './step-event.ts';

describe('draftOpening', () => {
  it('keeps short drafts whole', () => {
    expect(draftOpening('Hi Ada,\n\nThanks!\n')).toBe('Hi Ada,\n\nThanks!');
  });

  it('stops after four lines with words in them and marks that there is more', () => {
    expect(draftOpening('a\n\nb\nc\n\nd\ne\nf')).toBe('a\n\nb\nc\n\nd\n…');
  });

  it('stops before a line that would pass the character limit', () => {
    expect(draftOpening(`Hi Ada,\n${'word '.repeat(80)}`, 4, 100)).toBe('Hi Ada,\n…');
  });

  it('cuts a single overlong first line at a word, never mid-word', () => {
    expect(draftOpening('alpha beta gamma delta', 4, 12)).toBe('alpha beta…');
  });
});
