/**
 * Which region's holidays a plan uses. The region is the company's: by
 * default the one the build ties to their time zone (which is the user's own
 * unless they set another), so Europe/London gives England and
 * America/New_York the United States. The user can pick any region the build
 * has data for; the picker's list and the zone map are small JSON files
 * fetched on demand, decoded and checked here.
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

/** Decodes /holidays/zones.json into a zone → region map; null when malformed. */
export function readZoneRegions(json: unknown): ReadonlyMap<string, string> | null {
  if (typeof json !== 'object' || json === null) return null;
  const { v, zones } = json as { v?: unknown; zones?: unknown };
  if (v !== 1 || typeof zones !== 'object' || zones === null) return null;
  const map = new Map<string, string>();
  for (const [zone, region] of Object.entries(zones)) {
    if (typeof region !== 'string' || !REGION_ID.test(region)) return null;
    map.set(zone, region);
  }
  return map;
}

/** The region a zone suggests, or null for zones tied to no country (UTC, Antarctica …). */
export function regionForZone(zone: string, zones: ReadonlyMap<string, string>): string | null {
  return zones.get(zone) ?? null;
}

/**
 * The region a plan uses: the one the user picked, else the one their time
 * zone suggests (their zone defaults to the user's). Null when neither gives
 * one: the plan then knows weekends only.
 */
export function planRegion(
  picked: string | null,
  theirZone: string,
  zones: ReadonlyMap<string, string>,
): { id: string | null; automatic: boolean } {
  if (picked) return { id: picked, automatic: false };
  return { id: regionForZone(theirZone, zones), automatic: true };
}

/** Country of a region id (`GB-ENG` → `GB`). */
export const countryOf = (region: string): string => region.slice(0, 2);
