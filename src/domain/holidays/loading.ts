/**
 * From what has been fetched so far to the holiday data a plan is built with.
 * The app fetches the zone map and one region's table on demand; this decides,
 * purely, which region a plan needs and whether it can be built yet.
 */
import type { HolidayInput } from '../plan/holiday-plan.ts';
import { planRegion } from './regions.ts';
import type { HolidayTable } from './table.ts';

/** Where one fetched file stands. */
export type Loaded<T> = 'loading' | 'missing' | 'failed' | T;

/** What the plan needs to know about holidays: the region picked (or null) and their zone. */
export interface HolidayNeed {
  /** The region the user picked, or null for "the one their time zone suggests". */
  picked: string | null;
  /** Their time zone (the user's own unless they set another). */
  theirZone: string;
}

/** The region a need points at, once the zone map (if needed) is in; 'loading' until then. */
export function neededRegion(
  need: HolidayNeed,
  zones: Loaded<ReadonlyMap<string, string>> | undefined,
): Loaded<string | null> {
  if (need.picked) return need.picked;
  if (zones === undefined || zones === 'loading') return 'loading';
  if (zones === 'missing' || zones === 'failed') return 'failed';
  return planRegion(null, need.theirZone, zones).id;
}

/** The holiday data for a plan, or 'loading' while a file it needs is on its way. */
export function holidayInput(
  need: HolidayNeed,
  zones: Loaded<ReadonlyMap<string, string>> | undefined,
  tables: Readonly<Record<string, Loaded<HolidayTable>>>,
): HolidayInput | 'loading' {
  const region = neededRegion(need, zones);
  if (region === 'loading') return 'loading';
  if (region === 'failed' || region === 'missing') return { region: null, table: null, unavailable: true };
  if (region === null) return { region: null, table: null };
  const table = tables[region];
  if (table === undefined || table === 'loading') return 'loading';
  if (table === 'missing') return { region, table: null };
  if (table === 'failed') return { region, table: null, unavailable: true };
  return { region, table };
}
