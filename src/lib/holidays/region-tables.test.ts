import { describe, expect, it } from 'vitest';
import { holidayYears, regionIds, regionTable, weekendOf, zoneRegions } from './region-tables.ts';
import { regionIndex } from './region-index.ts';

const YEARS: [number, number] = [2025, 2029];
const daysOf = (id: string, year: number) => {
  const t = regionTable(id, YEARS);
  const pairs = t.days[String(year)] ?? [];
  const out: Record<string, string> = {};
  for (let i = 0; i < pairs.length; i += 2) out[String(pairs[i])] = t.names[pairs[i + 1]!]!;
  return out;
};

describe('region tables, derived at build time', () => {
  it('cover the year before the build to three years after it', () => {
    expect(holidayYears(new Date('2026-12-02T00:00:00Z'))).toEqual([2025, 2029]);
  });

  it('count public and bank holidays but not observances', () => {
    const us = daysOf('US', 2026);
    expect(us['1126']).toBe('Thanksgiving Day');
    expect(Object.values(us)).not.toContain("Valentine's Day");
    expect(Object.values(us)).not.toContain('Day after Thanksgiving Day');
  });

  it('leave out a holiday that only starts in the afternoon (Christmas Eve from 14:00 in Germany)', () => {
    const berlin = daysOf('DE-BE', 2026);
    expect(berlin['1224']).toBeUndefined();
    expect(berlin['1225']).toBe('Christmas Day');
  });

  it('add Diwali to India, which the library lacks', () => {
    expect(daysOf('IN', 2027)['1029']).toBe('Diwali');
    expect(daysOf('IN-MH', 2025)['1020']).toBe('Diwali');
  });

  it('take weekends from CLDR, adding the day before a one-day weekend', () => {
    expect(weekendOf('GB')).toEqual([6, 0]);
    expect(weekendOf('SA')).toEqual([5, 6]);
    expect(weekendOf('IN')).toEqual([6, 0]);
    expect(weekendOf('IR')).toEqual([4, 5]);
  });
});

describe('default regions by time zone', () => {
  const zones = zoneRegions();
  it('map London to England and New York to the whole United States', () => {
    expect(zones['Europe/London']).toBe('GB-ENG');
    expect(zones['America/New_York']).toBe('US');
  });

  it('narrow a zone to the one state its city is in', () => {
    expect(zones['Australia/Sydney']).toBe('AU-NSW');
    expect(zones['Australia/Melbourne']).toBe('AU-VIC');
    expect(zones['America/Vancouver']).toBe('CA-BC');
  });

  it('know the old and new names of a zone', () => {
    expect(zones['Asia/Calcutta']).toBe('IN');
    expect(zones['Asia/Kolkata']).toBe('IN');
    expect(zones['Europe/Kiev']).toBe(zones['Europe/Kyiv']);
  });

  it('tie no region to zones without a country', () => {
    expect(zones['UTC']).toBeUndefined();
    expect(zones['Etc/UTC']).toBeUndefined();
  });

  it('only point at regions the build writes a table for, or at countries the data lacks', () => {
    const known = new Set(regionIds());
    for (const region of Object.values(zones)) expect(known.has(region) || !region.includes('-'), region).toBe(true);
  });
});

describe('the region picker index', () => {
  const index = regionIndex(YEARS);
  const country = (id: string) => index.countries.find((c) => c[0] === id);

  it('offers subdivisions where their holidays differ (UK nations, US states)', () => {
    expect(country('GB')?.[2].map(([id]) => id)).toEqual(
      expect.arrayContaining(['GB-ENG', 'GB-SCT', 'GB-NIR', 'GB-WLS']),
    );
    expect(country('US')?.[2].length).toBeGreaterThan(40);
  });

  it('offers the country alone where one calendar covers it', () => {
    expect(country('JP')?.[2]).toEqual([]);
  });
});
