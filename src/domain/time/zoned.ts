/**
 * The planner's serialisable date types and small validators. Every moment the
 * planner produces is a `Moment`: an ISO 8601 string with the user's UTC offset
 * plus the IANA zone it was computed in. It survives JSON and localStorage
 * unchanged, compares through `momentMs`, and keeps the wall-clock time
 * readable. Zone arithmetic lives in wall-clock.ts and goes through
 * `@date-fns/tz`, never hand-rolled offsets.
 */

/** A zoned date-time, e.g. `{ iso: '2026-11-20T09:00:00-05:00', zone: 'America/New_York' }`. */
export interface Moment {
  /** ISO 8601 with the zone's UTC offset at that instant, to the second. */
  iso: string;
  /** The IANA time zone the wall-clock time belongs to. */
  zone: string;
}

/** A calendar date in the user's zone, written `YYYY-MM-DD`. */
export type LocalDate = string;

const zoneChecks = new Map<string, boolean>();

/** Whether the runtime knows this IANA zone, so bad input never reaches date maths. */
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneChecks.get(zone);
  if (known === undefined) {
    try {
      known = zone.trim() !== '' && zone === zone.trim() && !!new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      known = false;
    }
    if (zoneChecks.size < 1000) zoneChecks.set(zone, known);
  }
  return known;
}

const parsed = new Map<string, number>();

/** Milliseconds since the epoch for a moment, for sorting and comparing (remembered: plans compare the same moments often). */
export function momentMs(moment: Moment): number {
  let ms = parsed.get(moment.iso);
  if (ms === undefined) {
    if (parsed.size >= 50_000) parsed.clear();
    ms = Date.parse(moment.iso);
    parsed.set(moment.iso, ms);
  }
  return ms;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (no 30 February). */
export function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Whole calendar days from date `a` to date `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
