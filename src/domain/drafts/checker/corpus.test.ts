import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_RULES, scoreCorpus } from '../../testing/checker-corpus.ts';
import { checkDraft } from '../check-draft.ts';

const scores = scoreCorpus((text) => checkDraft(text, { format: 'email', facts: null }).map((f) => f.ruleId));

describe('the checker on a labelled corpus of follow-up sentences', () => {
  it(`holds precision at 0.98 and recall at 0.95 over all ${CORPUS.length} sentences`, () => {
    const { all } = scores;
    expect(all.falsePositives, 'false alarms').toEqual([]);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
    expect(all.recall, all.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('raises no false alarm on money that describes work, and misses almost no pay talk', () => {
    expect(scores.salary.falsePositives).toEqual([]);
    expect(scores.salary.truePositives).toBeGreaterThanOrEqual(100);
    expect(scores.salary.recall, scores.salary.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  for (const rule of CORPUS_RULES)
    it(`keeps "${rule}" precise (≥ 0.95) and thorough (≥ 0.95)`, () => {
      expect(scores[rule].precision, scores[rule].falsePositives.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(scores[rule].recall, scores[rule].misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    });

  it('has realistic negatives for every rule: at least as many clean sentences as flagged ones', () => {
    const clean = CORPUS.filter(([, ...rules]) => rules.length === 0).length;
    expect(clean).toBeGreaterThanOrEqual(CORPUS.length / 2);
  });
});
