import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openPlanner, panelInterview, stepCard, walkToPlan } from './support/planner';
import { builtPages } from './support/site';
import { serveBuild, type StaticSite } from './support/static-site';
import { watchPage } from './support/watch';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Waits until the service worker controls the page and has saved it, with
 * every file the page has loaded so far (the promise: what you use works offline).
 */
async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return ['(no service worker in control yet)'];
          const missing: string[] = [];
          if (!(await (await caches.open('ft-pages')).match(location.pathname))) missing.push(location.pathname);
          const files = await caches.open('ft-files');
          for (const entry of performance.getEntriesByType('resource')) {
            const url = new URL(entry.name);
            if (url.origin !== location.origin || url.pathname === '/sw.js') continue;
            if (!(await files.match(url.pathname))) missing.push(url.pathname);
          }
          return missing;
        }),
      { timeout: 20_000 },
    )
    .toEqual([]);
}

/** Proves the browser really is offline: a file the worker never kept cannot load. */
async function expectNetworkDown(page: Page): Promise<void> {
  const outcome = await page.evaluate(() =>
    fetch(`/not-kept-${Date.now()}.txt`).then(
      (response) => `HTTP ${response.status}`,
      () => 'failed',
    ),
  );
  expect(outcome, 'a request the worker does not answer').toBe('failed');
}

const offlineHeading = (page: Page) => page.getByRole('heading', { level: 1, name: "You're offline" });
const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guides' });
const searchResults = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('link');

test.describe('offline: what you use works offline', () => {
  test('a guide read once opens offline; a page never opened shows what is saved', async ({ page, context }) => {
    const guide = builtPages().find((path) => /^\/guides\/[^/]+\/$/.test(path))!;
    await page.goto(guide);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    await waitUntilSaved(page);
    await context.setOffline(true);
    await expectNetworkDown(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect(page).toHaveURL(/\/guides\/$/);
    await expect(offlineHeading(page)).toBeVisible();
    await expect(page.getByText("This page isn't saved on this device")).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${guide}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('search works offline after one search made online, from the page and the header', async ({ page, context }) => {
    await page.goto('/search/?q=thank+you');
    await expect(searchResults(page).first()).toBeVisible();
    await waitUntilSaved(page);
    await expect
      .poll(() => page.evaluate(async () => !!(await (await caches.open('ft-files')).match('/__ft/search'))))
      .toBe(true);
    await context.setOffline(true);
    await expectNetworkDown(page);

    const response = await page.goto('/search/?q=LinkedIn');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(searchResults(page).first()).toBeVisible();

    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await searchDialog(page).getByRole('searchbox', { name: 'Search the guides' }).fill('rejection');
    await expect(searchDialog(page).getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
  });

  test('"Save all guides for offline" saves every guide and search, and says so', async ({ page, context }) => {
    await page.goto('/guides/');
    const guides = await page
      .getByRole('main')
      .locator('a[href^="/guides/"][href$="/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
    expect(guides.length).toBeGreaterThan(5);
    const save = page.getByRole('button', { name: /^Save all guides for offline \(≈ \d+ kB\)$/ });
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'guides are saved' })).toHaveText(
      `All ${guides.length} guides are saved: they open without a connection, and so does search.`,
      { timeout: 30_000 },
    );

    await context.setOffline(true);
    await expectNetworkDown(page);
    for (const guide of guides) {
      await page.goto(guide);
      await expect(page.getByRole('heading', { level: 1 }), guide).toBeVisible();
      await expect(offlineHeading(page)).toHaveCount(0);
    }
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await searchDialog(page).getByRole('searchbox', { name: 'Search the guides' }).fill('thank you');
    await expect(searchDialog(page).getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
    await page.goto('/guides/');
    await expect(page.getByRole('status').filter({ hasText: 'guides are saved' })).toHaveText(
      `All ${guides.length} guides are saved on this device.`,
    );
  });

  test('an address never opened, offline, gets the offline page rather than a browser error', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitUntilSaved(page);
    await context.setOffline(true);
    const response = await page.goto('/guides/no-such-guide/');
    expect(response?.status()).toBe(503);
    await expect(offlineHeading(page)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Follow Through' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/guides/no-such-guide/');
  });
});

test.describe('offline: the planner', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('works offline after one visit to /plan/: a whole plan, with drafts', async ({ page, context }) => {
    await openPlanner(page);
    await waitUntilSaved(page);
    await context.setOffline(true);
    await expectNetworkDown(page);

    await page.reload();
    await walkToPlan(page, panelInterview());
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    await expect(ada.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/Ada/);
  });
});

test('the service worker registers without console errors or CSP violations', async ({ page, baseURL }) => {
  const problems = await watchPage(page, baseURL!);
  await page.goto('/');
  await waitUntilSaved(page);
  const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(scriptURL).toBe(new URL('/sw.js', baseURL).href);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the site can be installed: Chromium finds no problem with its manifest and icons', async ({ page }) => {
  await page.goto('/');
  await waitUntilSaved(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like, which alone blocks installing; it says nothing about the site.
  const problems = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(problems).toEqual([]);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
});

/** Publishes a new home page and a new worker into a served copy, as a deploy would. */
function deployNewVersion(dir: string): void {
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('<head>', '<head><meta name="deploy" content="next">'));
  const sw = join(dir, 'sw.js');
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next deploy\n`);
}

const waitingWorker = (page: Page) =>
  page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);

test.describe('updates', () => {
  let site: StaticSite;
  test.beforeEach(async () => {
    site = await serveBuild();
  });
  test.afterEach(() => site.close());

  test('a new deploy shows a quiet "Updated — reload" prompt; Reload brings the new worker and refreshes what is saved', async ({
    page,
    context,
  }) => {
    await page.goto(site.url);
    await waitUntilSaved(page);
    const prompt = page.getByRole('status').filter({ hasText: 'Updated' });
    await expect(prompt).toBeHidden();

    deployNewVersion(site.dir);
    // The next navigation checks sw.js, finds it changed, and installs the new worker.
    await page.goto(site.url);
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Updated — reload');
    // The new worker waits for the reader's choice.
    expect(await waitingWorker(page)).toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('[data-sw-update]').withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(prompt).toBeHidden();
    await expect.poll(() => waitingWorker(page)).toBe(false);
    await expect(page.locator('meta[name="deploy"]')).toHaveCount(1);
    // The saved home page is the new one, so it is what opens offline.
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('ft-pages')).match('/'))?.text() ?? ''))
      .toContain('name="deploy"');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name="deploy"]')).toHaveCount(1);
  });

  test('"Not now" hides the update prompt', async ({ page }) => {
    await page.goto(site.url);
    await waitUntilSaved(page);
    deployNewVersion(site.dir);
    await page.goto(site.url);
    const prompt = page.getByRole('status').filter({ hasText: 'Updated' });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(prompt).toBeHidden();
  });
});
