/**
 * Loads Pagefind's browser library from the build (/pagefind/pagefind.js) on
 * first use, once. Pagefind writes that folder after `astro build`, so in
 * `astro dev` it does not exist: the loader then fails with a message that
 * says so, instead of a silent empty search.
 */
import type { PagefindResultData } from './search-hits.ts';

/** One hit in a Pagefind search, before its data is fetched. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

/** The options a search takes (this site only filters). */
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

/** The parts of the Pagefind API this site uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] }>;
  debouncedSearch: (
    term: string | null,
    options?: PagefindSearchOptions,
    debounceMs?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** Where `pagefind --site dist` puts the library. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Shown in `astro dev`, where the index does not exist until a production build. */
export const NEEDS_BUILD_MESSAGE = 'Search needs a production build: run `npm run build` once, then reload.';

/** Shown when the library fails to load on the live site (usually the network). */
export const LOAD_FAILED_MESSAGE = 'Search could not load. Check your connection, then try again.';

/** Search options: short excerpts that fit a result row. */
const SEARCH_OPTIONS = { excerptLength: 22, excerptEllipsis: '…' };

/** A load failure with a sentence a reader can act on. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

/** How the loader imports the library and whether it runs under `astro dev`. */
export interface LoaderSetup {
  importer: () => Promise<unknown>;
  dev: boolean;
}

/**
 * Returns a function that loads and configures Pagefind once and shares the
 * result. A failed load is not cached, so opening search again retries.
 */
export function createPagefindLoader({ importer, dev }: LoaderSetup): () => Promise<Pagefind> {
  let pending: Promise<Pagefind> | undefined;
  const load = async (): Promise<Pagefind> => {
    let pagefind: Pagefind;
    try {
      pagefind = (await importer()) as Pagefind;
    } catch (cause) {
      throw new SearchUnavailableError(dev ? NEEDS_BUILD_MESSAGE : LOAD_FAILED_MESSAGE, { cause });
    }
    await pagefind.options(SEARCH_OPTIONS);
    return pagefind;
  };
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The site's loader: imports the built library at run time (Vite must not bundle it). */
export const loadPagefind = createPagefindLoader({
  importer: () => import(/* @vite-ignore */ PAGEFIND_URL),
  dev: import.meta.env.DEV,
});
