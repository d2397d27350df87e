/**
 * Build-time only: everything under /holidays/ (each region's table, the
 * picker's index, the map from time zones to regions), derived once per build,
 * or read back from the previous build when nothing it derives from changed.
 *
 * Deriving takes most of the build (the holiday library works out five years
 * for every one of ~570 regions, lunar calendars included), yet its inputs
 * change rarely: the library's data, the zone data, the derivation code, the
 * years covered and the runtime's Unicode data. The kept copy is labelled with
 * a hash of all of them, and any difference derives afresh. The library loads
 * only then.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { HolidayTableJson } from '../../domain/holidays/table.ts';
import type { RegionIndexJson } from '../../domain/holidays/region-index.ts';
import { holidayYears } from './years.ts';

/** Every file the build writes under /holidays/. */
export interface HolidayFiles {
  /** Each region's table, by region id (`GB`, `GB-ENG`). */
  tables: Record<string, HolidayTableJson>;
  /** The region picker's index. */
  index: RegionIndexJson;
  /** The default region for every time zone name. */
  zones: Record<string, string>;
}

/** What the files derive from, relative to the project root (the build's working directory). */
const SOURCES = [
  'src/lib/holidays/region-tables.ts',
  'src/lib/holidays/region-index.ts',
  'src/lib/holidays/supplements.ts',
  'src/lib/holidays/holiday-files.ts',
  'node_modules/date-holidays/package.json',
  'node_modules/countries-and-timezones/package.json',
];

/** Where the previous build's copy is kept (node_modules/.cache, like other build tools' caches). */
const KEPT = 'node_modules/.cache/follow-through/holiday-files.json';

/** The label of the files a build with these years would derive; null when a source cannot be read. */
export function holidayFilesKey(years: [number, number], read: (path: string) => string = readText): string | null {
  const hash = createHash('sha256').update(`${years.join('-')}\0${process.versions.icu ?? ''}\0`);
  try {
    for (const path of SOURCES) hash.update(`${path}\0${read(path)}\0`);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

const readText = (path: string): string => readFileSync(path, 'utf8');

async function derive(years: [number, number]): Promise<HolidayFiles> {
  const { regionIds, regionTable, zoneRegions } = await import('./region-tables.ts');
  const { regionIndex } = await import('./region-index.ts');
  const tables = Object.fromEntries(regionIds().map((id) => [id, regionTable(id, years)]));
  return { tables, index: regionIndex(years), zones: zoneRegions() };
}

function readKept(key: string): HolidayFiles | null {
  try {
    const kept = JSON.parse(readText(KEPT)) as { key?: string; files?: HolidayFiles };
    return kept.key === key && kept.files ? kept.files : null;
  } catch {
    return null;
  }
}

function keep(key: string, files: HolidayFiles): void {
  try {
    mkdirSync(dirname(KEPT), { recursive: true });
    writeFileSync(KEPT, JSON.stringify({ key, files }));
  } catch {
    // No copy kept: the next build derives again, nothing else changes.
  }
}

let loading: Promise<HolidayFiles> | undefined;

/** The files for this build's years: the previous build's when their label matches, else derived (and kept). */
export function holidayFiles(): Promise<HolidayFiles> {
  loading ??= (async () => {
    const years = holidayYears();
    const key = holidayFilesKey(years);
    const kept = key ? readKept(key) : null;
    if (kept) return kept;
    const files = await derive(years);
    if (key) keep(key, files);
    return files;
  })();
  return loading;
}
