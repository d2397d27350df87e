/**
 * Scale check: how build time, memory, the search index and one search's
 * download grow with content. Builds two throwaway copies of the project under
 * the OS temp folder (never the repo's src/): the real site as it is, and the
 * real site plus 1,000 synthetic guides. For each it reports `npm run build` and
 * Pagefind wall time, peak memory, the size of dist/pagefind, and the bytes one
 * search from the header dialog downloads in Chromium.
 *
 * Run: npm run bench:scale [-- --guides 1000 --query "thank you" --keep]
 * Writes the table to bench/out/scale.md as well.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureCommand } from './support/measure-command.ts';
import { freePort } from './support/preview-server.ts';
import { measureOneSearch, type SearchTransfer } from './support/search-transfer.ts';
import { syntheticGuides } from './support/synthetic-guides.ts';
import { TOPIC_IDS } from '../src/lib/guides/topics.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}bench/out/`;
/** What a copy needs to build; node_modules is linked, not copied. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches tools write inside node_modules: kept per copy so runs never touch the real ones. */
const PRIVATE_CACHES = new Set(['.vite', '.vite-temp', '.astro', '.cache', '.vitest-cache']);

const { values: args } = parseArgs({
  options: {
    guides: { type: 'string', default: '1000' },
    query: { type: 'string', default: 'thank you' },
    keep: { type: 'boolean', default: false },
  },
});
const syntheticCount = Number(args.guides);

/** One row of the report. */
interface ScaleRow {
  site: string;
  pages: number;
  astroMs: number;
  pagefindMs: number;
  peakRss: number;
  pagefindBytes: number;
  pagefindFiles: number;
  search: SearchTransfer;
}

/** A temp copy of the project, with node_modules linked entry by entry. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ft-scale-'));
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Total bytes and file count under `dir`. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Builds one copy and measures it. */
async function measureSite(site: string, extraGuides: number): Promise<ScaleRow> {
  const dir = copyProject();
  console.log(`${site}: building in ${dir}`);
  try {
    for (const guide of syntheticGuides(extraGuides, TOPIC_IDS)) {
      writeFileSync(join(dir, 'src/content/guides', guide.file), guide.source);
    }
    // The build as `npm run build` runs it (scripts/build.ts, with its memory settings).
    const astro = await measureCommand('npm', ['run', 'build'], dir);
    // process.execPath is the Node that runs this bench (Node 24 via npm), so Pagefind runs on it too.
    const pagefind = await measureCommand(
      process.execPath,
      [join(dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
      dir,
    );
    const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
    ).length;
    const index = folderSize(join(dir, 'dist/pagefind'));
    const search = await measureOneSearch(dir, await freePort(), args.query);
    return {
      site,
      pages,
      astroMs: astro.wallMs,
      pagefindMs: pagefind.wallMs,
      peakRss: Math.max(astro.peakRss, pagefind.peakRss),
      pagefindBytes: index.bytes,
      pagefindFiles: index.files,
      search,
    };
  } finally {
    if (args.keep) console.log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const loadBefore = loadavg()[0] ?? 0;
const rows = [
  await measureSite('real site', 0),
  await measureSite(`real site + ${syntheticCount.toLocaleString('en')} synthetic guides`, syntheticCount),
];
const report = [
  `# Scale check`,
  '',
  `Each site built from a fresh temp copy: \`npm run build\` (Pagefind included, as its last step), then`,
  `\`pagefind --site dist\` again on its own, to time the indexing alone. Peak memory is the`,
  `larger of the two processes' maximum resident set. Search: open the header dialog on the home page, type`,
  `“${args.query}”, wait for results; bytes as served (gzip: text gzipped as a host would; Pagefind's index`,
  `and fragments are already compressed).`,
  '',
  `Machine: ${availableParallelism()} CPUs, load average ${loadBefore.toFixed(1)} at the start and ` +
    `${(loadavg()[0] ?? 0).toFixed(1)} at the end (times stretch when other work shares the CPUs).`,
  '',
  '| site | pages | npm run build | pagefind | peak memory | dist/pagefind | one search: files | raw | gzip | of which index + fragments |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.site} | ${r.pages} | ${seconds(r.astroMs)} | ${seconds(r.pagefindMs)} | ${mb(r.peakRss)} | ` +
      `${mb(r.pagefindBytes)} (${r.pagefindFiles} files) | ${r.search.files} | ${kb(r.search.raw)} | ${kb(r.search.gzip)} | ` +
      `${kb(r.search.gzipByPart.index + r.search.gzipByPart.fragments)} |`,
  ),
].join('\n');
console.log(`\n${report}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}scale.md`, `${report}\n`);
