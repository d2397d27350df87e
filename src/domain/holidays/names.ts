/**
 * How regions are named: "England, United Kingdom", "the United States",
 * "bank holiday" or "public holiday". Kept apart from the move wording so the
 * wizard can name a region without loading date formatting.
 */
import type { HolidayTable } from './table.ts';

/** Where "bank holiday" is what people call a public holiday. */
const BANK_HOLIDAY_COUNTRIES = new Set(['GB', 'IE', 'IM', 'JE', 'GG']);

/** "bank holiday" in the UK and Ireland, "public holiday" elsewhere. */
export function holidayWord(regionId: string): string {
  return BANK_HOLIDAY_COUNTRIES.has(regionId.slice(0, 2)) ? 'bank holiday' : 'public holiday';
}

// Country names read with "the": the United States, the Netherlands, the Cayman Islands.
const WITH_THE =
  /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros)|Islands$|Republic|Kingdom|Emirates/;

/** A place as it reads after "in": "England", "the United States". */
export function placeName(name: string): string {
  // "England, United Kingdom" reads by its first part.
  const first = name.split(',')[0] ?? name;
  return WITH_THE.test(first) && !first.startsWith('The ') ? `the ${name}` : name;
}

/** The region as the wizard shows it: "England, United Kingdom" or "Japan". */
export function regionLabel(table: Pick<HolidayTable, 'id' | 'name' | 'country'>): string {
  return table.id.includes('-') && table.name !== table.country ? `${table.name}, ${table.country}` : table.name;
}

let names: Intl.DisplayNames | undefined;
/** A region id as a name when there is no table to name it: `NP` → "Nepal", `XX-YY` → "Country (YY)". */
export function regionName(region: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'region' });
  const country = names.of(region.slice(0, 2)) ?? region;
  return region.includes('-') ? `${country} (${region.slice(3)})` : country;
}
