import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/domain/evidence';
import { isGuidePage } from './budgets';
import { readBuiltPages } from './support/built-site';
import { checkCitations } from './support/citations';

const guides = readBuiltPages().filter((p) => isGuidePage(p.path));
const reports = guides.map((p) => ({ path: p.path, ...checkCitations(p.html, p.path) }));

describe('survey figures on guide pages', () => {
  it('are cited on at least the guides that make the case with them', () => {
    const citing = reports.filter((r) => r.cited.length > 0).map((r) => r.path);
    expect(citing).toEqual(
      expect.arrayContaining([
        '/guides/why-follow-up/',
        '/guides/mistakes-to-avoid/',
        '/guides/card-email-or-call/',
        '/guides/thank-you-email/',
      ]),
    );
  });

  it('include every figure in the data, so the data is what the site cites', () => {
    const shown = new Set(reports.flatMap((r) => r.figures));
    for (const [id, figure] of Object.entries(FIGURES)) {
      const value = /\d+%/.exec(figure.value)?.[0];
      expect(shown, id).toContain(`${value} (${figure.survey})`);
    }
  });

  for (const report of reports) {
    it(`${report.path} shows every figure with a link to its survey, and nothing untraceable`, () => {
      expect(report.problems).toEqual([]);
    });
  }
});
