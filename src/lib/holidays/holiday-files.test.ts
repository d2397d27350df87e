import { describe, expect, it } from 'vitest';
import { holidayFilesKey } from './holiday-files.ts';

const sources = (changed?: string) => (path: string) => (path === changed ? `${path} edited` : path);

describe('the label of the holiday files kept between builds', () => {
  it('is the same for the same sources and years', () => {
    expect(holidayFilesKey([2025, 2029], sources())).toBe(holidayFilesKey([2025, 2029], sources()));
  });

  it('changes with the years, the library, the zone data or the derivation code', () => {
    const base = holidayFilesKey([2025, 2029], sources());
    expect(holidayFilesKey([2026, 2030], sources())).not.toBe(base);
    for (const path of [
      'node_modules/date-holidays/package.json',
      'node_modules/countries-and-timezones/package.json',
      'src/lib/holidays/region-tables.ts',
      'src/lib/holidays/supplements.ts',
    ])
      expect(holidayFilesKey([2025, 2029], sources(path)), path).not.toBe(base);
  });

  it('is null when a source cannot be read, so nothing kept is trusted', () => {
    const missing = (path: string) => {
      if (path.endsWith('supplements.ts')) throw new Error('ENOENT');
      return path;
    };
    expect(holidayFilesKey([2025, 2029], missing)).toBeNull();
  });
});
