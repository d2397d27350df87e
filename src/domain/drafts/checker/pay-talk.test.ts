import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../testing/checker-corpus.ts';
import { PAY_STEMS, payTalk } from './pay-talk.ts';

/** The exact words flagged in each sentence of `text`. */
const flagged = (text: string) => payTalk(text).map((p) => text.slice(p.start, p.end));

describe('payTalk', () => {
  it('marks the pay words of a sentence about the candidate’s own pay', () => {
    expect(flagged('Thanks again. My salary expectations are £55,000 to £60,000.')).toEqual([
      'My salary expectations are £55,000 to £60,000',
    ]);
    expect(flagged("I'd need at least £60k to make the move.")).toEqual(["I'd need at least £60k"]);
    expect(flagged('Is there any flexibility on the base salary?')).toEqual(['flexibility on the base salary']);
  });

  it('gives exact offsets into the whole text', () => {
    const text = 'Hi Ada,\n\nCould you share the pay range?';
    expect(payTalk(text)).toEqual([{ start: 9, end: 38 }]);
    expect(text.slice(9, 38)).toBe('Could you share the pay range');
  });

  it('finds pay talk without a figure: the package, the base, a raise, pay that is "negotiable"', () => {
    for (const sentence of [
      "I'd like to discuss the compensation package before I decide.",
      'Can the base go any higher?',
      'Is the salary negotiable?',
      'Would the role come with stock options?',
      'Out of interest, what does the position pay?',
      'I would expect to be paid in line with the market.',
    ])
      expect(flagged(sentence), sentence).toHaveLength(1);
  });

  it('does not take money that describes work for pay talk', () => {
    for (const sentence of [
      'I cut costs by $2.4m across three sites.',
      'I managed a £3m budget for the regional team.',
      'Last year I saved €40k by renegotiating supplier contracts.',
      'I reduced overtime spend by 18%, about £90k a year.',
      'I expect to save the team around £40k in the first year.',
      'I want to help you hit the £10m target.',
    ])
      expect(flagged(sentence), sentence).toEqual([]);
  });

  it('does not take idioms or HR work for pay talk', () => {
    for (const sentence of [
      'As a bonus, I also speak fluent German.',
      "I'm committed to diversity, equity and inclusion in hiring.",
      'I will pay close attention to the handover.',
      'I enjoyed our talk about pay-per-click campaigns.',
      'I set the salary bands for the new engineering grades.',
      'My package of skills fits the role well.',
    ])
      expect(flagged(sentence), sentence).toEqual([]);
  });

  it('reports one finding per sentence, spanning its pay words', () => {
    expect(flagged("Salary-wise, I'm flexible but would need at least £45k. Is there a signing bonus?")).toEqual([
      "Salary-wise, I'm flexible but would need at least £45k",
      'signing bonus',
    ]);
  });

  it('skips only sentences that none of its patterns could match', () => {
    const pay = CORPUS.filter(([, ...rules]) => rules.includes('salary')).map(([text]) => text);
    expect(pay.filter((text) => !PAY_STEMS.test(text))).toEqual([]);
  });
});
