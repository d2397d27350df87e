import { beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_PATH, BUDGETS, GUIDES_INDEX_PATH, HOME_PATH, isGuidePage, PLANNER_PATH } from './budgets';
import type { OfflineManifest } from '../../scripts/offline-manifest.ts';
import { distReader, formatBudgetTable, gzipSize, kb, measurePage, type PageCost } from './support/budget-measure';
import { staticClosure } from '../../scripts/page-assets.ts';
import { DIST, readBuiltPages } from './support/built-site';

const read = distReader(DIST);
const costs = readBuiltPages().map((page) => measurePage(page.path, page.html, read));
const planner = costs.find((c) => c.path === PLANNER_PATH);
const agenda = costs.find((c) => c.path === AGENDA_PATH);
const guides = costs.filter((c) => isGuidePage(c.path));

/** Scripts every page runs (same file, or same inline text): the theme, search opener, SW registration. */
const siteWide = new Set(
  costs
    .map((c) => new Set(c.scripts.map((s) => s.key)))
    .reduce((shared, keys) => new Set([...shared].filter((k) => keys.has(k)))),
);
/** JS a page shares with every page (each script gzipped on its own). */
const siteWideJs = (cost: PageCost): number =>
  cost.scripts.filter((s) => siteWide.has(s.key)).reduce((a, s) => a + s.gz, 0);

/** The framework: island components, and the renderer with everything it imports (Solid). */
const frameworkFiles = new Set([
  ...costs.flatMap((c) => c.assets.islandJs),
  ...staticClosure([...new Set(costs.flatMap((c) => c.assets.rendererJs))], read).files,
]);
// Solid's runtime and Astro's island element, however they end up bundled.
const FRAMEWORK_CODE = /Symbol\([`'"]solid-|customElements\.define\([`'"]astro-island/;

function budgetOf(cost: PageCost): string {
  if (cost.path === PLANNER_PATH) return `js ≤ ${kb(BUDGETS.plannerJs)}`;
  if (cost.path === AGENDA_PATH) return `js ≤ ${kb(BUDGETS.agendaJs)}`;
  if (cost.path === GUIDES_INDEX_PATH) return `total ≤ ${kb(BUDGETS.guideTotal)}, js ≤ ${kb(BUDGETS.guidesIndexJs)}`;
  if (isGuidePage(cost.path)) return `total ≤ ${kb(BUDGETS.guideTotal)}, js ≤ ${kb(BUDGETS.guideJs)}`;
  if (cost.path === HOME_PATH) return `total ≤ ${kb(BUDGETS.homeTotal)}`;
  return `total ≤ ${kb(BUDGETS.otherTotal)}`;
}

beforeAll(() => {
  console.log(`\n${formatBudgetTable(costs.map((cost) => ({ cost, budget: budgetOf(cost) })))}`);
  console.log(`Site-wide scripts on every page: ${kb(siteWideJs(costs[0]!))} kB gz (≤ ${kb(BUDGETS.siteWideJs)})\n`);
});

describe('what pages load on first visit', () => {
  it('finds every file each page references in dist/', () => {
    const missing = costs.flatMap((c) => c.assets.missing.map((m) => `${c.path} → ${m}`));
    expect(missing).toEqual([]);
  });

  it("follows the planner's islands to their chunks and imports", () => {
    expect(planner, `${PLANNER_PATH} is in the build`).toBeDefined();
    expect(planner!.assets.islandJs.length).toBeGreaterThan(0);
    expect(planner!.js).toBeGreaterThan(0);
    // The renderer alone imports Solid: the closure must be bigger than the island entries.
    expect(planner!.assets.js.length).toBeGreaterThan(planner!.assets.islandJs.length);
  });

  it('never loads search assets before search is opened', () => {
    const early = costs.flatMap((c) =>
      [...c.assets.js, ...c.assets.css, ...c.assets.otherPreloads]
        .filter((f) => f.startsWith('/pagefind/'))
        .map((f) => `${c.path} → ${f}`),
    );
    expect(early).toEqual([]);
  });
});

describe('budgets', () => {
  it(`site-wide scripts stay within ${kb(BUDGETS.siteWideJs)} kB gz`, () => {
    expect(siteWideJs(costs[0]!)).toBeLessThanOrEqual(BUDGETS.siteWideJs);
  });

  it("the planner's first screen is in the page's HTML, hydrated (not a blank island)", () => {
    const html = readBuiltPages().find((p) => p.path === PLANNER_PATH)!.html;
    const island = /<astro-island\b[^>]*component-url="[^"]*PlannerApp[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
    expect(island, 'the planner island').not.toBe('');
    expect(island).toContain('client="load"');
    for (const label of ['Company', 'Job you interviewed for', 'Date', 'Start time', 'How did it take place?'])
      expect(html, label).toContain(`>${label}<`);
    expect(html).toMatch(/<input[^>]*id="f-interview-company"/);
  });

  it(`the planner journey (first visit, every screen, the plan with its drafts) stays within ${kb(BUDGETS.plannerJourneyJs)} kB gz`, () => {
    const loaded = new Set(planner!.assets.js);
    const later = (name: RegExp) => planner!.assets.lazyJs.filter((f) => name.test(f));
    const stages = [
      later(/\/(PeopleStep|SaidStep|NotesStep|validate-facts|HolidayFields)\.[^/]*\.js$/),
      later(/\/PlanView\.[^/]*\.js$/),
    ];
    expect(stages.map((s) => s.length)).toEqual([5, 1]);
    // Each stage counts the files it adds to what the stages before it loaded.
    const added = stages.map((stage) => {
      const files = staticClosure(stage, read).files.filter((f) => !loaded.has(f));
      for (const file of files) loaded.add(file);
      return files.reduce((sum, file) => sum + gzipSize(read(file) ?? ''), 0);
    });
    const journey = planner!.js + added.reduce((a, b) => a + b, 0);
    console.log(
      `Planner journey: ${kb(journey)} kB gz (≤ ${kb(BUDGETS.plannerJourneyJs)}): first visit ${kb(planner!.js)}, ` +
        `the other wizard screens ${kb(added[0]!)}, the plan with its drafts ${kb(added[1]!)}`,
    );
    expect(journey, 'gz bytes').toBeLessThanOrEqual(BUDGETS.plannerJourneyJs);
  });

  it(`the planner's JavaScript stays within ${kb(BUDGETS.plannerJs)} kB gz`, () => {
    expect(planner!.js, 'all JS on the planner page, gz bytes').toBeLessThanOrEqual(BUDGETS.plannerJs);
  });

  it("the planner's first visit carries no solid-js/store: its islands start without it, its first screen needs none", () => {
    const withStore = planner!.assets.js.filter((f) => /Symbol\([`'"]store-raw/.test(read(f) ?? ''));
    expect(withStore).toEqual([]);
    expect(planner!.assets.lazyJs.some((f) => /Symbol\([`'"]store-raw/.test(read(f) ?? '')), 'later parts still use it').toBe(true);
  });

  it('finds the guide pages and the guides index', () => {
    expect(guides.map((g) => g.path)).toContain('/guides/');
    expect(guides.length).toBeGreaterThan(1);
  });

  for (const cost of guides) {
    it(`${cost.path} loads no framework JavaScript`, () => {
      const framework = cost.assets.js.filter((f) => frameworkFiles.has(f) || FRAMEWORK_CODE.test(read(f) ?? ''));
      expect(cost.assets.islandJs).toEqual([]);
      expect(framework).toEqual([]);
      expect(cost.assets.inlineScripts.filter((s) => FRAMEWORK_CODE.test(s))).toEqual([]);
    });

    const jsBudget = cost.path === GUIDES_INDEX_PATH ? BUDGETS.guidesIndexJs : BUDGETS.guideJs;
    it(`${cost.path} stays within ${kb(BUDGETS.guideTotal)} kB gz, with ≤ ${kb(jsBudget)} kB gz of JS in all`, () => {
      expect(cost.total, 'html + css + js, gz bytes').toBeLessThanOrEqual(BUDGETS.guideTotal);
      expect(cost.js, 'all JS: site-wide, its own and inline scripts, gz bytes').toBeLessThanOrEqual(jsBudget);
    });
  }

  it(`the agenda's JavaScript stays within ${kb(BUDGETS.agendaJs)} kB gz`, () => {
    expect(agenda, `${AGENDA_PATH} is in the build`).toBeDefined();
    expect(agenda!.js, 'all JS on the agenda page, gz bytes').toBeLessThanOrEqual(BUDGETS.agendaJs);
  });

  it(`the home page stays within ${kb(BUDGETS.homeTotal)} kB gz, with no "next up" code until a plan is saved`, () => {
    const home = costs.find((c) => c.path === HOME_PATH)!;
    expect(home.total).toBeLessThanOrEqual(BUDGETS.homeTotal);
    expect(home.assets.js.filter((f) => f.includes('next-up-home'))).toEqual([]);
    expect(home.assets.lazyJs.some((f) => f.includes('next-up-home'))).toBe(true);
  });

  for (const cost of costs.filter((c) => c !== planner && c !== agenda && c.path !== HOME_PATH && !isGuidePage(c.path))) {
    it(`${cost.path} stays within ${kb(BUDGETS.otherTotal)} kB gz`, () => {
      expect(cost.total).toBeLessThanOrEqual(BUDGETS.otherTotal);
    });
  }
});

describe('the service worker', () => {
  const sw = read('/sw.js') ?? '';
  const manifest = JSON.parse(read('/offline.json') ?? '{}') as OfflineManifest;

  it('is built into dist/sw.js, same-origin only, with no code loading (no importScripts, no eval)', () => {
    expect(sw.length).toBeGreaterThan(0);
    expect(sw.match(/importScripts\(|\beval\(|new Function\(|https?:\/\//g) ?? [], 'in sw.js').toEqual([]);
  });

  it(`stays within ${kb(BUDGETS.serviceWorker)} kB gz, since every first visit downloads it`, () => {
    expect(gzipSize(sw)).toBeLessThanOrEqual(BUDGETS.serviceWorker);
  });

  it('lists every page (not the 404 page) with every file it loads, at once or later, and what search needs', () => {
    for (const cost of costs.filter((c) => c.path.endsWith('/'))) {
      const listed = manifest.pages[cost.path] ?? [];
      const needed = [...cost.assets.css, ...cost.assets.js, ...cost.assets.lazyJs];
      expect(needed.filter((file) => !listed.includes(file)), cost.path).toEqual([]);
    }
    const missing = [...Object.values(manifest.pages).flat(), ...manifest.search].filter((f) => read(f) === undefined);
    expect(missing, 'listed but not in dist/').toEqual([]);
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'])
      expect(manifest.search).toContain(file);
    expect(manifest.search.some((file) => file.startsWith('/pagefind/index/'))).toBe(true);
    expect(manifest.search.some((file) => file.startsWith('/pagefind/fragment/'))).toBe(true);
  });

  it('writes the size of saving every guide into the pages that offer it', () => {
    const offering = readBuiltPages().filter((p) => p.html.includes('data-offline-size'));
    expect(offering.map((p) => p.path)).toContain('/guides/');
    for (const page of offering) expect(page.html, page.path).toMatch(/data-offline-size>\(≈ \d+ kB\)</);
  });
});
