/**
 * The bytes one search downloads, as a reader does it: open the header's
 * search dialog on the home page, type a query, wait for results. Counts
 * search's own files (dialog code, Pagefind, index chunks, fragments), sized
 * with the search benchmark's rules (search-figures.ts).
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { PARTS, partOf, sizeOf, type Part } from './search-figures.ts';

/** What one search downloaded. */
export interface SearchTransfer {
  files: number;
  /** Bytes as served by `astro preview` (uncompressed). */
  raw: number;
  /** Bytes a host that gzips text would send. */
  gzip: number;
  /** The gzip figure split by part of search (UI, Pagefind library, index, fragments). */
  gzipByPart: Record<Part, number>;
}

/** Resolves once `count()` has not changed for `quietMs`. */
async function settle(page: Page, count: () => number, quietMs = 500): Promise<void> {
  let last = -1;
  while (last !== count()) {
    last = count();
    await page.waitForTimeout(quietMs);
  }
}

/** Serves the build in `projectDir` on `port` and measures one search for `query`. */
export async function measureOneSearch(projectDir: string, port: number, query: string): Promise<SearchTransfer> {
  const server = await startPreview(projectDir, port);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    // No service worker: its precaching would download the whole index up front.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const paths = new Set<string>();
    page.on('requestfinished', (request) => paths.add(new URL(request.url()).pathname));
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.getByRole('searchbox', { name: 'Search the guides' }).fill(query);
    await dialog.getByRole('list', { name: 'Results' }).getByRole('link').first().waitFor();
    await settle(page, () => paths.size);
    const dist = `${projectDir}/dist/`;
    const searchPaths = [...paths].filter((path) => partOf(path));
    const gzipByPart = Object.fromEntries(PARTS.map((part) => [part, 0])) as Record<Part, number>;
    for (const path of searchPaths) gzipByPart[partOf(path)!] += sizeOf(dist, path).gzip;
    return {
      files: searchPaths.length,
      raw: searchPaths.reduce((sum, path) => sum + sizeOf(dist, path).raw, 0),
      gzip: searchPaths.reduce((sum, path) => sum + sizeOf(dist, path).gzip, 0),
      gzipByPart,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
