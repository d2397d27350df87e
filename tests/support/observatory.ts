/**
 * Mozilla's HTTP Observatory scanner (@mdn/mdn-http-observatory), run against
 * a local server. It lives in tests/observatory/ with its own lockfile, so its
 * ~130 MB stay out of the site's install; the first run installs it there.
 * Its install scripts download the HSTS preload and TLD lists, which this
 * network cannot reach: it is installed with --ignore-scripts and given an
 * empty preload list (a local host is on no such list anyway).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TOOL_DIR = resolve(import.meta.dirname, '../observatory');
const PACKAGE_DIR = join(TOOL_DIR, 'node_modules/@mdn/mdn-http-observatory');

/** One of the scanner's tests, as its CLI reports it. */
export interface ObservatoryTest {
  pass: boolean;
  result: string;
  expectation: string;
  scoreModifier: number;
}

/** The scanner's report. */
export interface ObservatoryReport {
  scan: { grade: string; score: number; testsPassed: number; testsFailed: number; testsQuantity: number };
  tests: Record<string, ObservatoryTest>;
}

/** Installs the scanner in tests/observatory/ unless it is there already. */
export function installObservatory(): void {
  if (!existsSync(join(PACKAGE_DIR, 'package.json'))) {
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: TOOL_DIR, stdio: 'pipe' });
  }
  const preload = join(PACKAGE_DIR, 'conf/hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
}

/** Scans `host` ("127.0.0.1:8080") over plain HTTP and returns the report. */
export function scanWithObservatory(host: string): ObservatoryReport {
  installObservatory();
  const out = execFileSync(process.execPath, [join(PACKAGE_DIR, 'src/scan.js'), host], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const report = JSON.parse(out) as ObservatoryReport | { error: string };
  if ('error' in report) throw new Error(`Observatory: ${report.error}`);
  return report;
}
