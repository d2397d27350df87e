import { expect, test, type Browser } from '@playwright/test';
import { OFFLINE_COST_RATIO } from '../dist/budgets';
import { builtPages } from './support/site';
import { serveBuild, type StaticSite } from './support/static-site';

/**
 * The service worker's promise on cost: nothing is downloaded in advance, so a
 * first visit, worker included, costs at most OFFLINE_COST_RATIO × what the
 * page costs alone. Bytes as a static host serves them, counted once the
 * network has gone quiet (and, with the worker, once it controls the page).
 */
const guide = builtPages().find((path) => /^\/guides\/[^/]+\/$/.test(path)) ?? '/guides/';
const PAGES = ['/', guide, '/plan/', '/search/'];

let site: StaticSite;
test.beforeAll(async () => {
  site = await serveBuild();
});
test.afterAll(() => site.close());

/** Bytes (raw and gzipped) the server sent for one cold visit to `path`. */
async function firstVisit(browser: Browser, path: string, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const from = site.log.length;
  await page.goto(new URL(path, site.url).href);
  if (serviceWorkers === 'allow') {
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }
  await site.quiet();
  const served = site.log.slice(from);
  await context.close();
  return {
    raw: served.reduce((sum, s) => sum + s.bytes, 0),
    gz: served.reduce((sum, s) => sum + s.gz, 0),
    files: served.map((s) => s.path),
  };
}

for (const path of PAGES) {
  test(`${path}: a first visit with the service worker costs at most ${OFFLINE_COST_RATIO}× the page alone`, async ({
    browser,
  }) => {
    const alone = await firstVisit(browser, path, 'block');
    const withWorker = await firstVisit(browser, path, 'allow');
    const extra = withWorker.files.filter((f) => !alone.files.includes(f));
    const note = `page alone ${alone.gz} B gz / ${alone.raw} B raw; with the worker ${withWorker.gz} / ${withWorker.raw}; extra files: ${extra.join(', ')}`;
    console.log(`${path}: ${note}`);
    expect(withWorker.gz, note).toBeLessThanOrEqual(alone.gz * OFFLINE_COST_RATIO);
    expect(withWorker.raw, note).toBeLessThanOrEqual(alone.raw * OFFLINE_COST_RATIO);
  });
}
