/**
 * Runs queries as the reader types and keeps only the latest: an answer to
 * an older query that arrives late is dropped, so results never flicker back.
 */
import type { Pagefind, PagefindResult } from './pagefind-loader.ts';
import { keepSearchOffline } from './offline-search.ts';
import { toSearchHit, type SearchHit } from './search-hits.ts';

/** Pause after a keystroke before searching: short enough to feel instant. */
export const DEBOUNCE_MS = 80;

/** The outcome of the latest query. */
export interface SearchAnswer {
  query: string;
  topic: string | undefined;
  /** Every matching page, best first; fetch their details with `loadHits`. */
  results: PagefindResult[];
}

/**
 * Returns a search function bound to a Pagefind loader. It resolves to the
 * answer, or to null when a newer call has superseded it. An empty query with
 * no topic answers with no results without touching the index; an empty
 * query with a topic lists every guide in that topic.
 */
export function createSearcher(
  load: () => Promise<Pagefind>,
): (query: string, topic?: string) => Promise<SearchAnswer | null> {
  let latest = 0;
  return async (rawQuery, topic) => {
    const call = ++latest;
    const query = rawQuery.trim();
    if (!query && !topic) return { query, topic, results: [] };
    const pagefind = await load();
    const options = topic ? { filters: { topic } } : {};
    const search = await pagefind.debouncedSearch(query || null, options, DEBOUNCE_MS);
    if (!search || call !== latest) return null;
    keepSearchOffline();
    return { query, topic, results: search.results };
  };
}

/** Fetches and shapes the results from `from` up to (not including) `to`. */
export async function loadHits(results: readonly PagefindResult[], from: number, to: number): Promise<SearchHit[]> {
  const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
  return data.map(toSearchHit);
}
