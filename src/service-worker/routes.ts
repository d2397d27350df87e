/**
 * How the service worker answers each request, as pure decisions (tested in
 * routes.test.ts): pages come from the network when it answers and from the
 * saved copy when it does not; content-hashed files never change, so a saved
 * copy is always right; other files prefer the network.
 */

/** How one request is answered. */
export type Route =
  /** A page: network first (kept for offline), then the saved copy, then the offline page. */
  | 'page'
  /** A file whose name carries its content hash: the saved copy if any, else the network (kept). */
  | 'immutable'
  /** Any other file of the site: the network (kept), else the saved copy. */
  | 'fresh'
  /** Not the worker's business (other origins, POSTs, the worker itself): the browser handles it. */
  | 'pass';

/** Files the worker must always fetch anew: itself and the list of what can be saved. */
const NEVER_KEPT = new Set(['/sw.js', '/offline.json']);

/** Pagefind's content-hashed files: the index, fragments, filters, metadata and wasm. */
const HASHED_SEARCH_FILE =
  /^\/pagefind\/((index|fragment|filter)\/|pagefind\.[\w-]+\.pf_meta$|wasm\.[\w-]+\.pagefind$)/;

/** The route for a request to `url` with the given method and mode, from a worker at `origin`. */
export function routeOf(url: URL, method: string, mode: string, origin: string): Route {
  if (method !== 'GET' || url.origin !== origin || NEVER_KEPT.has(url.pathname)) return 'pass';
  if (mode === 'navigate') return 'page';
  if (url.pathname.startsWith('/_astro/') || HASHED_SEARCH_FILE.test(url.pathname)) return 'immutable';
  return 'fresh';
}

/** Whether a request is one search's data (the first one online makes search work offline). */
export function isSearchData(path: string): boolean {
  return /^\/pagefind\/(index|fragment)\//.test(path);
}

/** Whether a saved page is one of the guides (not the guides index). */
export function isGuidePath(path: string): boolean {
  return /^\/guides\/[^/]+\/$/.test(path);
}
