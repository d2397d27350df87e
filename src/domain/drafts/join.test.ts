import { describe, expect, it } from 'vitest';
import { endsSentence, inSentence, isQuestion, openSentence, tidyEnd } from './join.ts';

describe('openSentence', () => {
  it('capitalises a first word typed in lower case', () => {
    expect(openSentence('five years of design work')).toBe('Five years of design work');
  });
  it('leaves a word with its own capitals, or no case at all, as typed', () => {
    expect(openSentence('iPhone apps for retail')).toBe('iPhone apps for retail');
    expect(openSentence('eBay marketplace work')).toBe('eBay marketplace work');
    expect(openSentence('数据分析')).toBe('数据分析');
  });
});

describe('inSentence', () => {
  it('lowers an ordinary first word mid-sentence or after a colon', () => {
    expect(inSentence('When asked about budgets, I froze')).toBe('when asked about budgets, I froze');
    expect(inSentence('Ten years of design systems work')).toBe('ten years of design systems work');
    expect(inSentence('How does the team decide?')).toBe('how does the team decide?');
  });
  it('keeps a capital it cannot be sure of: names, "I", acronyms', () => {
    expect(inSentence('Python and SQL for forecasting')).toBe('Python and SQL for forecasting');
    expect(inSentence('I led the migration')).toBe('I led the migration');
    expect(inSentence("I'm certified in PRINCE2")).toBe("I'm certified in PRINCE2");
    expect(inSentence('SQL tuning')).toBe('SQL tuning');
    expect(inSentence('May in Lisbon')).toBe('May in Lisbon');
  });
});

describe('punctuation at the joins', () => {
  it('drops a dangling comma, semicolon, colon or dash and outer spaces', () => {
    expect(tidyEnd(' my work on billing,  ')).toBe('my work on billing');
    expect(tidyEnd('a point; -')).toBe('a point');
  });
  it('knows when a text already ends a sentence, quotes and brackets aside', () => {
    expect(endsSentence('Acme Robotics Ltd.')).toBe(true);
    expect(endsSentence('as they said “soon.”')).toBe(true);
    expect(endsSentence('at Acme')).toBe(false);
    expect(isQuestion('How do you plan? ')).toBe(true);
  });
});
