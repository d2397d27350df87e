/**
 * Launches the system Chromium with a DevTools port, for Lighthouse, which
 * drives the browser itself over that port.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findSystemChromium } from '../../tests/support/chromium.ts';

/** The flags the project uses for headless Chromium here, with the headless mode Lighthouse needs. */
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** The Chromium binary: CHROME_PATH, CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return findSystemChromium() ?? '/usr/bin/chromium';
}

/** A Chromium listening for DevTools on `port`. */
export interface DebuggableChromium {
  port: number;
  close: () => void;
}

/** Starts Chromium with a fresh profile and resolves with its DevTools port. */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'ft-chromium-'));
  const child = spawn(
    chromiumPath(),
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const close = (): void => {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${stderr}`)));
  }).catch((error: unknown) => {
    close();
    throw error;
  });
  return { port, close };
}
