/**
 * Search benchmark: serves the production build (run `npm run build` first),
 * opens the search dialog in Chromium with `/`, types a query at a typist's
 * pace and reports, as the median of several cold runs (a fresh browser
 * context each, so nothing is cached):
 *
 * - the bytes search downloads (dialog code, Pagefind's library, index
 *   chunks, result fragments), raw as `astro preview` serves them and gzipped
 *   as a typical host would;
 * - the time from the last keystroke to the results on screen, for the first
 *   query and for a second one once the library is warm.
 *
 * Run: npm run bench:search [-- --runs 9 --query salary --then LinkedIn --port 4461]
 * Writes the same report to bench/out/search.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './support/chromium.ts';
import { startPreview } from './support/preview-server.ts';
import { PARTS, kB, median, partOf, sizeOf, type FileSize, type Part } from './support/search-figures.ts';
import { DEBOUNCE_MS } from '../src/components/search/search-runner.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const OUT = `${ROOT}bench/out/`;
/** Pause between keystrokes: a brisk typist. */
const KEY_DELAY_MS = 90;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    query: { type: 'string', default: 'salary' },
    then: { type: 'string', default: 'thank-you email' },
    port: { type: 'string', default: '4461' },
  },
});
const runs = Number(args.runs);

if (!existsSync(`${DIST}pagefind/pagefind.js`)) {
  console.error('dist/pagefind/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Records, in the page, when the last key went down and when results for `query` were next painted. */
async function armTimer(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const w = window as unknown as { bench: { key: number; shown: number } };
    w.bench = { key: 0, shown: 0 };
    document.addEventListener('keydown', () => ((w.bench.key = performance.now()), (w.bench.shown = 0)), true);
    const status = document.querySelector('dialog [role="status"]')!;
    new MutationObserver(() => {
      if (!w.bench.shown && (status.textContent ?? '').includes(`for “${q}”`)) {
        // The DOM is updated; count the frame that shows it.
        requestAnimationFrame(() => (w.bench.shown ||= performance.now()));
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  }, query);
}

/** Types `query` into the dialog and returns ms from its last keystroke to results on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search the guides' });
  await box.fill('');
  await armTimer(page, query);
  await box.pressSequentially(query, { delay: KEY_DELAY_MS });
  const handle = await page.waitForFunction(() => {
    const { key, shown } = (window as unknown as { bench: { key: number; shown: number } }).bench;
    return shown > 0 && shown - key;
  });
  return (await handle.jsonValue()) as number;
}

type Bytes = Record<Part, FileSize & { files: number }>;

interface Run {
  firstMs: number;
  thenMs: number;
  /** Opening search and the first query. */
  first: Bytes;
  /** What the second query added. */
  then: Bytes;
}

/** Sizes the search files among `paths`, by part. */
function weigh(paths: Iterable<string>): Bytes {
  const bytes = Object.fromEntries(PARTS.map((p) => [p, { raw: 0, gzip: 0, files: 0 }])) as Bytes;
  for (const path of paths) {
    const part = partOf(path);
    if (!part) continue;
    const size = sizeOf(DIST, path);
    bytes[part].raw += size.raw;
    bytes[part].gzip += size.gzip;
    bytes[part].files += 1;
  }
  return bytes;
}

const server = await startPreview(ROOT, Number(args.port));
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')),
});
const results: Run[] = [];
try {
  for (let i = 0; i < runs; i++) {
    // No service worker: it would precache Pagefind in the background and blur what search costs.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForLoadState('networkidle');
    let paths: string[] = [];
    page.on('requestfinished', (request) => paths.push(new URL(request.url()).pathname));
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Search the guides' }).waitFor();
    const firstMs = await timeQuery(page, args.query);
    await page.waitForLoadState('networkidle');
    const first = weigh(paths);
    paths = [];
    const thenMs = await timeQuery(page, args.then);
    await page.waitForLoadState('networkidle');
    results.push({ firstMs, thenMs, first, then: weigh(paths) });
    console.log(`run ${i + 1}/${runs}: first ${firstMs.toFixed(0)} ms, then ${thenMs.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const mid = (pick: (run: Run) => number): number => median(results.map(pick));
const sum = (bytes: Bytes, key: keyof FileSize): number => PARTS.reduce((total, p) => total + bytes[p][key], 0);
const rows = PARTS.map(
  (part) =>
    `| ${part} | ${mid((r) => r.first[part].files)} | ${kB(mid((r) => r.first[part].raw))} | ` +
    `${kB(mid((r) => r.first[part].gzip))} | ${kB(mid((r) => r.then[part].gzip))} |`,
);
const timing = (label: string, pick: (run: Run) => number): string => {
  const all = results.map(pick);
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  return `| ${label} | ${ms(median(all))} | ${ms(Math.min(...all))} | ${ms(Math.max(...all))} |`;
};
const report = `# Search benchmark

${runs} cold runs (a fresh browser context each, service worker blocked) against \`astro preview\`
on localhost, Chromium 1280 px wide. Search opened with \`/\` on the home page; typed “${args.query}”,
then “${args.then}”, one key every ${KEY_DELAY_MS} ms. Medians.

| downloaded | files | first search, raw | first search, gzip | second query adds, gzip |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}
| **total** | | **${kB(mid((r) => sum(r.first, 'raw')))}** | **${kB(mid((r) => sum(r.first, 'gzip')))}** | **${kB(mid((r) => sum(r.then, 'gzip')))}** |

| last keystroke → results on screen | median | min | max |
| --- | ---: | ---: | ---: |
${timing(`first query, “${args.query}” (cold index)`, (r) => r.firstMs)}
${timing(`second query, “${args.then}”`, (r) => r.thenMs)}

Times include the dialog's ${DEBOUNCE_MS} ms pause after a keystroke (debounce). “gzip” is what a host
that compresses text sends; Pagefind's index, fragments and WebAssembly are compressed already.
Pages pay none of this until search opens: the header's search script is their only cost.
`;
console.log(`\n${report}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}search.md`, report);
