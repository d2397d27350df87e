import { describe, expect, it } from 'vitest';
import { blankEvent, emptyFacts } from './facts-input.ts';

describe('form input', () => {
  it('starts with one blank interviewer and email in a warm tone', () => {
    const input = emptyFacts('iv-1');
    expect(input.interviewers).toEqual([
      { id: 'iv-1', name: '', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
    ]);
    expect([input.notes.channel, input.notes.tone]).toEqual(['email', 'warm']);
  });

  it('survives a round trip through JSON unchanged, as localStorage needs', () => {
    const input = { ...emptyFacts(), events: [blankEvent('e1', 'offer')] };
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
  });
});
