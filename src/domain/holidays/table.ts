/**
 * One region's public holidays as the site ships them: a compact JSON table
 * the build derives from the `date-holidays` data (see src/lib/holidays/), one
 * file per region under /holidays/, fetched only for the region a plan uses.
 * `readHolidayTable` checks what arrived, so a damaged or foreign file becomes
 * "no data" (weekends only) instead of wrong dates.
 */
import type { LocalDate } from '../time/zoned.ts';

/** The table as written to /holidays/<id>.json (version 1). */
export interface HolidayTableJson {
  /** Format version. */
  v: 1;
  /** Region id: an ISO country code, with a subdivision after a hyphen (`GB-ENG`, `US`, `AU-NSW`). */
  id: string;
  /** The region's English name (`England`, `United States of America`). */
  name: string;
  /** Its country's English name (same as `name` for a whole country). */
  country: string;
  /** First and last year the table covers, inclusive. */
  years: [number, number];
  /** Days offices close every week, as JavaScript weekdays (0 = Sunday … 6 = Saturday). */
  weekend: number[];
  /** Holiday names, referred to by index from `days`. */
  names: string[];
  /** Per year: flat pairs of month × 100 + day and a name index (`[101, 0, 1225, 4]`). */
  days: Record<string, number[]>;
}

/** A region's closing days, decoded for lookups. */
export interface HolidayTable {
  /** Region id, e.g. `GB-ENG`. */
  id: string;
  /** The region's name, e.g. `England`. */
  name: string;
  /** Its country's name, e.g. `United Kingdom`. */
  country: string;
  /** First and last year covered, inclusive: outside them only weekends are known. */
  years: readonly [number, number];
  /** Weekly closing days, JavaScript weekdays (0 = Sunday). */
  weekend: readonly number[];
  /** Every public or bank holiday in the covered years, by local date. */
  holidays: ReadonlyMap<LocalDate, string>;
}

/** Region ids as the build writes them: `GB`, `GB-ENG`, `US-CA`, `MY-02`, `CK-Rarotonga`. */
export const REGION_ID = /^[A-Z]{2}(-[A-Za-z0-9]{1,12})?$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 120;
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Decodes a fetched table; null when anything about it is off (it is then treated as "no data"). */
export function readHolidayTable(json: unknown): HolidayTable | null {
  if (typeof json !== 'object' || json === null) return null;
  const t = json as Partial<HolidayTableJson>;
  const { years, weekend, names, days } = t;
  if (t.v !== 1 || !isText(t.id) || !REGION_ID.test(t.id) || !isText(t.name) || !isText(t.country)) return null;
  if (!Array.isArray(years) || years.length !== 2 || !isInt(years[0], 1900, 2999) || !isInt(years[1], years[0], 2999))
    return null;
  if (!Array.isArray(weekend) || weekend.length > 3 || !weekend.every((d) => isInt(d, 0, 6))) return null;
  if (!Array.isArray(names) || !names.every(isText) || typeof days !== 'object' || days === null) return null;
  const holidays = new Map<LocalDate, string>();
  for (const [year, pairs] of Object.entries(days)) {
    const y = Number(year);
    if (!isInt(y, years[0], years[1]) || !Array.isArray(pairs) || pairs.length % 2 !== 0) return null;
    for (let i = 0; i < pairs.length; i += 2) {
      const [md, index] = [pairs[i], pairs[i + 1]];
      if (!isInt(md, 101, 1231) || !isInt(index, 0, names.length - 1)) return null;
      const date = `${y}-${pad(Math.floor(md / 100))}-${pad(md % 100)}`;
      // Two holidays on one day (Easter Monday and a local saint, say): the first named wins.
      if (!holidays.has(date)) holidays.set(date, names[index]!);
    }
  }
  return { id: t.id, name: t.name, country: t.country, years: [years[0], years[1]], weekend, holidays };
}
