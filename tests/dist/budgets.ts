/**
 * Page-weight budgets, in gzipped bytes of what a page downloads on first visit
 * (HTML + CSS + JS, following every static import; see scripts/page-assets.ts).
 * 1 kB = 1000 bytes. Tighten these as the site gets leaner; loosen only with a reason.
 */
const kB = 1000;

/** The figures `budgets.test.ts` enforces. */
export const BUDGETS = {
  /** Guide pages and the guides index: everything together (styles inline). A bare-layout article is ~2.5 kB. Largest today 11.5. */
  guideTotal: 12 * kB,
  /**
   * Each guide: all its JavaScript, site-wide and inline scripts included (theme, search opener, worker, a copy button).
   * 1.49 before the after-paint loader (AfterPaint.astro, 78 B gz inline on every page), which keeps the site-wide
   * module and the manifest out of a guide's first paint (#12 goal 5, LCP): 1.57 with it, over goal 4's 1.5.
   * 1.49 again once the theme switch calls the theme script directly (no event), the copy button, theme and
   * worker code lost a few bytes, and lazy imports lost Vite's leftover wrapper (astro.config.mjs).
   */
  guideJs: 1.5 * kB,
  /** The guides index: all its JavaScript ("Save all guides for offline" on top of the site-wide scripts). */
  guidesIndexJs: 2.2 * kB,
  /** The home page: everything together; the "next up" code loads only when a plan is saved. 7.8 today (#12 goal 12). */
  homeTotal: 9 * kB,
  /**
   * The planner page: all its JavaScript on first visit, inline scripts included: Solid with
   * its hydration script, nanostores, the plan store and the wizard's first screen, which the
   * server renders (26.4 kB on 2026-12-03; #12's goal is 25). 24.8 once islands start
   * without solid-js/store (2 kB gz; the first screen reads stores as plain signals, and
   * the later screens and the plan view bring the store code with them); 23.8 once the
   * list's actions (rename, copy, delete, the home page's "next up" kept in step) and
   * export/import load with the list. Everything else the planner does loads when it is
   * first needed: the later screens, validation, time zones and holidays, the plan view,
   * drafts, sharing, import. New planner features belong there (a lazy import), not here:
   * they count in `plannerJourneyJs`. 24.1 since every page carries the after-paint loader
   * (78 B gz, see `guideJs`); 23.9 once lazy imports lost Vite's leftover wrapper.
   */
  plannerJs: 24 * kB,
  /**
   * The planner journey: first visit, every wizard screen with validation, the plan shown
   * (with its drafts, which open inside the plan view). 88.8 kB on main at 04:30 UTC on
   * 2026-12-03, against #12's goal of 40 (about 58 when the goal was set; drafts' phrase
   * banks and new plan events came since). Pinned close so growth is a decision.
   * 91.5 once the step log and the progress-aware .ics landed (#16), 94.3 with the
   * timeline at a glance above the steps (#16, about 2.8 kB: its layout and its marks,
   * loaded with the plan view).
   * 100.8 once "Another wording" and edits kept aside (#10), offers and another offer
   * (#15, #16) landed in the plan view and drafts. Still far from #12's goal of 40:
   * the plan-view chunk with the phrase banks is the weight.
   * 102.2 once panels of five to twelve got their own spread of wordings (drafts/spread.ts,
   * six wordings for three more parts, the big-panel note) and the store code became a
   * chunk of its own (the first visit lost it): 102.5, a decision taken for the drafts,
   * not a goal; the way down is loading drafts and banks only when a drafts panel opens.
   * 102.6 with the after-paint loader every page carries (78 B gz, see `guideJs`); 102.4
   * once lazy imports lost Vite's leftover wrapper. 102.6 (102.58) with the engine's fixes
   * for an office far ahead of or behind the user (another offer due the day of the interview;
   * a decision dated the day of a round still under way), which the property tests found:
   * about 80 B, a decision for correct plans.
   * By stage (the test prints them): first visit 23.9, the other wizard screens 19.4 (validation,
   * time zones, holiday regions), the plan with its drafts 59.2. The first two stages alone come
   * to 43.3, over the goal of 40 before any plan is shown.
   * 103.0 (screens 19.8, plan 59.3) with names read right (titles such as "Sir" and "Rev. Dr.",
   * letters after a name, a name that is all surname like "Mr van der Berg") and the next round's
   * day and time asked for together: about 400 B, a decision for correct greetings and messages.
   * 103.2 (screens 20.0) once a city typed alone as the time zone is answered with its zone
   * ("did you mean “Europe/London”?"). 103.3 once check-ins and replies go to the interviewer
   * who runs the hiring (a recruiter, talent or HR by title) when no contact was named.
   * 103.4 (103.31) once the step buttons wait with the form while the plan opens.
   * 104.7 (104.68: screens 20.1, plan 60.7) with the fixes a QA pass over the drafts found
   * on 2026-12-03: a typed point that ended a sentence mid-way, someone met in a later round
   * thanked "again", offer replies at the same minute, notes to a contact who was not there,
   * names such as "Herr Dr. Müller" and "wa Thiong'o", an email typed as a name, and the
   * checker's false alarms and misses. About 1.3 kB, a decision for drafts a user can send.
   * 104.8 (104.71) once "Address them as" suggests no greeting from an email address typed as
   * the name (it said "We'll write “J.smith@acme.com” in every tone" beside the error).
   */
  plannerJourneyJs: 104.8 * kB,
  /**
   * The agenda page: all its JavaScript. It plans every saved interview, so it
   * carries the engine (schema, planner, wording) and Solid, like the planner
   * journey, but no drafts, checker, share or calendar code. 43 kB since the
   * engine learnt public holidays, days away and the recipient's hours (#11):
   * it plans around each plan's holidays, so it carries the holiday-aware
   * timing and the loader for the tables (about 4.6 kB together, 37.9 → 42.5),
   * though never the tables themselves. 47 kB since offers (reply, in writing,
   * decision), another offer, one note per person, moved steps and each round's
   * own people joined the engine (#10, #15, #16: 48.0 measured on 2026-12-03).
   * 49.1 (49.09) once offer replies are ordered and spaced by the answer-by date and names
   * read particles and titles such as "wa", "Herr" and "Lady" (the same QA fixes as above).
   */
  agendaJs: 49.1 * kB,
  /** Any other page (search, 404): everything together. 7.6 today. */
  otherTotal: 9 * kB,
  /** Scripts every page carries (theme, theme switch, search opener, service worker registration). */
  siteWideJs: 1.5 * kB,
  /** The service worker itself (dist/sw.js), gzipped: every first visit downloads it. */
  serviceWorker: 3.2 * kB,
  /** One region's public-holiday table (/holidays/<id>.json), fetched only for the region a plan uses. */
  holidayTable: 2 * kB,
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

/** The guides index (a guide page by path, but a list with its own script). */
export const GUIDES_INDEX_PATH = '/guides/';

/** The home page. */
export const HOME_PATH = '/';

/** The planner page. */
export const PLANNER_PATH = '/plan/';

/** The agenda page. */
export const AGENDA_PATH = '/agenda/';
