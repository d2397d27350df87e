/**
 * Public-holiday data, fetched on demand and kept for the visit: the map from
 * time zones to regions, the picker's list of regions, and one table per
 * region a plan uses (a few hundred bytes each). Nothing here is loaded with
 * the page; the planner asks for what the open plan needs (the picker's list
 * is in region-index.ts). A failed fetch is
 * retried when the browser comes back online.
 */
import { atom, computed } from 'nanostores';
import type { HolidayInput } from '../domain/plan/holiday-plan.ts';
import { holidayInput, neededRegion, type HolidayNeed, type Loaded } from '../domain/holidays/loading.ts';
import { readZoneRegions } from '../domain/holidays/regions.ts';
import { readHolidayTable, REGION_ID, type HolidayTable } from '../domain/holidays/table.ts';

/** Time zone → default region. */
export const $zoneRegions = atom<Loaded<ReadonlyMap<string, string>> | undefined>(undefined);
/** Region tables by id. */
export const $regionTables = atom<Readonly<Record<string, Loaded<HolidayTable>>>>({});

const base = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}holidays/`;

/** Fetches /holidays/<name>; 'missing' for a 404, 'failed' when offline or unreadable. */
export async function fetchJson<T>(name: string, read: (json: unknown) => T | null): Promise<Loaded<T>> {
  try {
    const response = await fetch(`${base}${name}`);
    if (response.status === 404) return 'missing';
    if (!response.ok) return 'failed';
    return read(await response.json()) ?? 'failed';
  } catch {
    return 'failed';
  }
}

/** Loads the zone map once (again after a failure). */
export function loadZoneRegions(): void {
  const now = $zoneRegions.get();
  if (now !== undefined && now !== 'failed') return;
  $zoneRegions.set('loading');
  void fetchJson('zones.json', readZoneRegions).then((value) => $zoneRegions.set(value));
}

/** Loads one region's table once (again after a failure). */
export function loadRegionTable(region: string): void {
  const now = $regionTables.get()[region];
  if (now !== undefined && now !== 'failed') return;
  const set = (value: Loaded<HolidayTable>) => $regionTables.set({ ...$regionTables.get(), [region]: value });
  if (!REGION_ID.test(region)) return set('missing');
  set('loading');
  void fetchJson(`${region}.json`, readHolidayTable).then(set);
}

/** Starts whatever fetch a plan's holidays still need (the zone map, then the region's table). */
export function requestHolidays(need: HolidayNeed): void {
  if (!need.picked) loadZoneRegions();
  const region = neededRegion(need, $zoneRegions.get());
  if (region !== 'loading' && region !== 'failed' && region !== 'missing' && region !== null) loadRegionTable(region);
}

/** The holiday data for a need as far as it has loaded ('loading' while a file is on its way). */
export function holidaysFor(need: HolidayNeed): HolidayInput | 'loading' {
  return holidayInput(need, $zoneRegions.get(), $regionTables.get());
}

/** Changes whenever any holiday data arrives, for computed stores to depend on. */
export const $holidayData = computed([$zoneRegions, $regionTables], (zones, tables) => ({ zones, tables }));

if (typeof window !== 'undefined') {
  // Back online: try again whatever failed, so the plan picks its holidays up.
  window.addEventListener('online', () => {
    if ($zoneRegions.get() === 'failed') loadZoneRegions();
    for (const [region, state] of Object.entries($regionTables.get())) if (state === 'failed') loadRegionTable(region);
  });
}
