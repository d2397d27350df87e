/**
 * Build-time only: derives the planner's compact holiday tables from the
 * `date-holidays` data (ISC code; data CC BY-SA 3.0, credited on the planner
 * page and in the README), for the years the planner can reach. The browser
 * never loads this module or the library: the build writes one small JSON
 * file per region (/holidays/<id>.json), an index of regions for the picker
 * and a map from time zones to regions (zone data: `countries-and-timezones`,
 * MIT, from the IANA database).
 *
 * What counts: holidays of type `public` and `bank` (in the library's terms,
 * days offices close), not observances, optional or school holidays; a
 * holiday that starts after noon (Christmas Eve from 14:00 in Germany) leaves
 * the working morning open, so it does not count.
 */
import Holidays from 'date-holidays';
import ct from 'countries-and-timezones';
import type { HolidayTableJson } from '../../domain/holidays/table.ts';
import { supplementsFor } from './supplements.ts';
import { holidayYears } from './years.ts';

export { holidayYears };

const COUNTED = new Set(['public', 'bank']);
const names = new Holidays();
const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/**
 * Country names as people say them ("United States", not "United States of
 * America"): CLDR's, unless it is a disambiguation ("Congo - Kinshasa", "Hong
 * Kong SAR China"), where the library's reads better.
 */
const countryNames: Record<string, string> = Object.fromEntries(
  Object.entries(names.getCountries('en')).map(([code, name]) => {
    const cldr = displayNames.of(code);
    return [code, cldr && !/ - | SAR /.test(cldr) ? cldr : name];
  }),
);

/** One region a user can pick: a country, or a subdivision of one. */
export interface RegionEntry {
  /** `GB`, `GB-ENG`. */
  id: string;
  /** English name. */
  name: string;
}

/** Every country with its subdivisions (empty when it has none), sorted by name. */
export function listCountries(): { country: RegionEntry; subdivisions: RegionEntry[] }[] {
  return Object.entries(countryNames)
    .map(([code, name]) => ({
      country: { id: code, name },
      subdivisions: Object.entries(names.getStates(code, 'en') ?? {})
        .map(([sub, subName]) => ({ id: `${code}-${sub}`, name: subName }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }))
    .sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));
}

/** Every region id the build writes a table for. */
export function regionIds(): string[] {
  return listCountries().flatMap(({ country, subdivisions }) => [country.id, ...subdivisions.map((s) => s.id)]);
}

/**
 * Weekly closing days from the Unicode CLDR week data (via Intl), as
 * JavaScript weekdays. Where CLDR names a single day, the day before it is
 * added (offices in India and Uganda commonly close on Saturday as well as
 * Sunday, and in Iran on Thursday as well as Friday): a follow-up is never
 * planned for a day many offices are shut.
 */
export function weekendOf(country: string): number[] {
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & {
    getWeekInfo?: () => { weekend: number[] };
    weekInfo?: { weekend: number[] };
  };
  const iso = (locale.getWeekInfo?.() ?? locale.weekInfo)?.weekend ?? [6, 7];
  const days = iso.map((d) => d % 7);
  if (days.length === 1) days.unshift((days[0]! + 6) % 7);
  return days;
}

function holidaysOf(id: string): Holidays {
  const [country, sub] = id.split('-') as [string, string | undefined];
  return sub ? new Holidays(country, sub) : new Holidays(country);
}

const tables = new Map<string, HolidayTableJson>();

/** The compact table for one region over `years` (inclusive); computed once per build. */
export function regionTable(id: string, years: [number, number]): HolidayTableJson {
  const key = `${id}:${years.join('-')}`;
  let table = tables.get(key);
  if (!table) tables.set(key, (table = deriveTable(id, years)));
  return table;
}

function deriveTable(id: string, years: [number, number]): HolidayTableJson {
  const [country, sub] = id.split('-') as [string, string | undefined];
  const source = holidaysOf(id);
  const tableNames: string[] = [];
  const days: Record<string, number[]> = {};
  const add = (date: string, name: string, into: Map<string, string>) => {
    if (!into.has(date)) into.set(date, name);
  };
  for (let year = years[0]; year <= years[1]; year++) {
    const found = new Map<string, string>();
    for (const h of source.getHolidays(year, 'en')) {
      if (!COUNTED.has(h.type) || Number(h.date.slice(11, 13)) >= 12) continue;
      // Multi-day holidays: every calendar day they touch before their end.
      const first = Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`);
      const spanDays = Math.max(1, Math.round((+h.end - +h.start) / 86_400_000));
      for (let d = 0; d < spanDays; d++) {
        const date = new Date(first + d * 86_400_000).toISOString().slice(0, 10);
        if (date.startsWith(String(year))) add(date, h.name, found);
      }
    }
    for (const extra of supplementsFor(id, year)) add(extra.date, extra.name, found);
    const pairs: number[] = [];
    for (const [date, name] of [...found].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let index = tableNames.indexOf(name);
      if (index === -1) index = tableNames.push(name) - 1;
      pairs.push(Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10)), index);
    }
    days[String(year)] = pairs;
  }
  const countryName = countryNames[country] ?? country;
  const subName = sub ? names.getStates(country, 'en')?.[sub] : undefined;
  return {
    v: 1,
    id,
    name: subName ?? countryName,
    country: countryName,
    years,
    weekend: weekendOf(country),
    names: tableNames,
    days,
  };
}

/**
 * Zones whose city clearly lies in one subdivision that the library's zone
 * lists leave ambiguous (it lists London for every UK nation, Sydney for both
 * New South Wales and the ACT, Toronto for Ontario and Quebec).
 */
const CITY_SUBDIVISIONS: Readonly<Record<string, string>> = {
  'Europe/London': 'GB-ENG',
  'Australia/Sydney': 'AU-NSW',
  'America/Toronto': 'CA-ON',
  'America/Edmonton': 'CA-AB',
  'America/Winnipeg': 'CA-MB',
  'America/Moncton': 'CA-NB',
  'America/Sao_Paulo': 'BR-SP',
  'America/Recife': 'BR-PE',
  'America/Fortaleza': 'BR-CE',
  'America/Belem': 'BR-PA',
};

/**
 * The default region for every IANA zone name (aliases included, since
 * browsers report either `Asia/Calcutta` or `Asia/Kolkata`): the zone's main
 * country, narrowed to a subdivision when the holiday data ties the zone to
 * exactly one (Melbourne → Victoria) or its city is in one (London →
 * England). A zone of a country the holiday data lacks still maps to that
 * country, so the planner can name it when it falls back to weekends only.
 */
export function zoneRegions(): Record<string, string> {
  const known = new Set(regionIds());
  const bySubdivision = new Map<string, string[]>();
  for (const id of known) {
    if (!id.includes('-')) continue;
    const country = id.slice(0, 2);
    const own = holidaysOf(id).getTimezones() ?? [];
    const national = new Holidays(country).getTimezones() ?? [];
    if (JSON.stringify(own) === JSON.stringify(national)) continue;
    for (const zone of own) bySubdivision.set(zone, [...(bySubdivision.get(zone) ?? []), id]);
  }
  const map: Record<string, string> = {};
  for (const zone of Object.values(ct.getAllTimezones({ deprecated: true }))) {
    const country = zone.countries[0];
    if (!country) continue;
    const target = zone.aliasOf ?? zone.name;
    const city = CITY_SUBDIVISIONS[target];
    const subs = (bySubdivision.get(target) ?? bySubdivision.get(zone.name) ?? []).filter((id) =>
      id.startsWith(`${country}-`),
    );
    map[zone.name] = city && known.has(city) ? city : subs.length === 1 ? subs[0]! : country;
  }
  return map;
}
