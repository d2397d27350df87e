/**
 * Wall-clock arithmetic for the planner. A `Local` is the user's local
 * date-time written as epoch-style milliseconds "as if it were UTC" (a floating
 * time): adding days or moving to 09:00 is plain calendar arithmetic with no
 * clock changes in the way. Converting between a real instant and a `Local`
 * always goes through `@date-fns/tz` (TZDate), so the library owns every
 * offset and DST decision. Conversions are memoised because TZDate consults
 * Intl on each construction, which dominated plan-building time.
 */
import { TZDateMini } from '@date-fns/tz/date/mini';
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { LocalDate, Moment } from './zoned.ts';

/** A floating local date-time (milliseconds, read as UTC fields). */
export type Local = number;

/** One day and one hour in milliseconds. */
export const DAY = 86_400_000;
/** One hour in milliseconds. */
export const HOUR = 3_600_000;

const memo = new Map<string, number>();
function remember(key: string, compute: () => number): number {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size > 50_000) memo.clear();
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/** Every current zone changes offset on a quarter-hour of UTC, so the offset is constant within one. */
const QUARTER_HOUR = 900_000;

/** The wall-clock time of an instant in `zone` (the offset comes from the library, cached per quarter hour). */
export function localOf(instant: number, zone: string): Local {
  const bucket = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  return instant + remember(`o${zone}${bucket}`, () => tzOffset(zone, new Date(bucket))) * 60_000;
}

/** The instant a wall-clock time in `zone` refers to (a time in a spring-forward gap is resolved by the library). */
export function instantOf(local: Local, zone: string): number {
  return remember(`i${zone}${local}`, () => {
    const w = new Date(local);
    return +new TZDateMini(
      w.getUTCFullYear(),
      w.getUTCMonth(),
      w.getUTCDate(),
      w.getUTCHours(),
      w.getUTCMinutes(),
      w.getUTCSeconds(),
      zone,
    );
  });
}

const two = (n: number): string => String(n).padStart(2, '0');

/** An instant as a `Moment` in `zone` (ISO with the offset in force at that instant). */
export function momentAt(instant: number, zone: string): Moment {
  const local = localOf(instant, zone);
  const offset = Math.round((local - instant) / 60_000);
  const abs = Math.abs(offset);
  const iso = `${new Date(local).toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${two(Math.trunc(abs / 60))}:${two(abs % 60)}`;
  return { iso, zone };
}

/** A wall-clock time in `zone` as a `Moment`. */
export const momentOfLocal = (local: Local, zone: string): Moment => momentAt(instantOf(local, zone), zone);

/** `YYYY-MM-DD` + `HH:MM` as a `Local` (both already validated). */
export const localFrom = (date: LocalDate, time = '00:00'): Local => Date.parse(`${date}T${time}:00Z`);

/** Midnight at the start of a local day. */
export const dayStart = (local: Local): Local => local - (((local % DAY) + DAY) % DAY);

/** `hour:00` on the same local day. */
export const atHour = (local: Local, hour: number): Local => dayStart(local) + hour * HOUR;

/** Decimal hour of the day (14:30 → 14.5). */
export const hourOf = (local: Local): number => (local - dayStart(local)) / HOUR;

/** The local calendar date, `YYYY-MM-DD`. */
export const dateOf = (local: Local): LocalDate => new Date(local).toISOString().slice(0, 10);

/** The same wall-clock time `years` years later (29 February becomes 28 February). */
export function addYears(local: Local, years: number): Local {
  const d = new Date(local);
  const day = d.getUTCDate();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  if (d.getUTCDate() !== day) d.setUTCDate(0);
  return +d;
}

/** Whole calendar days from `a` to `b`. */
export const dayDiff = (a: Local, b: Local): number => Math.round((dayStart(b) - dayStart(a)) / DAY);
