/**
 * The site behind real nginx with the shipped config (deploy/nginx/), as a
 * deployment serves it: every header on the responses that matter, the 404
 * status, pages that run with header and meta CSP together, and Mozilla's
 * HTTP Observatory grade.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type APIResponse, type Page } from '@playwright/test';
import { CSP_META } from '../../scripts/csp-prune-core';
import { COMMON_HEADERS, headerPolicy, RESOURCE_POLICY } from '../../scripts/headers-core';
import { startNginx, type NginxServer } from '../support/nginx';
import { scanWithObservatory } from '../support/observatory';
import { builtPages, distDir } from './support/site';
import { watchPage, type PageProblems } from './support/watch';

const test = base.extend<object, { nginx: NginxServer }>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await startNginx(distDir);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const guide = builtPages().find((path) => /^\/guides\/[^/]+\/$/.test(path)) ?? '/guides/';
/** A content-hashed script the planner page loads. */
const hashedAsset = /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(join(distDir, 'plan/index.html'), 'utf8'))?.[1];

/** The CSP in a built page's <meta>. */
function metaPolicy(path: string): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const policy = CSP_META.exec(readFileSync(join(distDir, file), 'utf8'))?.[1];
  if (!policy) throw new Error(`${file} has no CSP <meta>`);
  return policy;
}

/** Directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The headers every response must carry, and no HSTS over plain HTTP. */
function expectCommonHeaders(response: APIResponse): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(headers[name.toLowerCase()], `${name} on ${response.url()}`).toBe(value);
  }
  expect(headers['strict-transport-security'], 'HSTS is for HTTPS only').toBeUndefined();
}

test.describe('served by nginx with deploy/nginx/follow-through.conf', () => {
  test('a guide, /plan/ and /search/ carry their own CSP, stricter than the meta, and are revalidated', async ({
    request,
    nginx,
  }) => {
    for (const path of [guide, '/plan/', '/search/', '/']) {
      const response = await request.get(`${nginx.url}${path}`);
      expect(response.status(), path).toBe(200);
      expectCommonHeaders(response);
      const headers = response.headers();
      expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(headers['cache-control'], path).toBe('no-cache');

      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toBe(headerPolicy(metaPolicy(path)));
      const header = directives(csp);
      expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(header.get('base-uri'), path).toEqual(["'none'"]);
      expect(header.get('form-action'), path).toEqual(["'self'"]);
      expect(header.get('default-src'), path).toEqual(["'none'"]);
      // At least as strict as the meta: every directive the meta has allows no more in the header.
      for (const [name, sources] of directives(metaPolicy(path))) {
        const narrowed = header.get(name) ?? [];
        expect(
          narrowed.filter((s) => s !== "'none'" && !sources.includes(s)),
          `${path} ${name}`,
        ).toEqual([]);
      }
      // The page's own inline scripts are all allowed by hash, and no others.
      const meta = directives(metaPolicy(path)).get('script-src') ?? [];
      expect(header.get('script-src'), path).toEqual(meta);
    }
  });

  test('a hashed asset is cached for a year, sw.js and the manifest are revalidated, Pagefind by file kind', async ({
    request,
    nginx,
  }) => {
    expect(hashedAsset, 'a hashed script in plan/index.html').toBeTruthy();
    const expectations: Array<[string, string, RegExp]> = [
      [hashedAsset!, IMMUTABLE, /^(application|text)\/javascript; charset=utf-8$/],
      ['/sw.js', 'no-cache', /^(application|text)\/javascript; charset=utf-8$/],
      ['/manifest.webmanifest', 'no-cache', /^application\/manifest\+json; charset=utf-8$/],
      ['/pagefind/pagefind.js', 'no-cache', /javascript/],
      ['/pagefind/pagefind-entry.json', 'no-cache', /^application\/json/],
      ['/pagefind/pagefind-worker.js', 'no-cache', /javascript/],
      ['/pagefind/wasm.en.pagefind', 'no-cache', /^application\/octet-stream$/],
    ];
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    for (const { hash } of Object.values(entry.languages)) {
      expectations.push([`/pagefind/pagefind.${hash}.pf_meta`, IMMUTABLE, /octet-stream/]);
    }
    for (const [path, cache, type] of expectations) {
      const response = await request.get(`${nginx.url}${path}`);
      expect(response.status(), path).toBe(200);
      expectCommonHeaders(response);
      expect(response.headers()['cache-control'], path).toBe(cache);
      expect(response.headers()['content-type'], path).toMatch(type);
      expect(response.headers()['content-security-policy'], path).toBe(RESOURCE_POLICY);
    }
  });

  test('a missing page is the site’s 404 page with status 404 and every header; plain redirects stay on the site', async ({
    request,
    nginx,
  }) => {
    for (const path of ['/no-such-page/', '/guides/no-such-guide/', '/_headers']) {
      const response = await request.get(`${nginx.url}${path}`);
      expect(response.status(), path).toBe(404);
      expectCommonHeaders(response);
      expect(response.headers()['content-security-policy'], path).toBe(headerPolicy(metaPolicy('/404.html')));
      expect(await response.text(), path).toContain('<h1');
    }
    const redirect = await request.get(`${nginx.url}/plan`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(301);
    expect(redirect.headers()['location']).toBe('/plan/');
    expectCommonHeaders(redirect);
  });

  /** Watches a page for CSP violations, console errors and the browser's own errors (such as a bad header). */
  async function watchServed(page: Page, url: string): Promise<() => PageProblems & { browserErrors: string[] }> {
    const problems = await watchPage(page, url);
    const browserErrors: string[] = [];
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error' || /policy/i.test(entry.text)) browserErrors.push(`${entry.source}: ${entry.text}`);
    });
    await cdp.send('Log.enable');
    return () => ({ ...problems, browserErrors });
  }

  function expectClean(problems: PageProblems & { browserErrors: string[] }): void {
    expect(problems.cspViolations, 'CSP violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.browserErrors, 'errors the browser logged').toEqual([]);
    expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
  }

  test('a guide runs its scripts and opens search, with no CSP violation or console error', async ({ page, nginx }) => {
    const problems = await watchServed(page, nginx.url);
    await page.goto(`${nginx.url}${guide}`);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.getByRole('searchbox', { name: 'Search the guides' }).fill('thank you');
    await expect(dialog.getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
    expectClean(problems());
  });

  test('/search/ finds guides from a ?q= link, its worker under the file policy, with no CSP violation or console error', async ({
    page,
    nginx,
  }) => {
    const problems = await watchServed(page, nginx.url);
    const searchWorker = page.waitForEvent('worker', (worker) => worker.url().endsWith('/pagefind/pagefind-worker.js'));
    await page.goto(`${nginx.url}/search/?q=thank+you`);
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('thank you');
    await expect(page.getByRole('main').getByRole('link', { name: /thank/i }).first()).toBeVisible();
    expectClean(problems());

    // Pagefind's worker runs under the policy its own response carries: it may compile
    // WebAssembly and fetch from the site, and nothing else (a data: URL is refused).
    const worker = await searchWorker;
    const outcome = (attempt: 'wasm' | 'index' | 'data') =>
      worker.evaluate(
        (what) =>
          (what === 'wasm'
            ? WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
            : fetch(what === 'index' ? '/pagefind/pagefind-entry.json' : 'data:text/plain,x')
          ).then(
            () => 'allowed',
            () => 'refused',
          ),
        attempt,
      );
    expect(await outcome('wasm')).toBe('allowed');
    expect(await outcome('index')).toBe('allowed');
    expect(await outcome('data')).toBe('refused');
  });

  test('/plan/ runs the planner and the service worker takes control, with no CSP violation or console error', async ({
    page,
    nginx,
  }) => {
    const problems = await watchServed(page, nginx.url);
    await page.goto(`${nginx.url}/plan/`);
    await page.getByLabel(/^Company/).fill('Acme Tools');
    await expect(
      page.getByRole('region', { name: 'Your interviews' }).getByRole('button', { name: 'Acme Tools', exact: true }),
    ).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.reload();
    await expect(page.getByLabel(/^Company/)).toHaveValue('Acme Tools');
    expectClean(problems());
  });

  test('the home page and the 404 page load with no CSP violation or console error', async ({ page, nginx }) => {
    const problems = await watchServed(page, nginx.url);
    await page.goto(`${nginx.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const missing = await page.goto(`${nginx.url}/no-such-page/`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The 404 status itself is the one error Chromium logs here: "Failed to load resource … 404".
    const expected = (line: string) => /responded with a status of 404/.test(line);
    const { browserErrors, consoleErrors, ...rest } = problems();
    expect(consoleErrors.filter(expected)).toHaveLength(1);
    expectClean({
      ...rest,
      consoleErrors: consoleErrors.filter((line) => !expected(line)),
      browserErrors: browserErrors.filter((line) => !expected(line)),
    });
  });

  test('passes every Mozilla HTTP Observatory test that plain HTTP can pass (all but redirection and HSTS)', ({
    nginx,
  }, testInfo) => {
    test.setTimeout(180_000);
    const report = scanWithObservatory(new URL(nginx.url).host);
    const failed = Object.entries(report.tests)
      .filter(([, result]) => !result.pass)
      .map(([name, result]) => `${name}: ${result.result}`);
    testInfo.annotations.push({
      type: 'observatory',
      description: `grade ${report.scan.grade}, score ${report.scan.score}, ${report.scan.testsPassed}/${report.scan.testsQuantity} passed; failing: ${failed.join(', ')}`,
    });
    console.log(`Observatory: grade ${report.scan.grade} (${report.scan.score}); failing: ${failed.join(', ')}`);
    expect(failed.map((line) => line.split(':')[0]).sort()).toEqual(['redirection', 'strict-transport-security']);
    expect(report.tests['content-security-policy']?.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
  });
});
