/**
 * Reduces Lighthouse results to the figures the project tracks (four category
 * scores, LCP, TBT, CLS) and the audits that cost points, as Markdown.
 */

/** The parts of a Lighthouse result (LH.Result) this report reads. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    { score: number | null; scoreDisplayMode: string; title: string; numericValue?: number; displayValue?: string }
  >;
}

/** One page's figures. Scores are 0–100; times in ms. */
export interface PageSummary {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits Lighthouse flagged (scored below 1), as "category: title (value)". */
  problems: string[];
  /** 100 in accessibility, best practices and SEO, and performance ≥ 98. */
  meetsTarget: boolean;
}

const CATEGORIES = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/** The figures for one page from its Lighthouse result. */
export function summarise(path: string, lhr: LhrLike): PageSummary {
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const problems: string[] = [];
  for (const [id, label] of Object.entries(CATEGORIES)) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      // Performance audits with no weight are hints; list them only when they score poorly.
      if (id === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
      problems.push(`${label}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  const summary = {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    problems,
  };
  const meetsTarget =
    summary.performance >= 98 && summary.accessibility === 100 && summary.bestPractices === 100 && summary.seo === 100;
  return { ...summary, meetsTarget };
}

/** A Markdown table of every page, then what each page lost points on. */
export function formatLighthouseReport(pages: PageSummary[], runs = 1): string {
  const rows = pages.map((p) =>
    [
      p.path,
      p.performance,
      p.accessibility,
      p.bestPractices,
      p.seo,
      `${(p.lcpMs / 1000).toFixed(2)} s`,
      `${Math.round(p.tbtMs)} ms`,
      p.cls.toFixed(3),
      p.meetsTarget ? 'yes' : 'no',
    ].join(' | '),
  );
  const lines = [
    `Lighthouse 13, mobile (simulated throttling), production build via astro preview; median of ${runs} run${runs === 1 ? '' : 's'} per page`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | meets target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r} |`),
  ];
  for (const p of pages.filter((page) => page.problems.length > 0)) {
    lines.push('', `${p.path}, flagged by Lighthouse:`, ...p.problems.map((problem) => `- ${problem}`));
  }
  return lines.join('\n');
}
