import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HolidayTableJson } from '../../domain/holidays/table.ts';
import type { HolidayFiles } from './holiday-files.ts';
import { holidayFileTexts, recordBuiltHolidayFiles, takeBuiltHolidayFiles } from './integration.ts';

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

describe("taking over the last build's holiday files", () => {
  const setUp = async (count = 3) => {
    const root = await mkdtemp(join(tmpdir(), 'holiday-files-'));
    const folder = join(root, 'dist', 'holidays');
    const staging = join(root, 'cache', 'staged');
    const record = join(root, 'built.json');
    await mkdir(folder, { recursive: true });
    for (let i = 0; i < count; i++) await writeFile(join(folder, `R${i}.json`), `{"i":${i}}`);
    return { root, folder, staging, record };
  };

  it('moves them to the staging folder when the record has the same label, folder and count', async () => {
    const { folder, staging, record } = await setUp();
    await recordBuiltHolidayFiles(record, { key: 'k1', folder, count: 3 });
    expect(await takeBuiltHolidayFiles(record, 'k1', folder, staging)).toBe(3);
    expect((await readdir(staging)).sort()).toEqual(['R0.json', 'R1.json', 'R2.json']);
    expect(existsSync(folder)).toBe(false);
    // The record went with them: a second build cannot take the same folder twice.
    expect(existsSync(record)).toBe(false);
  });

  it('replaces what an earlier staging folder held', async () => {
    const { folder, staging, record } = await setUp();
    await mkdir(staging, { recursive: true });
    await writeFile(join(staging, 'stale.json'), '{}');
    await recordBuiltHolidayFiles(record, { key: 'k1', folder, count: 3 });
    expect(await takeBuiltHolidayFiles(record, 'k1', folder, staging)).toBe(3);
    expect(await readdir(staging)).not.toContain('stale.json');
  });

  it.each([
    ['another label', { key: 'k0', count: 3 }, 'k1'],
    ['no label this time (a source could not be read)', { key: 'k1', count: 3 }, null],
    ['a different number of files', { key: 'k1', count: 4 }, 'k1'],
  ])('leaves them, and forgets the record, with %s', async (_, built, key) => {
    const { folder, staging, record } = await setUp();
    await recordBuiltHolidayFiles(record, { ...built, folder });
    expect(await takeBuiltHolidayFiles(record, key, folder, staging)).toBeUndefined();
    expect((await readdir(folder)).length).toBe(3);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(record)).toBe(false);
  });

  it('leaves them when the record names another folder, or there is no record or no folder', async () => {
    const { root, folder, staging, record } = await setUp();
    expect(await takeBuiltHolidayFiles(record, 'k1', folder, staging)).toBeUndefined();
    await recordBuiltHolidayFiles(record, { key: 'k1', folder: join(root, 'elsewhere'), count: 3 });
    expect(await takeBuiltHolidayFiles(record, 'k1', folder, staging)).toBeUndefined();
    await rm(folder, { recursive: true });
    await recordBuiltHolidayFiles(record, { key: 'k1', folder, count: 3 });
    expect(await takeBuiltHolidayFiles(record, 'k1', folder, staging)).toBeUndefined();
    await writeFile(record, 'not JSON');
    expect(await takeBuiltHolidayFiles(record, 'k1', folder, staging)).toBeUndefined();
  });
});
