import { describe, expect, it } from 'vitest';
import { tableFor } from '../testing/holiday-tables.ts';
import { isAwayOn } from './away.ts';
import { closureOn, isBusinessDate, knowsHolidaysOn, WEEKENDS_ONLY, workCalendar } from './calendar.ts';
import { readRegionIndex } from './region-index.ts';
import { planRegion, readZoneRegions } from './regions.ts';
import { readHolidayTable } from './table.ts';
import { placeName, regionLabel } from './names.ts';
import { describeSkipped } from './wording.ts';

const table = {
  v: 1,
  id: 'GB-ENG',
  name: 'England',
  country: 'United Kingdom',
  years: [2026, 2026],
  weekend: [6, 0],
  names: ['Good Friday', 'Easter Monday'],
  days: { '2026': [403, 0, 406, 1] },
};

describe('holiday tables', () => {
  it('decode dates and names', () => {
    const decoded = readHolidayTable(table);
    expect(decoded?.holidays.get('2026-04-06')).toBe('Easter Monday');
    expect(decoded?.holidays.size).toBe(2);
  });

  it('treat a damaged or foreign file as no data', () => {
    expect(readHolidayTable(null)).toBeNull();
    expect(readHolidayTable({ ...table, v: 2 })).toBeNull();
    expect(readHolidayTable({ ...table, id: 'england' })).toBeNull();
    expect(readHolidayTable({ ...table, days: { '2026': [1301, 0] } })).toBeNull();
    expect(readHolidayTable({ ...table, days: { '2026': [403, 7] } })).toBeNull();
    expect(readHolidayTable({ ...table, days: { '2031': [403, 0] } })).toBeNull();
  });
});

describe('the business-day API', () => {
  const england = workCalendar(tableFor('GB-ENG'));

  it('says why a day is closed: the weekend, or which holiday', () => {
    expect(closureOn(england, '2026-04-06')).toEqual({ kind: 'holiday', date: '2026-04-06', name: 'Easter Monday' });
    expect(closureOn(england, '2026-04-04')).toEqual({ kind: 'weekend', date: '2026-04-04' });
    expect(closureOn(england, '2026-04-07')).toBeNull();
    expect(isBusinessDate(england, '2026-04-07')).toBe(true);
  });

  it('uses the region weekend (Friday and Saturday in Saudi Arabia)', () => {
    const saudi = workCalendar(tableFor('SA'));
    expect(isBusinessDate(saudi, '2026-03-13')).toBe(false);
    expect(isBusinessDate(saudi, '2026-03-15')).toBe(true);
  });

  it('knows weekends only without data, and says which dates it covers', () => {
    expect(closureOn(WEEKENDS_ONLY, '2026-04-06')).toBeNull();
    expect(knowsHolidaysOn(WEEKENDS_ONLY, '2026-04-06')).toBe(false);
    expect(knowsHolidaysOn(england, '2029-12-31')).toBe(true);
    expect(knowsHolidaysOn(england, '2030-01-01')).toBe(false);
  });

  it('treats days away as inclusive ranges', () => {
    const away = [{ from: '2026-04-07', to: '2026-04-09' }];
    expect(['2026-04-06', '2026-04-07', '2026-04-09', '2026-04-10'].map((d) => isAwayOn(away, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('regions', () => {
  const zones = readZoneRegions({ v: 1, zones: { 'Europe/London': 'GB-ENG', 'America/New_York': 'US' } })!;

  it('uses the region the user picked, else the one their time zone suggests', () => {
    expect(planRegion('GB-SCT', 'Europe/London', zones)).toEqual({ id: 'GB-SCT', automatic: false });
    expect(planRegion(null, 'America/New_York', zones)).toEqual({ id: 'US', automatic: true });
    expect(planRegion(null, 'UTC', zones)).toEqual({ id: null, automatic: true });
  });

  it('rejects malformed index files', () => {
    expect(readZoneRegions({ v: 1, zones: { UTC: 'nowhere' } })).toBeNull();
    expect(
      readRegionIndex({ v: 1, years: [2025, 2029], countries: [['GB', 'United Kingdom', [['x', 'y']]]] }),
    ).toBeNull();
    expect(
      readRegionIndex({ v: 1, years: [2025, 2029], countries: [['GB', 'United Kingdom', [['GB-ENG', 'England']]]] })
        ?.countries[0]?.subdivisions,
    ).toEqual([{ id: 'GB-ENG', name: 'England' }]);
  });
});

describe('holiday wording', () => {
  it('names places as they read after "in"', () => {
    expect(placeName('United States')).toBe('the United States');
    expect(placeName('Netherlands')).toBe('the Netherlands');
    expect(placeName('England')).toBe('England');
    expect(placeName('England, United Kingdom')).toBe('England, United Kingdom');
    expect(regionLabel({ id: 'GB-ENG', name: 'England', country: 'United Kingdom' })).toBe('England, United Kingdom');
    expect(regionLabel({ id: 'JP', name: 'Japan', country: 'Japan' })).toBe('Japan');
  });

  it('calls them bank holidays in the UK and public holidays elsewhere', () => {
    const day = { kind: 'holiday' as const, date: '2026-04-06', name: 'Easter Monday' };
    expect(describeSkipped([day], { id: 'GB-WLS', name: 'Wales' })).toBe(
      'Mon 6 April is Easter Monday, a bank holiday in Wales',
    );
    expect(describeSkipped([day], { id: 'DE-BY', name: 'Bavaria' })).toBe(
      'Mon 6 April is Easter Monday, a public holiday in Bavaria',
    );
  });

  it('sums up a long time away as a range', () => {
    const away = ['2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10'].map((date) => ({
      kind: 'away' as const,
      date,
    }));
    expect(describeSkipped(away, null)).toBe('You are away from Tue 7 April to Fri 10 April');
  });
});
