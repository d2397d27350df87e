/**
 * How the planner names regions, holidays and the days a step skipped:
 * "Mon 6 April is Easter Monday, a bank holiday in England". Wording only;
 * which days were skipped is decided in plan/schedule.ts.
 */
import { formatShortDay } from '../time/format.ts';
import type { LocalDate } from '../time/zoned.ts';
import { holidayWord, placeName } from './names.ts';
import type { HolidayTable } from './table.ts';

/** One day a step passed over. */
export type SkippedDay =
  | {
      /** A public holiday of the region. */
      kind: 'holiday';
      /** The day. */
      date: LocalDate;
      /** Its name. */
      name: string;
    }
  | {
      /** One of the user's days away. */
      kind: 'away';
      /** The day. */
      date: LocalDate;
    };

/** "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Days away as "Tue 7 April" or, for a run of four or more, "Tue 7 April to Fri 10 April". */
function awayWords(dates: readonly LocalDate[]): string {
  if (dates.length >= 4) return `${formatShortDay(dates[0]!)} to ${formatShortDay(dates.at(-1)!)}`;
  return listWords(dates.map((d) => formatShortDay(d)));
}

/**
 * Why days were skipped: "Mon 6 April is Easter Monday, a bank holiday in
 * England", "Fri 3 April is Good Friday and Mon 6 April is Easter Monday, bank
 * holidays in England, and you are away on Tue 7 April". Empty when nothing
 * but weekends was skipped.
 */
export function describeSkipped(
  skipped: readonly SkippedDay[],
  region: Pick<HolidayTable, 'id' | 'name'> | null,
): string {
  const holidays = skipped.filter((d): d is Extract<SkippedDay, { kind: 'holiday' }> => d.kind === 'holiday');
  const away = skipped.filter((d) => d.kind === 'away').map((d) => d.date);
  const parts: string[] = [];
  if (holidays.length > 0 && region) {
    const word = holidayWord(region.id);
    const which = listWords(holidays.map((h) => `${formatShortDay(h.date)} is ${h.name}`));
    const kind = holidays.length === 1 ? `a ${word}` : `${word}s`;
    parts.push(`${which}, ${kind} in ${placeName(region.name)}`);
  }
  if (away.length > 0) parts.push(`you are away ${away.length >= 4 ? 'from' : 'on'} ${awayWords(away)}`);
  const text = parts.join(', and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
