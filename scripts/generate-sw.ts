/**
 * Post-build (after `astro build && pagefind --site dist`): writes what the
 * service worker needs, and the worker itself.
 *
 * - dist/offline.json: each page's files (styles, scripts, lazily loaded
 *   parts) and every file search needs. The worker reads it only to save a
 *   whole group: every guide on request, search after the first online search,
 *   and what is already saved after a new deploy.
 * - The size of "Save all guides for offline (≈ N kB)", written into the pages
 *   that offer it (`data-offline-size`).
 * - dist/sw.js: src/service-worker/ bundled by esbuild, with this build's
 *   version (a hash of every file, so any change makes a new worker and the
 *   page's "Updated — reload" prompt) and the offline page's style hash. The
 *   bundle needs nothing from the build but the version, which goes in last:
 *   it can be made while the pages build (`bundleServiceWorker`).
 *
 * Runs as part of `astro build` (finish-build.ts); on its own:
 * node scripts/generate-sw.ts [dist]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readBuildFiles, type BuildFiles } from './build-files.ts';
import { cspHash } from './csp-prune-core.ts';
import { collectPageAssets } from './page-assets.ts';
import { offlineManifest, SIZE_PLACEHOLDER, fillOfflineSize } from './offline-manifest.ts';
import { OFFLINE_STYLE } from '../src/service-worker/offline-page.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Stands for the version in the bundle until it is known: as long as a version, and found nowhere else. */
const VERSION_SLOT = 'FT_VERSION_SLOT_';

/** The worker, bundled and minified, with `VERSION_SLOT` where the build's version goes. */
export async function bundleServiceWorker(): Promise<string> {
  const worker = await build({
    entryPoints: [`${ROOT}src/service-worker/service-worker.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: {
      FT_VERSION: JSON.stringify(VERSION_SLOT),
      FT_OFFLINE_STYLE_HASH: JSON.stringify(cspHash(OFFLINE_STYLE)),
    },
  });
  const code = worker.outputFiles[0]?.text ?? '';
  if (!code.includes(`"${VERSION_SLOT}"`)) throw new Error('generate-sw: the bundle does not name its version');
  return code;
}

/**
 * Writes dist/offline.json, the offline size into the pages that show it, and dist/sw.js;
 * returns what it did, in a line. `bundled` is `bundleServiceWorker`'s work, when started
 * before; `ahead` the build's files, when read before (build-files.ts).
 */
export async function generateServiceWorker(
  dist: string,
  bundled: Promise<string> = bundleServiceWorker(),
  ahead?: BuildFiles,
): Promise<string> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('generate-sw: dist/index.html is missing; run `astro build` first.');
  }
  const files = ahead ?? readBuildFiles(dist);

  /** Every file in dist, as URL paths ("/guides/x/index.html"). */
  const allFiles = files.paths().filter((path) => path !== '/sw.js' && path !== '/offline.json');
  const read = files.text;

  const pages = allFiles
    .filter((path) => path.endsWith('/index.html'))
    .map((file) => {
      const path = file.slice(0, -'index.html'.length);
      return { path, assets: collectPageAssets(read(file) ?? '', path, read) };
    });
  const manifest = offlineManifest(pages, allFiles, read);
  const manifestJson = JSON.stringify(manifest);

  // "Save all guides (≈ N kB)": the guides, the guides index, their files and search, gzipped once each.
  const gz = (path: string): number => gzipSync(files.bytes(path) ?? Buffer.alloc(0)).length;
  const guideFiles = new Set<string>(manifest.search);
  for (const [path, needs] of Object.entries(manifest.pages)) {
    if (!path.startsWith('/guides/')) continue;
    guideFiles.add(`${path}index.html`);
    needs.forEach((f) => guideFiles.add(f));
  }
  const saveAllBytes = [...guideFiles].reduce((sum, path) => sum + gz(path), 0);
  let offering = 0;
  for (const file of allFiles.filter((path) => path.endsWith('.html'))) {
    const html = read(file) ?? '';
    if (!html.includes(SIZE_PLACEHOLDER)) continue;
    files.write(file, fillOfflineSize(html, saveAllBytes));
    offering += 1;
  }
  files.write('/offline.json', manifestJson);

  // The version covers every file (offline.json and the filled-in pages included).
  const version = createHash('sha256');
  for (const path of [...allFiles, '/offline.json']) version.update(path).update(files.digest(path) ?? '');
  const code = (await bundled).replaceAll(
    `"${VERSION_SLOT}"`,
    JSON.stringify(version.digest('base64url').slice(0, 16)),
  );
  files.write('/sw.js', code);

  const kB = (n: number): string => (n / 1000).toFixed(1);
  return (
    `generate-sw: dist/sw.js ${kB(gzipSync(code).length)} kB gz; offline.json lists ${pages.length} pages and ` +
    `${manifest.search.length} search files; saving every guide ≈ ${kB(saveAllBytes)} kB gz (shown on ${offering} pages).`
  );
}

if (import.meta.main) console.log(await generateServiceWorker(process.argv[2] ?? `${ROOT}dist`));
