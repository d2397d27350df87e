/**
 * Page-weight budgets, in gzipped bytes of what a page downloads on first visit
 * (HTML + CSS + JS, following every static import; see scripts/page-assets.ts).
 * 1 kB = 1000 bytes. Tighten these as the site gets leaner; loosen only with a reason.
 */
const kB = 1000;

/** The figures `budgets.test.ts` enforces. */
export const BUDGETS = {
  /** Guide pages and the guides index: everything together. A bare-layout article is ~2.5 kB. */
  guideTotal: 12 * kB,
  /** Guide pages: JS of their own beyond the site-wide scripts (a copy button, at most). */
  guideOwnJs: 1.5 * kB,
  /** The planner page: all its JavaScript (Solid, nanostores, engine and UI together). */
  plannerJs: 30 * kB,
  /**
   * The agenda page: all its JavaScript. It plans every saved interview, so it
   * carries the engine (schema, planner, wording) and Solid, like the planner
   * journey, but no drafts, checker, share or calendar code.
   */
  agendaJs: 38 * kB,
  /** Any other page (home, search, 404): everything together. */
  otherTotal: 16 * kB,
  /** Scripts every page carries (theme, search opener, service worker registration). */
  siteWideJs: 3 * kB,
  /** The service worker itself (dist/sw.js), gzipped: every first visit downloads it. */
  serviceWorker: 3.5 * kB,
} as const;

/**
 * A first visit with the service worker (once the network is quiet) may cost at
 * most this many times the same visit without it: the worker saves what the
 * page used, and nothing in advance. Enforced by tests/e2e/offline-cost.spec.ts.
 */
export const OFFLINE_COST_RATIO = 1.5;

/** Guide pages and the guides index, by URL path. */
export function isGuidePage(path: string): boolean {
  return path.startsWith('/guides/');
}

/** The planner page. */
export const PLANNER_PATH = '/plan/';

/** The agenda page. */
export const AGENDA_PATH = '/agenda/';
