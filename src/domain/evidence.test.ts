import { describe, expect, it } from 'vitest';
import { DISAGREEMENTS } from './guidance.ts';
import {
  FIGURES,
  SURVEYS,
  SURVEY_DISAGREEMENTS,
  UNTRACEABLE,
  citeFigures,
  isSurveyId,
  isUntraceable,
  type FigureId,
  type Survey,
} from './evidence.ts';

const surveys: Survey[] = Object.values(SURVEYS);
const percentagesIn = (text: string) => text.match(/\d+%/g) ?? [];

describe('surveys', () => {
  it('each give a publisher, a dated year, a sample and an https address', () => {
    for (const s of surveys) {
      expect(s.publisher, s.id).not.toBe('');
      expect(s.date, s.id).toContain(String(s.year));
      expect(s.sample, s.id).toMatch(/\w{3}/);
      expect(new URL(s.url).protocol, s.id).toBe('https:');
      expect(s.id, 'ids name the publisher and year').toMatch(new RegExp(`-${s.year}$`));
    }
  });

  it('never bring back a survey the fact sheet says has no source', () => {
    for (const s of surveys) expect(isUntraceable(s, null), s.id).toBeUndefined();
  });
});

describe('figures', () => {
  it('each belong to a known survey and read as one sentence after the number', () => {
    for (const [id, f] of Object.entries(FIGURES)) {
      expect(SURVEYS[f.survey], id).toBeDefined();
      expect(f.value, id).toMatch(/^(About |Over )?\d+%$/);
      expect(f.says, id).toMatch(/^[a-z].*\.$/);
      expect(id, 'ids end with the survey year').toMatch(new RegExp(`-${SURVEYS[f.survey].year}$`));
    }
  });

  it('never repeat a figure the fact sheet marks untraceable', () => {
    for (const [id, f] of Object.entries(FIGURES)) expect(isUntraceable(SURVEYS[f.survey], f), id).toBeUndefined();
    for (const u of UNTRACEABLE) {
      for (const f of Object.values(FIGURES)) expect(u.pattern.test(`${f.value} ${f.says}`), u.claim).toBe(false);
    }
  });

  it('recognise each untraceable claim if it were added as data', () => {
    const fake = (publisher: string, year: number): Survey => ({ ...SURVEYS['accountemps-2017'], publisher, year });
    expect(isUntraceable(fake('Accountemps', 2024), null)).toBeDefined();
    expect(isUntraceable(fake('CareerBuilder', 2023), null)).toBeDefined();
    expect(isUntraceable(fake('SHRM', 2019), null)).toBeDefined();
    expect(isUntraceable(fake('TopResume', 2017), { value: '10%' })).toBeDefined();
    expect(isUntraceable(SURVEYS['accountemps-2017'], { value: '40%' })).toBeDefined();
    expect(isUntraceable(SURVEYS['accountemps-2017'], { value: '80%' })).toBeUndefined();
  });

  it('are cited together only when they share a survey', () => {
    const { figures, survey } = citeFigures(['email-fine-2017', 'card-fine-2017']);
    expect(figures.map((f) => f.value)).toEqual(['94%', '86%']);
    expect(survey.id).toBe('accountemps-2017');
    expect(() => citeFigures(['email-fine-2017', 'too-pushy-2018'])).toThrow(/exactly one survey/);
    expect(() => citeFigures('no-such-figure' as FigureId)).toThrow(/Unknown figure/);
  });
});

describe('survey positions in disagreement tables', () => {
  const positions = [...DISAGREEMENTS, ...SURVEY_DISAGREEMENTS].flatMap((d) => d.positions);
  const surveyPositions = positions.flatMap((p) => (isSurveyId(p.source) ? [{ ...p, source: p.source }] : []));

  it('exist, and state only percentages that their survey gave', () => {
    expect(surveyPositions.length).toBeGreaterThanOrEqual(4);
    for (const p of surveyPositions) {
      const given = Object.values(FIGURES)
        .filter((f) => f.survey === p.source)
        .flatMap((f) => percentagesIn(`${f.value} ${f.says}`));
      for (const value of percentagesIn(p.says)) expect(given, `${value} in "${p.says}"`).toContain(value);
    }
  });

  it('list the surveys oldest first', () => {
    for (const d of SURVEY_DISAGREEMENTS) {
      const years = d.positions.map((p) => (isSurveyId(p.source) ? SURVEYS[p.source].year : NaN));
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });

  it('never put a percentage in a source article position, which has no survey to cite', () => {
    for (const p of positions.filter((q) => !isSurveyId(q.source))) expect(percentagesIn(p.says)).toEqual([]);
  });
});
