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
