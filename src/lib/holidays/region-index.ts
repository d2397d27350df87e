/**
 * Build-time only: the list of regions the planner's picker offers, as
 * /holidays/regions.json. A country lists its subdivisions only when their
 * holidays differ from the country's own (UK nations, US states, German
 * Länder, Canadian provinces, Australian states …); elsewhere the country is
 * the whole choice.
 */
import type { RegionIndexJson } from '../../domain/holidays/region-index.ts';
import { holidayYears, listCountries, regionTable } from './region-tables.ts';

/** The picker's index for the build's years. */
export function regionIndex(years: [number, number] = holidayYears()): RegionIndexJson {
  const same = (a: string, b: string) =>
    JSON.stringify(regionTable(a, years).days) === JSON.stringify(regionTable(b, years).days) &&
    JSON.stringify(regionTable(a, years).names) === JSON.stringify(regionTable(b, years).names);
  return {
    v: 1,
    years,
    countries: listCountries().map(({ country, subdivisions }) => {
      const differ = subdivisions.some((s) => !same(s.id, country.id));
      return [country.id, country.name, differ ? subdivisions.map((s) => [s.id, s.name] as [string, string]) : []];
    }),
  };
}
