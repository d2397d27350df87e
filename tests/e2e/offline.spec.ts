import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from './support/site';
import { watchPage } from './support/watch';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Waits until the service worker has precached the site and controls this page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim() hands the page to the new worker just after it activates.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Proves the browser really is offline: a file the worker never precached cannot load. */
async function expectNetworkDown(page: Page): Promise<void> {
  const outcome = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}.txt`).then(
      (response) => `HTTP ${response.status}`,
      () => 'failed',
    ),
  );
  expect(outcome, 'a request the worker does not answer').toBe('failed');
}

test.describe('offline, after one visit', () => {
  test.beforeEach(async ({ page, context }) => {
    await page.goto('/');
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await expectNetworkDown(page);
  });

  test('opens a guide not visited yet, searches, and completes a plan', async ({ page }) => {
    await test.step('a guide not visited yet', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
      await expect(page).toHaveURL(/\/guides\/$/);
      const guide = page.getByRole('main').locator('a[href^="/guides/"][href$="/"]').first();
      const href = (await guide.getAttribute('href')) ?? '';
      await guide.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    await test.step('search from the header, then open a result', async () => {
      await page.getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog', { name: 'Search the guides' });
      await dialog.getByRole('searchbox', { name: 'Search the guides' }).fill('thank you');
      const first = dialog.getByRole('list', { name: 'Results' }).getByRole('link').first();
      await expect(first).toBeVisible();
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    await test.step('a minimal plan in the planner', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Planner' }).click();
      await page.getByLabel(/^Company/).fill('Acme Tools');
      await page.getByLabel(/^Job you interviewed for/).fill('Product designer');
      // Yesterday, so the plan's first step is still ahead whatever the time of day.
      await page.getByLabel(/^Date/).fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
      await page.getByLabel(/^Start time/).fill('10:00');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByLabel(/^Name/).first().fill('Sam Rivera');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('button', { name: 'See my plan' }).click();
      await expect(page.getByText('Email a thank-you to Sam Rivera').first()).toBeVisible();
    });
  });

  test('runs a search from a /search/?q= link', async ({ page }) => {
    const response = await page.goto('/search/?q=thank+you');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
  });

  test('shows the offline 404 page for an unknown address', async ({ page }) => {
    await page.goto('/guides/no-such-guide/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/not found/i);
  });
});

test('the service worker registers without console errors or CSP violations', async ({ page, baseURL }) => {
  const problems = await watchPage(page, baseURL!);
  await page.goto('/');
  await waitForOfflineReady(page);
  const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(scriptURL).toBe(new URL('/sw.js', baseURL).href);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the site can be installed: Chromium finds no problem with its manifest and icons', async ({ page }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like, which alone blocks installing; it says nothing about the site.
  const problems = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(problems).toEqual([]);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A copy of the build on its own tiny static server, so a test can "deploy" a
 * new version by editing files, as a host would, without touching dist/.
 */
async function serveCopyOfBuild(): Promise<{ url: string; dir: string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-deploy-'));
  cpSync(distDir, dir, { recursive: true });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Publishes a new home page, and the new sw.js that precaches it, into a served copy. */
function deployNewHomePage(dir: string): void {
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('<head>', '<head><meta name="deploy" content="next">'));
  const sw = join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/(url:"index\.html",revision:")[^"]+/, '$1next-deploy'));
}

test.describe('updates', () => {
  let site: Awaited<ReturnType<typeof serveCopyOfBuild>>;
  test.beforeEach(async () => {
    site = await serveCopyOfBuild();
  });
  test.afterEach(() => site.close());

  test('a new deploy shows a quiet "Updated — reload" prompt, and Reload brings the new version', async ({ page }) => {
    await page.goto(site.url);
    await waitForOfflineReady(page);
    const prompt = page.getByRole('status').filter({ hasText: 'Updated' });
    await expect(prompt).toBeHidden();

    deployNewHomePage(site.dir);
    // The next navigation checks sw.js, finds it changed, and installs the new worker.
    await page.goto(site.url);
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Updated — reload');
    // Still the old page until the reader chooses.
    await expect(page.locator('meta[name="deploy"]')).toHaveCount(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('[data-sw-update]').withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.locator('meta[name="deploy"]')).toHaveCount(1);
    await expect(prompt).toBeHidden();
  });

  test('"Not now" hides the update prompt', async ({ page }) => {
    await page.goto(site.url);
    await waitForOfflineReady(page);
    deployNewHomePage(site.dir);
    await page.goto(site.url);
    const prompt = page.getByRole('status').filter({ hasText: 'Updated' });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(prompt).toBeHidden();
  });
});
