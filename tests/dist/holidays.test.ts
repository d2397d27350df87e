/**
 * The public-holiday tables the build writes for the planner: one small file
 * per region, each within budget and readable by the planner, an index for
 * the picker and a zone map, none of them loaded by a page on first visit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegionIndex } from '../../src/domain/holidays/region-index';
import { readZoneRegions } from '../../src/domain/holidays/regions';
import { readHolidayTable } from '../../src/domain/holidays/table';
import { BUDGETS, PLANNER_PATH } from './budgets';
import { distReader, gzipSize, kb, measurePage } from './support/budget-measure';
import { DIST, readBuiltPages } from './support/built-site';

const folder = join(DIST, 'holidays');
const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : [];
const tableFiles = files.filter((f) => f !== 'regions.json' && f !== 'zones.json');
const json = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
const sizes = tableFiles.map((file) => ({ file, gz: gzipSize(readFileSync(join(folder, file), 'utf8')) }));
const sorted = [...sizes].sort((a, b) => a.gz - b.gz);

beforeAll(() => {
  const median = sorted[Math.floor(sorted.length / 2)];
  const largest = sorted.at(-1);
  console.log(
    `\nHoliday tables: ${sizes.length} regions; median ${median?.gz} B gz (${median?.file}), largest ${largest?.gz} B gz (${largest?.file}); budget ${kb(BUDGETS.holidayTable)} kB each\n`,
  );
});

describe('the holiday tables', () => {
  it('cover hundreds of regions: every country the data has, and its subdivisions', () => {
    expect(tableFiles.length).toBeGreaterThan(500);
    for (const id of ['GB-ENG', 'GB-SCT', 'US', 'US-CA', 'AU-NSW', 'DE-BY', 'CA-ON', 'JP', 'IN'])
      expect(tableFiles, id).toContain(`${id}.json`);
  });

  it(`stay within ${kb(BUDGETS.holidayTable)} kB gzipped, every one of them`, () => {
    const over = sizes.filter((s) => s.gz > BUDGETS.holidayTable).map((s) => `${s.file}: ${s.gz} B`);
    expect(over).toEqual([]);
  });

  it('are all readable by the planner, each under its own name', () => {
    for (const file of tableFiles) {
      const table = readHolidayTable(json(file));
      expect(table?.id, file).toBe(file.replace(/\.json$/, ''));
    }
  });

  it('list in the picker only regions that have a table', () => {
    const index = readRegionIndex(json('regions.json'));
    expect(index).not.toBeNull();
    for (const country of index!.countries) {
      expect(tableFiles).toContain(`${country.id}.json`);
      for (const sub of country.subdivisions) expect(tableFiles).toContain(`${sub.id}.json`);
    }
  });

  it('map time zones to regions, England for London and the United States for New York', () => {
    const zones = readZoneRegions(json('zones.json'));
    expect(zones?.get('Europe/London')).toBe('GB-ENG');
    expect(zones?.get('America/New_York')).toBe('US');
    expect(zones?.size).toBeGreaterThan(400);
  });
});

describe("the planner's first visit", () => {
  const read = distReader(DIST);
  const page = readBuiltPages().find((p) => p.path === PLANNER_PATH)!;
  const cost = measurePage(page.path, page.html, read);
  const code = cost.assets.js.map((file) => read(file) ?? '').join('\n');

  it('loads no holiday table, index or zone map', () => {
    const all = [...cost.assets.js, ...cost.assets.css, ...cost.assets.otherPreloads];
    expect(all.filter((f) => f.startsWith('/holidays/'))).toEqual([]);
    expect(page.html).not.toMatch(/\/holidays\/[A-Za-z-]+\.json/);
  });

  it('carries none of the holiday code: no fetching, no wording of moves, no call fitting', () => {
    // Strings that only the on-demand holiday modules contain.
    for (const marker of ['zones.json', 'regions.json', 'bank holiday', 'No time suits you both', 'Change region'])
      expect(code.includes(marker), marker).toBe(false);
  });
});
