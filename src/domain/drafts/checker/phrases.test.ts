import { describe, expect, it } from 'vitest';
import type { FindingRule } from '../types.ts';
import { mergeOverlaps, phraseFindings } from './phrases.ts';

/** Rule and exact words of every phrase finding. */
const found = (text: string) =>
  phraseFindings(text).map((f) => [f.ruleId, text.slice(f.place.start, f.place.end)] as [FindingRule, string]);

describe('phraseFindings', () => {
  it('marks a deadline set for the employer, from the demand to the date', () => {
    expect(found('Thanks. I need an answer by Friday.')).toEqual([['pushy-deadline', 'I need an answer by Friday']]);
    expect(found('Please let me know by Monday whether I got it.')).toEqual([
      ['pushy-deadline', 'Please let me know by Monday'],
    ]);
    expect(found("If I don't hear back by Wednesday, I'll assume the role has gone.")).toEqual([
      ['pushy-deadline', "If I don't hear back by Wednesday"],
    ]);
  });

  it('leaves dates the employer gave, and the candidate’s own promises, alone', () => {
    expect(found('You mentioned a decision was expected by Friday 14 November.')).toEqual([]);
    expect(found('I can send the references by Friday.')).toEqual([]);
    expect(found('Could you let me know the next steps?')).toEqual([]);
    expect(found('Do you need anything else from me by Friday?')).toEqual([]);
    expect(found("I'd be happy to start as soon as possible.")).toEqual([]);
  });

  it('marks apologies for writing and running oneself down, not ordinary courtesy', () => {
    expect(found('Sorry to bother you again, but is there news?')).toEqual([
      ['self-talk', 'Sorry to bother you again'],
    ]);
    expect(found('I know I messed up the second question.')).toEqual([
      ['self-talk', 'I know I messed up the second question'],
    ]);
    expect(found("I'm sure you've found someone better by now.")).toEqual([
      ['self-talk', "I'm sure you've found someone better by now"],
    ]);
    expect(found("I'm sorry to hear the role has been filled.")).toEqual([]);
    expect(found('Sorry for the slow reply; I was travelling.')).toEqual([]);
    expect(found("Looking back, I don't think I did myself justice on one point.")).toEqual([]);
  });

  it('marks reproach for a slow reply, not a reference to the interview', () => {
    expect(found('Per my last email, is there news?')).toEqual([['passive-aggressive', 'Per my last email']]);
    expect(found('As I said before, I can start in May.')).toEqual([['passive-aggressive', 'As I said before']]);
    expect(found("I still haven't heard anything from you.")).toEqual([
      ['passive-aggressive', "I still haven't heard anything from you"],
    ]);
    expect(found('As I mentioned in the interview, I led the migration.')).toEqual([]);
    expect(found('I understand these decisions take time.')).toEqual([]);
  });

  it('marks casual words, emoticons, emoji and stock phrases', () => {
    expect(found('Hey Ada, great chat lol :)')).toEqual([
      ['over-familiar', 'Hey'],
      ['over-familiar', 'lol'],
      ['over-familiar', ':)'],
    ]);
    expect(found('Thanks 😊')).toEqual([['emoji', '😊']]);
    expect(found('Just checking in on my application.')).toEqual([['cliche', 'Just checking in']]);
  });

  it('reports overlapping matches of one rule as one place', () => {
    expect(
      mergeOverlaps([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 12, end: 14 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 14 },
    ]);
  });
});
