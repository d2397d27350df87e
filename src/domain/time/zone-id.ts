/**
 * Whether a time zone id exists, asked of Temporal where the runtime has it:
 * a new `Intl.DateTimeFormat` would load the date formatting data the
 * planner's first screen never needs (see runtime-zone.ts).
 */
import { temporalZones } from './runtime-zone.ts';

/** Whether the runtime knows `zone` as a time zone id (an IANA name, an alias or an offset). */
export function isZoneId(zone: string): boolean {
  if (zone === '') return false;
  const temporal = temporalZones();
  try {
    // Either throws a RangeError for a zone it does not know.
    return !!(temporal ? new temporal.ZonedDateTime(0n, zone) : new Intl.DateTimeFormat('en', { timeZone: zone }));
  } catch {
    return false;
  }
}
