import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './tests/support/chromium';

/** `E2E_PORT` lets several checkouts run their browser tests side by side without sharing a server. */
const PORT = Number(process.env['E2E_PORT'] ?? 4321);

/**
 * Playwright's own Chromium when it is installed; otherwise a system Chromium
 * (CHROMIUM_PATH, or Debian's /usr/bin/chromium). With neither, stop at once
 * and say how to get one, rather than failing test by test.
 */
function findChromium(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined; // Playwright's default works.
  const system = findSystemChromium();
  if (system) return system;
  throw new Error(
    'No Chromium found. Install one with `npx playwright install chromium`, or on Debian/Ubuntu ' +
      '`apt-get install -y chromium`, or set CHROMIUM_PATH (or CHROME_PATH) to a Chromium binary.',
  );
}

const executablePath = findChromium();

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `npm run preview -- --port ${PORT} --host localhost --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
