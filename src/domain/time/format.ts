/**
 * Human wording for dates and moments, so components never build date
 * sentences themselves. Uses Intl only (no DOM), always in the moment's zone.
 */
import { dateOf, localOf } from './wall-clock.ts';
import { daysBetween, momentMs, type LocalDate, type Moment } from './zoned.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

/** A calendar date as a reader says it, e.g. "Tuesday 3 November" (en-GB). */
export function formatDay(date: LocalDate, locale = 'en-GB'): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

/** A calendar date in short form, e.g. "Mon 6 April" (en-GB): how a move names the days it skipped. */
export function formatShortDay(date: LocalDate, locale = 'en-GB'): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

/** The wall-clock time of an instant in `zone`, e.g. "09:00". */
export function formatClock(instant: number, zone: string, locale = 'en-GB'): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(instant);
}

/** A zone as people name it: its city, "America/New_York" → "New York" ("UTC" stays as it is). */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/** A moment in its own zone, e.g. "Friday 20 November at 09:00" (en-GB). */
export function formatMoment(moment: Moment, locale = 'en-GB'): string {
  return formatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: moment.zone,
  }).format(momentMs(moment));
}

/**
 * How far a moment is from now, by calendar day in the moment's zone:
 * "today", "tomorrow", "in 6 days", "yesterday", "3 days ago" (locale wording).
 */
export function describeRelative(moment: Moment, now: Date | number, locale = 'en-GB'): string {
  const today = dateOf(localOf(+now, moment.zone));
  const days = daysBetween(today, dateOf(localOf(momentMs(moment), moment.zone)));
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) >= 14) return words.format(Math.round(days / 7), 'week');
  return words.format(days, 'day');
}

/** How a moment reads at a given time. */
export interface WhenLine {
  /** e.g. "Friday 20 November at 09:00". */
  when: string;
  /** e.g. "tomorrow", "in 6 days", "today", "was due yesterday". */
  relative: string;
  /** Whether its window has closed. */
  late: boolean;
  /** Once the recommended moment has passed on an earlier day but the window is open: until when it is on time. */
  onTimeUntil: string | null;
}

/**
 * Dates and relative wording for a recommended moment and the end of its
 * window. A moment earlier today still reads "today"; one on an earlier day
 * reads "was due yesterday" (never a bare "yesterday" beside "due now").
 */
export function describeWhen(recommended: Moment, latest: Moment, now: number, locale: string): WhenLine {
  const at = momentMs(recommended);
  const late = now > momentMs(latest);
  const sameDay = dateOf(localOf(now, recommended.zone)) === dateOf(localOf(at, recommended.zone));
  const relative = describeRelative(recommended, now, locale);
  const earlierDay = now > at && !sameDay;
  return {
    when: formatMoment(recommended, locale),
    relative: earlierDay ? `was due ${relative}` : relative,
    late,
    onTimeUntil: earlierDay && !late ? formatMoment(latest, locale) : null,
  };
}

/** The sentence shown under a step whose recommended moment has passed but which is still on time. */
export function onTimeSentence(until: string): string {
  return `Still on time until ${until}: do it today if you can.`;
}
