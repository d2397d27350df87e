/**
 * The service worker (built into dist/sw.js by scripts/generate-sw.ts): what
 * you use works offline, and nothing is downloaded in advance.
 *
 * - Pages come from the network and are kept as they pass; offline, the kept
 *   copy answers, and a page never kept gets the offline page, which lists
 *   what is saved.
 * - Files are kept as pages use them; content-hashed ones are served from the
 *   copy, the rest prefer the network.
 * - The first page a visitor opens loaded before the worker existed: it sends
 *   the list of what it loaded (a "keep" message), fetched again from the
 *   HTTP cache, not the network.
 * - The first search made online keeps the whole search index (the page says
 *   when, or the worker sees the index go by), so any search works offline
 *   afterwards.
 * - "Save all guides" (a message from a page) keeps every guide, on request.
 * - A new deploy waits for the page's "Reload" (SKIP_WAITING); once it runs,
 *   the pages and files already saved are brought up to date and old files go.
 *
 * What can be saved, and each page's files, come from dist/offline.json,
 * fetched only when a whole group is saved or refreshed.
 */
import { CACHES, SAVE_GUIDES, SAVE_SEARCH, SKIP_WAITING, type KeepMessage, type SaveProgress } from './messages.ts';
import { offlinePage, titleOf, type SavedPage } from './offline-page.ts';
import { isGuidePath, isSearchData, routeOf, type Route } from './routes.ts';
import type { FetchEvent, WorkerScope } from './worker-types.ts';

/** This build's version, set by scripts/generate-sw.ts: a new deploy makes a new worker. */
declare const FT_VERSION: string;
/** The CSP source for the offline page's style, set by scripts/generate-sw.ts. */
declare const FT_OFFLINE_STYLE_HASH: string;

/** What dist/offline.json holds (written by scripts/generate-sw.ts). */
interface OfflineManifest {
  /** Page path → the files it needs (styles, scripts, lazily loaded parts). */
  pages: Record<string, string[]>;
  /** Every file search needs: Pagefind's library, wasm, index, fragments, filters. */
  search: string[];
}

const scope = self as unknown as WorkerScope;
const MANIFEST = '/offline.json';
/** Entries the worker writes for itself in the files cache. */
const VERSION_KEY = '/__ft/version';
const SEARCH_KEY = '/__ft/search';
/** How long a page may take online before its saved copy is shown instead. */
const SLOW_NETWORK_MS = 4000;

const open = (name: string): Promise<Cache> => caches.open(name);
const pathOf = (request: Request): string => new URL(request.url).pathname;
/** A response worth keeping: a same-origin 200 that was not redirected. */
const usable = (response: Response): boolean => response.ok && response.type === 'basic' && !response.redirected;

/** Keeps `path` in `cacheName` unless already there; `mode` lets the first page reuse the HTTP cache. */
async function keepOne(cacheName: string, path: string, mode: RequestCache = 'default'): Promise<boolean> {
  const cache = await open(cacheName);
  if (mode !== 'no-cache' && (await cache.match(path))) return true;
  try {
    const response = await fetch(path, { cache: mode });
    if (!usable(response)) return false;
    await cache.put(path, response);
    return true;
  } catch {
    return false;
  }
}

/** Keeps every file in `paths`, a few at a time; true when all were kept. */
async function keepFiles(paths: readonly string[], mode?: RequestCache): Promise<boolean> {
  let ok = true;
  for (let i = 0; i < paths.length; i += 6) {
    const results = await Promise.all(paths.slice(i, i + 6).map((path) => keepOne(CACHES.files, path, mode)));
    ok &&= results.every(Boolean);
  }
  return ok;
}

async function readManifest(): Promise<OfflineManifest> {
  const response = await fetch(MANIFEST, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${MANIFEST}: HTTP ${response.status}`);
  return (await response.json()) as OfflineManifest;
}

let savingSearch: Promise<void> | undefined;
/** Keeps everything search needs, once (after the first search made online). */
function saveSearch(): Promise<void> {
  savingSearch ??= (async () => {
    const files = await open(CACHES.files);
    if (await files.match(SEARCH_KEY)) return;
    if (await keepFiles((await readManifest()).search)) await files.put(SEARCH_KEY, new Response(FT_VERSION));
  })()
    .catch(() => undefined)
    .finally(() => (savingSearch = undefined));
  return savingSearch;
}

/** The offline page, listing what is saved on this device. */
async function offlineResponse(requested: string): Promise<Response> {
  const pages = await open(CACHES.pages);
  const saved: SavedPage[] = [];
  for (const request of await pages.keys()) {
    const html = (await (await pages.match(request))?.text()) ?? '';
    saved.push({ path: pathOf(request), title: titleOf(html, pathOf(request)) });
  }
  const searchSaved = !!(await (await open(CACHES.files)).match(SEARCH_KEY));
  return new Response(offlinePage({ requested, saved, searchSaved }), {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; style-src ${FT_OFFLINE_STYLE_HASH}; base-uri 'none'; form-action 'none'`,
    },
  });
}

/** A page: the network (kept for later), the saved copy when the network fails or dawdles, else the offline page. */
async function page(event: FetchEvent, url: URL): Promise<Response> {
  const pages = await open(CACHES.pages);
  const saved = await pages.match(url.pathname);
  const network = fetch(event.request).then(async (response) => {
    if (usable(response)) await pages.put(url.pathname, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  if (!saved) return network.catch(() => offlineResponse(url.pathname + url.search));
  const slow = new Promise<Response>((resolve) => setTimeout(() => resolve(saved), SLOW_NETWORK_MS));
  return Promise.race([network, slow]).catch(() => saved);
}

/** Any other file: the saved copy first if its name carries its hash, else the network first. */
async function file(event: FetchEvent, url: URL, route: Route): Promise<Response> {
  const files = await open(CACHES.files);
  // Keyed by path: a static site ignores queries, and Pagefind adds a cache-busting one (?ts=…).
  const key = url.pathname;
  const saved = await files.match(key);
  if (saved && route === 'immutable') return saved;
  try {
    const response = await fetch(event.request);
    if (usable(response)) event.waitUntil(files.put(key, response.clone()));
    if (isSearchData(url.pathname)) event.waitUntil(saveSearch());
    return response;
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
}

/** After a new deploy: refreshes the saved pages and search, and drops files no saved page needs now. */
async function refreshIfUpdated(): Promise<void> {
  const files = await open(CACHES.files);
  if ((await (await files.match(VERSION_KEY))?.text()) === FT_VERSION) return;
  const manifest = await readManifest();
  const pages = await open(CACHES.pages);
  const wanted = new Set<string>();
  for (const request of await pages.keys()) {
    const path = pathOf(request);
    const needs = manifest.pages[path];
    if (!needs) await pages.delete(request);
    else if (await keepOne(CACHES.pages, path, 'no-cache')) needs.forEach((f) => wanted.add(f));
  }
  if (await files.match(SEARCH_KEY)) manifest.search.forEach((f) => wanted.add(f));
  if (!(await keepFiles([...wanted]))) return; // Try again on the next page.
  for (const request of await files.keys()) {
    const path = pathOf(request);
    if (!path.startsWith('/__ft/') && !wanted.has(path)) await files.delete(request);
  }
  await files.put(VERSION_KEY, new Response(FT_VERSION));
}

/** The first page of a visit, loaded before the worker controlled it: keeps it and what it loaded. */
async function keep({ page: path, files }: KeepMessage): Promise<void> {
  await refreshIfUpdated().catch(() => undefined);
  await keepOne(CACHES.pages, path, 'force-cache');
  const origin = scope.location.origin;
  const kept = files.filter((f) => routeOf(new URL(f, origin), 'GET', 'no-cors', origin) !== 'pass');
  await keepFiles(kept, 'force-cache');
  if (kept.some(isSearchData)) await saveSearch();
}

/** Keeps every guide (and the guides index and search), telling the page how far it got. */
async function saveGuides(report: (progress: SaveProgress) => void): Promise<void> {
  let ok = true;
  let done = 0;
  let total = 0;
  try {
    const manifest = await readManifest();
    const guides = Object.keys(manifest.pages).filter(isGuidePath);
    total = guides.length;
    for (const path of ['/guides/', ...guides]) {
      ok = (await keepOne(CACHES.pages, path)) && ok;
      ok = (await keepFiles(manifest.pages[path] ?? [])) && ok;
      if (isGuidePath(path)) report({ type: 'save-progress', done: ++done, total });
    }
    await saveSearch();
  } catch {
    ok = false;
  }
  report({ type: 'save-progress', done, total, finished: { ok } });
}

const isKeep = (data: Omit<Partial<KeepMessage>, 'type'> & { type?: unknown }): data is KeepMessage =>
  data.type === 'keep' && typeof data.page === 'string' && Array.isArray(data.files);

scope.addEventListener('install', (event) => {
  // The very first worker has nothing saved to refresh: it starts at this version.
  if (!scope.registration.active) {
    event.waitUntil(open(CACHES.files).then((files) => files.put(VERSION_KEY, new Response(FT_VERSION))));
  }
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Caches of earlier workers (such as the old precache-everything one) are not ours any more.
      const ours = new Set<string>(Object.values(CACHES));
      for (const name of await caches.keys()) if (!ours.has(name)) await caches.delete(name);
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const route = routeOf(url, event.request.method, event.request.mode, scope.location.origin);
  if (route === 'pass') return;
  event.respondWith(route === 'page' ? page(event, url) : file(event, url, route));
});

scope.addEventListener('message', (event) => {
  const data = (event.data ?? {}) as Omit<Partial<KeepMessage>, 'type'> & { type?: unknown };
  if (data.type === SKIP_WAITING.type) void scope.skipWaiting();
  else if (isKeep(data)) event.waitUntil(keep(data));
  else if (data.type === SAVE_SEARCH.type) event.waitUntil(saveSearch());
  else if (data.type === SAVE_GUIDES.type) {
    event.waitUntil(saveGuides((progress) => event.source?.postMessage(progress)));
  }
});
