import { describe, expect, it } from 'vitest';
import type { HolidayTableJson } from '../../domain/holidays/table.ts';
import type { HolidayFiles } from './holiday-files.ts';
import { holidayFileTexts } from './integration.ts';

const table = (id: string, name: string, country: string): HolidayTableJson => ({
  v: 1,
  id,
  name,
  country,
  years: [2025, 2029],
  weekend: [6, 0],
  names: ['Boxing Day'],
  days: { '2026': [1228, 0] },
});
const files: HolidayFiles = {
  tables: { 'GB-ENG': table('GB-ENG', 'England', 'United Kingdom'), US: table('US', 'United States', 'United States') },
  index: { v: 1, years: [2025, 2029], countries: [['GB', 'United Kingdom', [['GB-ENG', 'England']]]] },
  zones: { 'Europe/London': 'GB-ENG' },
};

describe('the files under /holidays/', () => {
  it('are one file per region named after it, the picker index and the zone map', () => {
    expect([...holidayFileTexts(files).keys()]).toEqual(['GB-ENG.json', 'US.json', 'regions.json', 'zones.json']);
  });

  it('hold each region table and the index as their JSON, and the zones wrapped with their format version', () => {
    const texts = holidayFileTexts(files);
    expect(JSON.parse(texts.get('GB-ENG.json')!)).toEqual(files.tables['GB-ENG']);
    expect(JSON.parse(texts.get('regions.json')!)).toEqual(files.index);
    expect(JSON.parse(texts.get('zones.json')!)).toEqual({ v: 1, zones: { 'Europe/London': 'GB-ENG' } });
  });
});
