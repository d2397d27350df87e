/**
 * Holidays the `date-holidays` data lacks, added at build time with their
 * source. Keep this list short and sourced: it fills known gaps, it is not a
 * second data set.
 *
 * India: `date-holidays` lists only India's fixed-date national days, not the
 * lunisolar festivals. Diwali (Deepavali) is one of the central government's
 * compulsory closed holidays, so it is added here. Dates are those of the
 * `DIWALI_INDIA_DATES` table of the `holidays` Python library (vacanza/holidays,
 * MIT licence), which follows the published government lists.
 */

/** One added holiday: region id, name, and its date in each year the source gives. */
export interface Supplement {
  /** Region id it applies to; a country id applies to every subdivision too. */
  region: string;
  /** English name, as the plan shows it. */
  name: string;
  /** `YYYY-MM-DD` by year. */
  dates: Readonly<Record<number, string>>;
}

/** Every supplement the build applies. */
export const SUPPLEMENTS: readonly Supplement[] = [
  {
    region: 'IN',
    name: 'Diwali',
    dates: {
      2024: '2024-11-01',
      2025: '2025-10-20',
      2026: '2026-11-08',
      2027: '2027-10-29',
      2028: '2028-10-17',
      2029: '2029-11-05',
      2030: '2030-10-26',
      2031: '2031-11-14',
      2032: '2032-11-02',
      2033: '2033-10-22',
      2034: '2034-11-10',
      2035: '2035-10-30',
    },
  },
];

/** The supplements for a region and year (a country's apply to its subdivisions). */
export function supplementsFor(region: string, year: number): { date: string; name: string }[] {
  const country = region.slice(0, 2);
  return SUPPLEMENTS.filter((s) => s.region === region || s.region === country).flatMap((s) => {
    const date = s.dates[year];
    return date ? [{ date, name: s.name }] : [];
  });
}
