/**
 * Turns Pagefind's raw result data into what a search result shows: the
 * guide's title, the sub-heading where the words matched best, a highlighted
 * excerpt and the guide's topic. Plain functions, so they are tested without
 * a browser or an index.
 */

/** One scored word position, as Pagefind reports it. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page (a heading with an id), as Pagefind reports it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  /** Entity-encoded text with the matched words wrapped in <mark>. */
  excerpt: string;
  /** Present when the section starts at a heading; absent for the text before the first one. */
  anchor?: { element: string; id: string; text?: string };
  weighted_locations?: WeightedLocation[];
}

/** The part of Pagefind's `result.data()` this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** What one result shows, whichever UI (dialog or page) renders it. */
export interface SearchHit {
  /** The guide's title (its h1). */
  title: string;
  /** Where the link goes: the best-matching section when there is one, else the guide. */
  url: string;
  /** The sub-heading of the best-matching section, if the match is under one. */
  section: string | undefined;
  /** Entity-encoded excerpt with <mark> around the matched words. */
  excerpt: string;
  /** The guide's topic label (the `topic` filter), if it has one. */
  topic: string | undefined;
}

const scoreOf = (sub: PagefindSubResult): number =>
  (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** Picks the section where the query scored highest; ties go to the earlier section. */
export function pickBestSection(subs: readonly PagefindSubResult[]): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of subs) if (!best || scoreOf(sub) > scoreOf(best)) best = sub;
  return best;
}

/** Builds the result a reader sees from one page's Pagefind data. */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const best = pickBestSection(data.sub_results ?? []);
  const inSection = best?.anchor !== undefined;
  return {
    title: data.meta['title']?.trim() || data.url,
    url: inSection ? best.url : data.url,
    section: inSection ? best.title.trim() : undefined,
    excerpt: (inSection ? best.excerpt : data.excerpt) || data.meta['description'] || '',
    topic: data.filters?.['topic']?.[0],
  };
}

/** The sentence the status line reads out after a search (or a topic listing, when `query` is empty). */
export function describeResults(count: number, query: string, topic?: string): string {
  const guides = count === 1 ? 'guide' : 'guides';
  const where = topic ? ` in ${topic}` : '';
  if (!query) return count === 0 ? `No guides${where}.` : `${count} ${guides}${where}.`;
  return `${count === 0 ? 'No' : count} ${guides} found for “${query}”${where}.`;
}
