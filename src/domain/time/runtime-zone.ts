/**
 * The runtime's own time zone, read without Intl's date formatting where the
 * runtime has Temporal (Chromium 144+, Firefox 139+). The first
 * `Intl.DateTimeFormat` a page builds loads the formatting data: about 230 ms
 * of main thread at a phone's speed (4× CPU slowdown), against well under a
 * millisecond for Temporal. Elsewhere (Safari today) Intl answers.
 */

/** The part of Temporal the zone helpers use. */
export interface TemporalZones {
  Now: { timeZoneId: () => string };
  ZonedDateTime: new (epochNanoseconds: bigint, timeZone: string) => object;
}

/** Temporal, when the runtime has it (read on each call, so a test can take it away). */
export const temporalZones = (): TemporalZones | undefined => (globalThis as { Temporal?: TemporalZones }).Temporal;

/** The runtime's own time zone ('UTC' when it cannot say). */
export function runtimeTimeZone(): string {
  const temporal = temporalZones();
  try {
    return (temporal ? temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone) || 'UTC';
  } catch {
    return 'UTC';
  }
}
