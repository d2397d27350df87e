import { describe, expect, it } from 'vitest';
import { SURVEYS } from '../../../src/domain/evidence.ts';
import { checkCitations } from './citations';

const survey = SURVEYS['accountemps-2018'];
const caption = `Source: <a href="${survey.url}">${survey.publisher}, ${survey.date}</a> <span>survey of ${survey.sample}, reported by ${survey.via}</span>`;
const page = (article: string) =>
  `<html><body><div class="prose guide-body">${article}</div><div class="guide-end"><a href="https://elsewhere.example/">x</a></div></body></html>`;
const cited = `<figure class="evidence"><p><strong>33%</strong> of HR managers had dropped a pushy candidate.</p><figcaption>${caption}</figcaption></figure>`;

describe('checkCitations', () => {
  it('accepts a figure shown with its survey, and reports what it cites', () => {
    const report = checkCitations(page(`<p>Too pushy costs offers.</p>${cited}`), '/g/');
    expect(report.problems).toEqual([]);
    expect(report.cited).toEqual(['accountemps-2018']);
    expect(report.figures).toEqual(['33% (accountemps-2018)']);
  });

  it('flags a percentage in the prose that no citation covers', () => {
    const report = checkCitations(page('<p>Most managers (80%) read them.</p>'), '/g/');
    expect(report.problems).toEqual([expect.stringContaining('figure without a citation')]);
  });

  it('flags figures written out in words or as "per cent"', () => {
    expect(checkCitations(page('<p>One in three managers said so.</p>'), '/g/').problems).toHaveLength(1);
    expect(checkCitations(page('<p>About 40 per cent agree.</p>'), '/g/').problems).toHaveLength(1);
  });

  it('flags a cited block whose link is missing or unknown', () => {
    const noLink = cited.replace(/<a [^>]+>/, '<a>');
    expect(checkCitations(page(noLink), '/g/').problems).toEqual([expect.stringContaining('exactly one link')]);
    const other = cited.replace(survey.url, 'https://example.com/survey');
    expect(checkCitations(page(other), '/g/').problems).toEqual([expect.stringContaining('exactly one link')]);
  });

  it('flags a citation that leaves out the sample or the date', () => {
    const noSample = cited.replace(`survey of ${survey.sample}`, 'a survey');
    expect(checkCitations(page(noSample), '/g/').problems).toEqual([expect.stringContaining(survey.sample)]);
    const noDate = cited.replace(survey.date, '');
    expect(checkCitations(page(noDate), '/g/').problems).toEqual([expect.stringContaining(survey.date)]);
  });

  it('flags a number the cited survey never gave', () => {
    const report = checkCitations(page(cited.replace('33%', '45%')), '/g/');
    expect(report.problems).toEqual([expect.stringContaining('45% is not a figure accountemps-2018 gave')]);
  });

  it('checks table rows that show a figure the same way', () => {
    const row = (cell: string) => page(`<table><tbody><tr><th>${cell}</th><td>26% wanted it in two days.</td></tr></tbody></table>`);
    expect(checkCitations(row('Hiring managers'), '/g/').problems).toEqual([expect.stringContaining('exactly one link')]);
    const s = SURVEYS['careerbuilder-2005'];
    const ok = row(`<a href="${s.url}">${s.publisher}, ${s.date}</a> <span>survey of ${s.sample}</span>`);
    expect(checkCitations(ok, '/g/').problems).toEqual([]);
  });

  it('refuses every claim the fact sheet marks untraceable, cited or not', () => {
    for (const claim of [
      'A SHRM study found 58% agree.',
      'Thank-you senders enjoy a 22% higher callback rate.',
      'CareerBuilder in 2023 found 57% do.',
      'Accountemps found in 2024 that 94% of managers agree.',
      'TopResume says only 10% send one.',
      'As CareerBeacon put it, 2/40/17/38.',
    ]) {
      const problems = checkCitations(page(`<p>${claim}</p>`), '/g/').problems;
      expect(problems.some((p) => p.includes('untraceable')), claim).toBe(true);
    }
  });

  it('ignores example messages and links outside the article', () => {
    const report = checkCitations(page('<pre>I cut costs by 30% at Cobalt Retail.</pre>'), '/g/');
    expect(report.problems).toEqual([]);
  });

  it('flags a link to another site that is not a citation', () => {
    const report = checkCitations(page('<p>See <a href="https://example.com/">this</a>.</p>'), '/g/');
    expect(report.problems).toEqual([expect.stringContaining('link to another site')]);
  });
});
