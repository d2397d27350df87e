/**
 * How this project starts Chromium, shared by the Playwright config and the
 * benchmarks: the flags a root container with no outside network needs, and
 * where to find a system Chromium when Playwright's own is not installed.
 */
import { existsSync } from 'node:fs';

/** Flags for Chromium here: no sandbox (root), no GPU, and none of its own network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A system Chromium: CHROME_PATH, CHROMIUM_PATH, or Debian's; undefined when there is none. */
export function findSystemChromium(): string | undefined {
  const candidates = [
    process.env['CHROME_PATH'],
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}
