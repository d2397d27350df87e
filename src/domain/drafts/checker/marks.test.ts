import { describe, expect, it } from 'vitest';
import { markFindings } from './marks.ts';

const found = (text: string) => markFindings(text).map((m) => [m.ruleId, text.slice(m.place.start, m.place.end)]);

describe('markFindings', () => {
  it('allows one exclamation mark and marks every one after it', () => {
    expect(found('Thank you!')).toEqual([]);
    expect(found('Thank you!! It was great!')).toEqual([
      ['exclamation', '!!'],
      ['exclamation', '!'],
    ]);
  });

  it('marks doubled punctuation but not an ellipsis, "?!" or "Ltd.,"', () => {
    expect(found('Acme Robotics Ltd.. I loved it. Hi Ann,, yes?. Really.?')).toEqual([
      ['doubled-punctuation', '..'],
      ['doubled-punctuation', ',,'],
      ['doubled-punctuation', '?.'],
      ['doubled-punctuation', '.?'],
    ]);
    expect(found('Well... really?! Acme Ltd., London. Thanks to Acme Ltd.; I am grateful. Is it Acme Inc.?')).toEqual(
      [],
    );
  });

  it('marks a word said twice in a row, except ones that may be', () => {
    expect(found('I enjoyed the the tour.')).toEqual([['repeated-word', 'the the']]);
    expect(found('It was very, very good, good good good.')).toEqual([['repeated-word', 'good good good']]);
    expect(found('I had had a long day, and that that was fine.')).toEqual([]);
  });

  it('marks a sentence said twice, and one that opens by repeating the last', () => {
    const text = 'I remain very interested. Thanks. I remain very interested.';
    expect(found(text)).toEqual([['repeated-sentence', 'I remain very interested.']]);
    expect(markFindings(text)[0]?.place.start).toBe(34);
    expect(found('…and I remain very interested. I remain very interested in joining the team.')).toEqual([
      ['repeated-sentence', 'I remain very interested in joining the team.'],
    ]);
    expect(found('Thank you. Thank you.')).toEqual([]);
    expect(found('It was good to talk with you. It was good to get a real feel for the work.')).toEqual([]);
  });
});
