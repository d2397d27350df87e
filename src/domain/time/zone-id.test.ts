import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtimeTimeZone } from './runtime-zone.ts';
import { isZoneId } from './zone-id.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A stand-in for Temporal's zone lookup that knows two zones, so a test sees which path answered. */
function fakeTemporal(own: string) {
  const known = new Set(['Europe/London', 'Asia/Kolkata']);
  return {
    Now: { timeZoneId: () => own },
    ZonedDateTime: class {
      timeZoneId: string;
      constructor(_ns: bigint, zone: string) {
        if (!known.has(zone)) throw new RangeError(`Unknown time zone identifier ${zone}`);
        this.timeZoneId = zone;
      }
    },
  };
}

describe('time zone ids without Intl date formatting', () => {
  it('reads the runtime’s zone from Temporal and never builds an Intl date format', () => {
    vi.stubGlobal('Temporal', fakeTemporal('Asia/Kolkata'));
    const intl = vi.spyOn(Intl, 'DateTimeFormat');
    expect(runtimeTimeZone()).toBe('Asia/Kolkata');
    expect(isZoneId('Europe/London')).toBe(true);
    expect(isZoneId('Nowhere/Special')).toBe(false);
    expect(intl).not.toHaveBeenCalled();
  });

  it('falls back to Intl where the runtime has no Temporal', () => {
    vi.stubGlobal('Temporal', undefined);
    expect(runtimeTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(isZoneId('America/New_York')).toBe(true);
    expect(isZoneId('Nowhere/Special')).toBe(false);
  });

  it('knows no zone by an empty name, and says UTC when the runtime names none', () => {
    expect(isZoneId('')).toBe(false);
    vi.stubGlobal('Temporal', fakeTemporal(''));
    expect(runtimeTimeZone()).toBe('UTC');
  });
});
