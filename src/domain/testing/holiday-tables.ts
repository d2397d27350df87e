/**
 * Test-only: real region tables, derived from the `date-holidays` data by the
 * same build code that writes /holidays/<id>.json, for fixed years so tests do
 * not depend on the day they run.
 */
import { regionTable } from '../../lib/holidays/region-tables.ts';
import { readHolidayTable, type HolidayTable } from '../holidays/table.ts';

/** The years every test table covers. */
export const TEST_YEARS: [number, number] = [2025, 2029];

/** The decoded table for a region, as the planner would load it. */
export function tableFor(region: string): HolidayTable {
  const table = readHolidayTable(JSON.parse(JSON.stringify(regionTable(region, TEST_YEARS))));
  if (!table) throw new Error(`No table for ${region}`);
  return table;
}
