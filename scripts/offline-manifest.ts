/**
 * What the service worker can save, from a build: each page's files and the
 * files search needs (tested in offline-manifest.test.ts; written to
 * dist/offline.json by generate-sw.ts), and the "≈ N kB" shown beside "Save
 * all guides for offline".
 */
import type { AssetReader, PageAssets } from './page-assets.ts';

/** What dist/offline.json holds; the worker's reader is src/service-worker/service-worker.ts. */
export interface OfflineManifest {
  /** Page path ("/guides/checking-in/") → the files it needs, loaded at once or later. */
  pages: Record<string, string[]>;
  /** Every file search needs: Pagefind's library and worker, the wasm, index, fragments and filters. */
  search: string[];
}

/** Pagefind's optional UI bundles (pagefind-ui.js, pagefind-component-ui.css, …): this site uses none. */
const UI_BUNDLE = /^pagefind-[\w-]*ui\.(js|css)$|^pagefind-highlight\.js$/;

/** Stylesheets a script adds itself (the search dialog links its own). */
const CSS_IN_JS = /["'`](\/_astro\/[\w.-]+\.css)["'`]/g;

/** The manifest for `pages` of a build whose files are `files` (URL paths), read with `read`. */
export function offlineManifest(
  pages: readonly { path: string; assets: PageAssets }[],
  files: readonly string[],
  read: AssetReader,
): OfflineManifest {
  const byPage: Record<string, string[]> = {};
  for (const { path, assets } of pages) {
    const needs = new Set([...assets.css, ...assets.js, ...assets.lazyJs]);
    for (const script of [...assets.js, ...assets.lazyJs]) {
      for (const m of (read(script) ?? '').matchAll(CSS_IN_JS)) if (m[1]) needs.add(m[1]);
    }
    byPage[path] = [...needs].sort();
  }
  const search = files.filter((path) => {
    const name = path.split('/').pop() ?? '';
    return path.startsWith('/pagefind/') && !UI_BUNDLE.test(name) && name !== 'wasm.unknown.pagefind';
  });
  return { pages: byPage, search: [...search].sort() };
}

/** The empty element a page puts where the size of saving every guide goes. */
export const SIZE_PLACEHOLDER = '<span data-offline-size></span>';

/** "(≈ 180 kB)": the size of saving every guide, rounded as a reader would say it. */
export function describeSize(bytes: number): string {
  const kB = bytes / 1000;
  const rounded = kB < 100 ? Math.max(5, Math.round(kB / 5) * 5) : Math.round(kB / 10) * 10;
  return `(≈ ${rounded} kB)`;
}

/** The page with the size written into its placeholder. */
export function fillOfflineSize(html: string, bytes: number): string {
  return html.replaceAll(SIZE_PLACEHOLDER, `<span data-offline-size>${describeSize(bytes)}</span>`);
}
