/**
 * The site against its reference sites, side by side, with the shared
 * measuring tool (../shared/baselines/measure): each figure is a ratio taken
 * in the same run, because this machine is shared and absolute times move.
 *
 * - `offline`: each page's first visit with the service worker allowed (after
 *   the network goes quiet) against the same visit with it blocked, in gzipped
 *   and raw bytes. Goal ≤ 1.5×.
 * - `lighthouse`: mobile Lighthouse (median of --runs) for home, a guide, the
 *   planner and search. Goals: 100 everywhere; TBT ≤ 50 ms on /plan/.
 * - `lcp`: a guide's LCP against the bare "floor" layout of an article,
 *   alternating, Lighthouse mobile. Goal ≤ 1.1×.
 * - `search`: one search from the header against Starlight's, alternating,
 *   service worker blocked: last keypress → results for the whole query
 *   (goal ≤ 0.35×) and the bytes of opening search plus that query (goal ≤ 1.0×).
 *
 * Run: npm run bench:compare [-- --only offline,search --runs 3 --dist other/dist]
 * (after `npm run build`; needs ../shared/baselines/build.sh ../baselines).
 * Writes the report to bench/out/compare.md as well.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findBaselines, measure, median, type MeasuredPage, type MeasuredSearch } from './support/baselines.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'offline,lighthouse,lcp,search' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: `${ROOT}dist` },
    guide: { type: 'string', default: '/guides/checking-in/' },
    article: { type: 'string', default: '/articles/checking-in/' },
    query: { type: 'string', default: 'salary' },
  },
});
const dist = resolve(args.dist);
const runs = Math.max(1, Number(args.runs));
const only = new Set(args.only.split(','));
const baselines = findBaselines(ROOT);
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}
const PAGES = ['/', args.guide, '/plan/', '/search/'];
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
/** Runs `ours` and `theirs` `runs` times each, alternating who goes first; returns both lists. */
async function alternate<T>(
  what: string,
  ours: () => Promise<T>,
  theirs: () => Promise<T>,
  show: (a: T, b: T) => string,
): Promise<[T[], T[]]> {
  const a: T[] = [];
  const b: T[] = [];
  for (let run = 1; run <= runs; run++) {
    if (run % 2 === 1) b.push(await theirs());
    a.push(await ours());
    if (run % 2 === 0) b.push(await theirs());
    console.log(`${what} run ${run}/${runs}: ${show(a.at(-1)!, b.at(-1)!)}`);
  }
  return [a, b];
}
const sections: string[] = [`# Against the reference sites\n\nBuild: ${dist}; ${runs} run(s) where repeated.\n`];
const report = (text: string) => {
  console.log(`\n${text}`);
  sections.push(text);
};

if (only.has('offline')) {
  const withSw = await measure(baselines, dist, PAGES, ['--no-lighthouse']);
  const withoutSw = await measure(baselines, dist, PAGES, ['--no-lighthouse', '--block-sw']);
  const rows = PAGES.map((path) => {
    const on = withSw.pages.find((p) => p.path === path)!.transfer.total;
    const off = withoutSw.pages.find((p) => p.path === path)!.transfer.total;
    return (
      `| ${path} | ${kib(off.gz)} / ${kib(off.bytes)} | ${kib(on.gz)} / ${kib(on.bytes)} | ` +
      `${ratio(on.gz, off.gz)} / ${ratio(on.bytes, off.bytes)} | ${off.requests} → ${on.requests} |`
    );
  });
  report(`## First visit with the service worker (goal ≤ 1.5× the page alone)

KiB gz / raw, after the network goes quiet.

| page | page alone | with service worker | ratio gz / raw | requests |
|---|---|---|---|---|
${rows.join('\n')}
`);
}

if (only.has('lighthouse')) {
  const result = await measure(baselines, dist, PAGES, ['--lighthouse-runs', String(runs)]);
  const rows = result.pages.map((p: MeasuredPage) => {
    const lh = p.lighthouse!;
    const lost = lh.failedAudits.length > 0 ? lh.failedAudits.join(', ') : '';
    return (
      `| ${p.path} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ` +
      `${Math.round(lh.lcp)} | ${Math.round(lh.tbt)} | ${lh.cls.toFixed(3)} | ${kib(p.jsExecuted.gz)} | ${lost} |`
    );
  });
  report(`## Lighthouse, mobile (median of ${runs})

| page | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS | JS run, KiB gz | audits below 1 |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`);
}

if (only.has('lcp')) {
  const lcpOf = async (site: string, path: string) =>
    (await measure(baselines, site, [path], ['--lighthouse-runs', '1'])).pages[0]!.lighthouse!.lcp;
  const [ours, floor] = await alternate(
    'lcp',
    () => lcpOf(dist, args.guide),
    () => lcpOf(`${baselines.floor}/dist`, args.article),
    (a, b) => `guide ${Math.round(a)} ms, floor ${Math.round(b)} ms`,
  );
  report(`## Guide LCP against the floor (goal ≤ 1.1×)

Lighthouse mobile, ${runs} alternating runs each, medians.

| ${args.guide} | floor ${args.article} | ratio |
|---|---|---|
| ${Math.round(median(ours))} ms | ${Math.round(median(floor))} ms | ${ratio(median(ours), median(floor))} |
`);
}

if (only.has('search')) {
  const ourFlags = [
    '--search-open',
    '[data-search-button]',
    '--search-input',
    '#ftsd-q',
    '--search-results',
    '.search-hit-link',
    '--search-message',
    '#ftsd-status',
  ];
  const starlightFlags = [
    '--search-open',
    'site-search button[data-open-modal]',
    '--search-input',
    '#starlight__search input',
  ];
  const common = ['--no-lighthouse', '--block-sw', '--final-query', '--search-query', args.query];
  const searchOf = async (site: string, flags: string[]) =>
    (await measure(baselines, site, ['/'], [...common, ...flags])).search!;
  const [ours, theirs] = await alternate(
    'search',
    () => searchOf(dist, ourFlags),
    () => searchOf(`${baselines.starlight}/dist`, starlightFlags),
    (a, b) => `ours ${a.msFromLastKey} ms, Starlight ${b.msFromLastKey} ms`,
  );
  const ms = (list: MeasuredSearch[]) => median(list.map((s) => s.msFromLastKey));
  const bytes = (list: MeasuredSearch[], key: 'gz' | 'bytes') =>
    median(list.map((s) => s.openDialog.total[key] + s.keypressToResults.total[key]));
  report(`## Search against Starlight (goals: time ≤ 0.35×, bytes ≤ 1.0×)

“${args.query}” typed into the header's search, service worker blocked, ${runs} alternating runs, medians.
Time: last keypress → results for the whole query on screen. Bytes: opening search plus that query.

| | Follow Through | Starlight | ratio |
|---|---|---|---|
| last keypress → results | ${ms(ours)} ms | ${ms(theirs)} ms | ${ratio(ms(ours), ms(theirs))} |
| bytes, KiB gz | ${kib(bytes(ours, 'gz'))} | ${kib(bytes(theirs, 'gz'))} | ${ratio(bytes(ours, 'gz'), bytes(theirs, 'gz'))} |
| bytes, KiB raw | ${kib(bytes(ours, 'bytes'))} | ${kib(bytes(theirs, 'bytes'))} | ${ratio(bytes(ours, 'bytes'), bytes(theirs, 'bytes'))} |
`);
}

mkdirSync(`${ROOT}bench/out`, { recursive: true });
writeFileSync(`${ROOT}bench/out/compare.md`, sections.join('\n'));
