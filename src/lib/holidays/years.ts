/**
 * Build-time only, and light (no holiday library): the years the tables cover,
 * from the year before the build (an interview can be
 * up to a year ago) to three years after it (an interview up to a year ahead,
 * a decision up to a year after that, then a few weeks of check-ins, with
 * room for the site to go a while without a rebuild). Outside them the
 * planner knows weekends only, and says so. `SOURCE_DATE_EPOCH` pins the build
 * date for reproducible builds.
 */
export function holidayYears(buildDate: Date = buildTime()): [number, number] {
  const year = buildDate.getUTCFullYear();
  return [year - 1, year + 3];
}

function buildTime(): Date {
  const pinned = Number(process.env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(pinned) && pinned > 0 ? new Date(pinned * 1000) : new Date();
}
