/**
 * What the wizard's "their time zone", "public holidays" and "days away"
 * fields show: the region in use and where it came from, the picker's
 * options, and a hint when the company is probably in another time zone.
 */
import type { FactsInput } from '../facts-input.ts';
import type { HolidayNeed, Loaded } from '../holidays/loading.ts';
import type { RegionIndex } from '../holidays/region-index.ts';
import { countryOf } from '../holidays/regions.ts';
import type { HolidayTable } from '../holidays/table.ts';
import { regionLabel, regionName } from '../holidays/names.ts';
import { isZoneId } from '../time/zone-id.ts';

/** Whose holidays the form's answers point at, or null until a time zone is known. */
export function holidayNeedOf(input: FactsInput): HolidayNeed | null {
  const { timeZone, theirTimeZone, region } = input.interview;
  const theirs = theirTimeZone.trim();
  const zone = isZoneId(theirs) ? theirs : timeZone.trim();
  if (!isZoneId(zone)) return null;
  return { picked: region.trim() || null, theirZone: zone };
}

/** The region line under "Public holidays": "England, United Kingdom (from your time zone)". */
export function regionSummary(
  input: FactsInput,
  zones: Loaded<ReadonlyMap<string, string>> | undefined,
  tables: Readonly<Record<string, Loaded<HolidayTable>>>,
): string {
  const need = holidayNeedOf(input);
  if (!need) return 'Set your time zone first: the region follows it.';
  const source = need.picked
    ? ''
    : input.interview.theirTimeZone.trim()
      ? ' (from their time zone)'
      : ' (from your time zone)';
  const map = typeof zones === 'object' ? zones : null;
  const region = need.picked ?? (map ? (map.get(need.theirZone) ?? null) : undefined);
  if (region === undefined)
    return zones === 'failed' ? 'Could not load the regions (are you offline?).' : 'Finding the region…';
  if (region === null) return 'No country for this time zone: weekends only. Pick a country.';
  const table = tables[region];
  if (table === 'missing') return `${regionName(region)}${source}: no holiday data, so weekends only.`;
  if (table && typeof table === 'object') return `${regionLabel(table)}${source}`;
  // Its table (which names it) is a moment away: naming it from Intl's region names first would
  // load their data (tens of milliseconds on a phone) for a line shown that briefly.
  if (table === undefined || table === 'loading') return 'Finding the region…';
  return `${regionName(region)}${source}`;
}

/** The picker's country choice and subdivision choice for a region id. */
export function pickerValues(region: string): { country: string; subdivision: string } {
  const id = region.trim();
  return { country: id ? countryOf(id) : '', subdivision: id };
}

/** The subdivisions offered for a country (empty when one calendar covers it). */
export function subdivisionsOf(index: RegionIndex, country: string): { id: string; name: string }[] {
  return index.countries.find((c) => c.id === country)?.subdivisions ?? [];
}

const REMOTE = new Set(['phone', 'video', 'agency-phone-screen']);

/**
 * A nudge to set their time zone, or null: when it is still empty and the
 * interview was remote at an hour few offices keep on the user's clock (it
 * probably suited theirs), or the holidays picked are another country's.
 */
export function theirZoneHint(input: FactsInput, zones?: Loaded<ReadonlyMap<string, string>>): string | null {
  const { theirTimeZone, timeZone, time, format, region } = input.interview;
  if (theirTimeZone.trim() !== '' || !isZoneId(timeZone.trim())) return null;
  const own = typeof zones === 'object' ? zones.get(timeZone.trim()) : undefined;
  if (region.trim() && own && countryOf(region.trim()) !== countryOf(own))
    return `You picked holidays in ${regionName(countryOf(region.trim()))}: if the company is there, add their time zone too, so messages reach them in their working day.`;
  if (!REMOTE.has(format) || !/^\d\d:\d\d/.test(time)) return null;
  const hour = Number(time.slice(0, 2));
  if (hour >= 8 && hour < 18) return null;
  return `Your interview started at ${time.slice(0, 5)} your time: if the company is in another time zone, add it, so messages reach them in their working day.`;
}
