import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../testing/checker-corpus.ts';
import { mayNeedWording } from './screen.ts';

describe('mayNeedWording', () => {
  it('says "maybe" for every sentence of the corpus a wording rule should flag', () => {
    const flagged = CORPUS.filter(([, ...rules]) => rules.length > 0).map(([text]) => text);
    expect(flagged.filter((text) => !mayNeedWording([text]))).toEqual([]);
  });

  it('says no for plain facts, so the wording rules need not load', () => {
    expect(mayNeedWording(['five years of forecasting for retail teams', null, 'Rowan Ellery'])).toBe(false);
  });
});
