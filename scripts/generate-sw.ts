/**
 * Generates dist/sw.js with Workbox after `astro build && pagefind --site dist`,
 * so one visit precaches the whole site (pages, assets, the search index) and
 * the guides, search and planner work offline afterwards.
 *
 * The Workbox runtime is bundled into sw.js (no CDN, no importScripts, no eval),
 * so the worker is same-origin and passes `worker-src 'self'`. A new deploy
 * changes the precache manifest, hence sw.js; the new worker then waits until
 * the page's "Updated — reload" prompt asks it to take over (SKIP_WAITING).
 *
 * Run: node scripts/generate-sw.ts (part of `npm run build`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { unusedPagefindBundles } from './pagefind-bundles.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(`${DIST}index.html`)) {
  console.error('generate-sw: dist/index.html is missing; run `astro build` first.');
  process.exit(1);
}

const { count, size, warnings } = await generateSW({
  globDirectory: DIST,
  globPatterns: ['**/*.{html,css,js,svg,webmanifest,png,ico,txt,xml}', 'pagefind/**/*'],
  // The UI bundles Pagefind ships but no page uses would only cost visitors bytes.
  globIgnores: ['sw.js', ...unusedPagefindBundles(DIST)],
  swDest: `${DIST}sw.js`,
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  // The first visit's page is controlled at once, so it works offline without a reload.
  clientsClaim: true,
  // Updates wait for the reader's "Reload" (the SKIP_WAITING message) instead of swapping mid-visit.
  skipWaiting: false,
  // /guides/foo/ is stored as guides/foo/index.html.
  directoryIndex: 'index.html',
  // A static site ignores query strings: /search/?q=thank+you is /search/.
  ignoreURLParametersMatching: [/.*/],
  // Hashed file names already change with their content.
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 500_000,
  runtimeCaching: [
    {
      // A page not in the precache (say, published after this worker) comes from the
      // network; offline, the precached 404 page explains rather than a browser error.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/404.html' } },
    },
  ],
});

for (const warning of warnings) console.warn(`generate-sw: ${warning}`);
// The precache's size has a budget, enforced by tests/dist/budgets.test.ts.
console.log(`generate-sw: dist/sw.js precaches ${count} files, ${(size / 1000).toFixed(0)} kB.`);
