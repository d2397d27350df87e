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

  it('leaves the marks and repeats inside a name the user typed, and marks the ones around it', () => {
    const text = 'Thanks, Yahoo! and Duran Duran!! Yahoo!.';
    const names = [...text.matchAll(/Yahoo!|Duran Duran/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    const inNames = markFindings(text, names).map((m) => [m.ruleId, text.slice(m.place.start, m.place.end)]);
    expect(inNames).toEqual([
      ['exclamation', '!!'],
      ['doubled-punctuation', '!.'],
    ]);
    expect(found(text).map(([rule]) => rule)).toContain('repeated-word');
  });

  it('marks a doubled question mark, but not a single one or "?!"', () => {
    expect(found('Any news?? Or more???')).toEqual([
      ['doubled-punctuation', '??'],
      ['doubled-punctuation', '???'],
    ]);
    expect(found('Any news? Really?!')).toEqual([]);
  });

  it('marks doubled quotation marks, but not a quotation nested in another', () => {
    expect(found('They asked “"Why did you leave?"” and I answered.')).toEqual([
      ['doubled-punctuation', '“"'],
      ['doubled-punctuation', '"”'],
    ]);
    expect(found('They asked “‘Why?’ and ‘Why now?’” and "how".')).toEqual([]);
  });

  it('marks a full stop left mid-sentence before a lower-case word, but not after an abbreviation or initial', () => {
    expect(found('I bring ten years of retail analytics. to Harbour & Finch.')).toEqual([
      ['stray-full-stop', 'analytics. to'],
    ]);
    const fine =
      'Tools, e.g. dashboards, i.e. reports, etc. and more, approx. two, vs. last year, at 9 a.m. on Monday; J. smith at Acme Inc. to help. Well... maybe. www.example.com is live.';
    expect(found(fine)).toEqual([]);
    expect(found('A line ending in a full stop.\nthen a new line.')).toEqual([]);
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
