/**
 * The region picker's list (/holidays/regions.json): every country the build
 * has holidays for, with the subdivisions whose holidays differ. Fetched only
 * when the user opens the picker.
 */
import { REGION_ID } from './table.ts';

/** /holidays/regions.json: countries with their subdivisions (empty when holidays do not differ). */
export interface RegionIndexJson {
  /** Format version. */
  v: 1;
  /** Years the tables cover, inclusive. */
  years: [number, number];
  /** `[id, name, [[subdivision id, name], …]]`, sorted by name. */
  countries: [string, string, [string, string][]][];
}

/** A country as the picker offers it. */
export interface RegionChoice {
  /** Country id, e.g. `GB`. */
  id: string;
  /** English name. */
  name: string;
  /** Subdivisions with their own holidays, sorted by name; empty when the country has one calendar. */
  subdivisions: { id: string; name: string }[];
}

/** The picker's index, decoded. */
export interface RegionIndex {
  /** Years the tables cover. */
  years: readonly [number, number];
  /** Countries, sorted by name. */
  countries: RegionChoice[];
}

const isPair = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && REGION_ID.test(v[0]) && typeof v[1] === 'string';

/** Decodes /holidays/regions.json; null when it is not what the build writes. */
export function readRegionIndex(json: unknown): RegionIndex | null {
  if (typeof json !== 'object' || json === null) return null;
  const { v, years, countries } = json as Partial<RegionIndexJson>;
  if (v !== 1 || !Array.isArray(years) || years.length !== 2 || !Array.isArray(countries)) return null;
  const decoded: RegionChoice[] = [];
  for (const entry of countries) {
    if (!Array.isArray(entry) || !isPair(entry.slice(0, 2)) || !Array.isArray(entry[2])) return null;
    if (!entry[2].every(isPair)) return null;
    decoded.push({ id: entry[0], name: entry[1], subdivisions: entry[2].map(([id, name]) => ({ id, name })) });
  }
  return { years: [Number(years[0]), Number(years[1])], countries: decoded };
}
