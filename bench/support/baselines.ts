/**
 * Where the reference sites live: a stock Starlight site and the bare "floor"
 * layout of the same articles, plus the shared measuring tool, all built by
 * `../shared/baselines/build.sh DIR`. The benches that compare against them
 * find DIR in `FT_BASELINES`, else `../baselines` beside the project.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The folder `build.sh` wrote, with the three parts the benches use. */
export interface Baselines {
  dir: string;
  starlight: string;
  floor: string;
  measure: string;
}

/** Finds the reference sites, or exits with how to build them. */
export function findBaselines(root: string): Baselines {
  const dir = resolve(process.env['FT_BASELINES'] ?? resolve(root, '..', 'baselines'));
  const found = {
    dir,
    starlight: `${dir}/starlight-site`,
    floor: `${dir}/floor-site`,
    measure: `${dir}/measure`,
  };
  const missing = [found.starlight, found.floor, found.measure].filter((p) => !existsSync(`${p}/node_modules`));
  if (missing.length > 0) {
    console.error(
      `The reference sites are not built in ${dir} (missing ${missing.join(', ')}).\n` +
        `Build them once with: ../shared/baselines/build.sh ${dir}   (or set FT_BASELINES to where they are)`,
    );
    process.exit(1);
  }
  return found;
}

/** One page as the shared measuring tool reports it (the fields the benches read). */
export interface MeasuredPage {
  path: string;
  transfer: Record<'html' | 'js' | 'css' | 'other' | 'total', { bytes: number; gz: number; requests: number }> & {
    files: { path: string; type: string; bytes: number; gz: number }[];
  };
  requests: number;
  external: string[];
  jsExecuted: { gz: number; usedGz: number; scripts: number; inline: number };
  lighthouse?: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    lcp: number;
    tbt: number;
    cls: number;
    failedAudits: string[];
  };
}

/** One search as the measuring tool reports it. */
export interface MeasuredSearch {
  msToResults: number;
  msFromLastKey: number;
  resultsShown: number;
  message?: string;
  openDialog: { total: { bytes: number; gz: number; requests: number } };
  keypressToResults: { total: { bytes: number; gz: number; requests: number } };
  afterResultsShown: { total: { bytes: number; gz: number; requests: number } };
}

/** What one run of the measuring tool wrote. */
export interface Measured {
  pages: MeasuredPage[];
  search?: MeasuredSearch;
  lighthouseError?: string;
}

/** Runs the shared measuring tool on a built `dist` and returns its JSON report. */
export async function measure(baselines: Baselines, dist: string, paths: string[], flags: string[]): Promise<Measured> {
  const out = `${baselines.measure}/results/ft-bench-${process.pid}.json`;
  const args = ['run', 'measure', '--', dist, ...paths, ...flags, '--out', out];
  const child = spawn('npm', args, { cwd: baselines.measure, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`measure failed (exit ${code}):\n${output.slice(-3000)}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as Measured;
  if (result.lighthouseError) throw new Error(`Lighthouse failed: ${result.lighthouseError}`);
  return result;
}

/** The median of a list of numbers (the lower middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1] ?? Number.NaN;
}
