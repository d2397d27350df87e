/**
 * Lighthouse, mobile mode, on the home page, a guide, the planner and the search
 * page of the production build (run `npm run build` first). Prints a table of the
 * four category scores plus LCP, TBT and CLS, and what each page lost points on;
 * writes the same to bench/out/lighthouse.md (full JSON reports beside it).
 *
 * Each page runs several times (default 3) and the run with the median performance
 * score is reported, as Lighthouse's own docs advise for noisy machines.
 *
 * Target: 100 accessibility, best practices and SEO on every page; performance ≥ 98.
 * Run: npm run bench:lighthouse [-- --runs 5]
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from './support/chromium.ts';
import { startPreview } from './support/preview-server.ts';
import { formatLighthouseReport, summarise, type PageSummary } from './support/lighthouse-report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const OUT = `${ROOT}bench/out/`;
const PORT = 4397;
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(args.runs));

/** The first guide the guides index links to, so the bench follows the content. */
function firstGuidePath(): string {
  const index = readFileSync(`${DIST}guides/index.html`, 'utf8');
  const match = /href="(\/guides\/[^"/]+\/)"/.exec(index);
  if (!match?.[1]) throw new Error('No guide linked from dist/guides/index.html.');
  return match[1];
}

if (!existsSync(`${DIST}index.html`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const pages = [
  { name: 'home', path: '/' },
  { name: 'guide', path: firstGuidePath() },
  { name: 'planner', path: '/plan/' },
  { name: 'search', path: '/search/' },
].filter(({ path }) => {
  const built = existsSync(`${DIST}${path.slice(1)}index.html`);
  if (!built) console.warn(`Skipping ${path}: not in dist/.`);
  return built;
});

mkdirSync(`${OUT}lighthouse`, { recursive: true });
// Serve a snapshot, so a rebuild while the bench runs cannot swap files under it.
const snapshot = mkdtempSync(join(tmpdir(), 'ft-lighthouse-'));
cpSync(DIST, snapshot, { recursive: true });
const server = await startPreview(ROOT, PORT, { outDir: snapshot });
const chromium = await launchDebuggableChromium();
const summaries: PageSummary[] = [];
try {
  for (const { name, path } of pages) {
    const url = new URL(path, server.url).href;
    const results = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`Lighthouse ${run}/${runs}: ${url}`);
      const result = await lighthouse(url, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      results.push(result.lhr);
    }
    results.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
    const median = results[Math.floor(results.length / 2)]!;
    writeFileSync(`${OUT}lighthouse/${name}.json`, JSON.stringify(median, null, 2));
    summaries.push(summarise(path, median));
  }
} finally {
  chromium.close();
  await server.stop();
  rmSync(snapshot, { recursive: true, force: true });
}

const report = formatLighthouseReport(summaries, runs);
console.log(`\n${report}`);
writeFileSync(`${OUT}lighthouse.md`, `${report}\n`);
console.log('\nWritten to bench/out/lighthouse.md (JSON reports in bench/out/lighthouse/).');
if (summaries.some((s) => !s.meetsTarget)) process.exitCode = 1;
