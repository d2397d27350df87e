/**
 * Wall-clock arithmetic for the planner. A `Local` is the user's local
 * date-time written as epoch-style milliseconds "as if it were UTC" (a floating
 * time): adding days or moving to 09:00 is plain calendar arithmetic with no
 * clock changes in the way. Converting between a real instant and a `Local`
 * always goes through `@date-fns/tz` (TZDate), so the library owns every
 * offset and DST decision. Conversions are memoised because TZDate consults
 * Intl on each construction, which dominated plan-building time; so are the
 * dates written out, for the same reason (see bench/plan-bench.ts).
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

/** Memoised library answers, per zone then by a number (an instant's quarter hour, or a local time). */
type Tables = Map<string, Map<number, number>>;
const offsets: Tables = new Map();
const instants: Tables = new Map();
/** Past this many remembered values, both tables start afresh (a long session never grows without bound). */
const MEMO_LIMIT = 50_000;
let remembered = 0;

function remember(tables: Tables, zone: string, key: number, compute: (zone: string, key: number) => number): number {
  let table = tables.get(zone);
  if (!table) tables.set(zone, (table = new Map<number, number>()));
  let value = table.get(key);
  if (value === undefined) {
    if (++remembered > MEMO_LIMIT) {
      offsets.clear();
      instants.clear();
      remembered = 1;
      tables.set(zone, (table = new Map<number, number>()));
    }
    value = compute(zone, key);
    table.set(key, value);
  }
  return value;
}

/** Every current zone changes offset on a quarter-hour of UTC, so the offset is constant within one. */
const QUARTER_HOUR = 900_000;

const offsetAt = (zone: string, bucket: number): number => tzOffset(zone, new Date(bucket));

/** The wall-clock time of an instant in `zone` (the offset comes from the library, cached per quarter hour). */
export function localOf(instant: number, zone: string): Local {
  const bucket = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  return instant + remember(offsets, zone, bucket, offsetAt) * 60_000;
}

function instantAt(zone: string, local: Local): number {
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
}

/** The instant a wall-clock time in `zone` refers to (a time in a spring-forward gap is resolved by the library). */
export function instantOf(local: Local, zone: string): number {
  return remember(instants, zone, local, instantAt);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` of a local time (what `toISOString` writes, without building a Date). */
function clockOf(local: Local): string {
  const ms = Math.trunc(local); // as a Date would hold it
  const seconds = Math.floor((ms - dayStart(ms)) / 1000);
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** An instant as a `Moment` in `zone` (ISO with the offset in force at that instant). */
export function momentAt(instant: number, zone: string): Moment {
  const local = localOf(instant, zone);
  const offset = Math.round((local - instant) / 60_000);
  const abs = Math.abs(offset);
  const iso = `${dateOf(local)}T${clockOf(local)}${offset < 0 ? '-' : '+'}${two(Math.trunc(abs / 60))}:${two(abs % 60)}`;
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

const dates = new Map<number, LocalDate>();

/** The local calendar date, `YYYY-MM-DD` (remembered per day: plans ask for the same few days over and over). */
export function dateOf(local: Local): LocalDate {
  const day = Math.floor(Math.trunc(local) / DAY); // the day a Date of `local` falls on
  let date = dates.get(day);
  if (date === undefined) {
    if (dates.size >= MEMO_LIMIT) dates.clear();
    date = new Date(day * DAY).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
}

/** Day of the week of a local time (0 = Sunday; 1 January 1970 was a Thursday). */
export const weekdayOf = (local: Local): number => (((Math.floor(local / DAY) + 4) % 7) + 7) % 7;

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
