/**
 * Which region's holidays a plan uses. The region is the company's: by
 * default the one the build ties to their time zone (which is the user's own
 * unless they set another), so Europe/London gives England and
 * America/New_York the United States. The user can pick any region the build
 * has data for; the picker's list and the zone map are small JSON files
 * fetched on demand, decoded and checked here.
 */
import { REGION_ID } from './table.ts';

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
