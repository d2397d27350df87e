/**
 * The "Move" form of a step, so the component only renders: what it starts
 * with (where the step is now, on the user's clock), the recommended window
 * beside it, reading what was typed (a specific message per field, nothing
 * typed is lost), and how a moved step says so.
 */
import { warningSentence } from '../plan/move-phrases.ts';
import type { Step } from '../plan/types.ts';
import { formatMoment } from '../time/format.ts';
import { dateOf, instantOf, localFrom, localOf } from '../time/wall-clock.ts';
import { isLocalDate, momentMs } from '../time/zoned.ts';

/** What the move form holds, as typed. */
export interface MoveForm {
  /** The new day, `YYYY-MM-DD`. */
  date: string;
  /** The new time, `HH:MM`. */
  time: string;
}

/** The form's first values: where the step is now, on the user's clock. */
export function moveFormFor(step: Step): MoveForm {
  const local = localOf(momentMs(step.recommended), step.recommended.zone);
  return { date: dateOf(local), time: new Date(local).toISOString().slice(11, 16) };
}

/** Messages for what cannot be read, one per field. */
export const MOVE_ERRORS = {
  noDate: 'Pick the day to move it to.',
  badDate: 'Write the day as year-month-day, e.g. 2026-12-08.',
  noTime: 'Pick a time.',
  badTime: 'Write the time as hours and minutes, e.g. 09:30.',
} as const;

/**
 * A typed day and time on `zone`'s clock as an instant, or a message for each
 * that cannot be read (`messages` says what to ask for when one is empty).
 */
export function readDayTime(
  typed: { date: string; time: string },
  zone: string,
  messages: { noDate: string; noTime: string },
): { ok: true; at: number } | { ok: false; errors: { date?: string; time?: string } } {
  const date = typed.date.trim();
  const time = typed.time.trim();
  const errors: { date?: string; time?: string } = {};
  if (date === '') errors.date = messages.noDate;
  else if (!isLocalDate(date)) errors.date = MOVE_ERRORS.badDate;
  if (time === '') errors.time = messages.noTime;
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.time = MOVE_ERRORS.badTime;
  if (errors.date || errors.time) return { ok: false, errors };
  return { ok: true, at: instantOf(localFrom(date, time), zone) };
}

/** The instant the form asks for (ISO 8601), or a message for each field that cannot be read. */
export function readMoveForm(
  form: MoveForm,
  zone: string,
): { ok: true; at: string } | { ok: false; errors: Partial<Record<keyof MoveForm, string>> } {
  const read = readDayTime(form, zone, MOVE_ERRORS);
  return read.ok ? { ok: true, at: new Date(read.at).toISOString() } : read;
}

/** "Recommended: Tuesday 10 November at 09:00, any time from … to …" (the plan's own moment, even once moved). */
export function recommendedLine(step: Step, locale: string): string {
  const from = step.moved?.from ?? step.recommended;
  const window = step.moved?.window ?? step.window;
  return `Recommended: ${formatMoment(from, locale)}; any time from ${formatMoment(window.earliest, locale)} to ${formatMoment(window.latest, locale)} is fine.`;
}

/** What a moved step's badge says. */
export const MOVED_BADGES = { you: 'Moved by you', follows: 'Moved with another step' } as const;

/** The line beside the badge: "The plan had Tuesday 10 November at 09:00." (and, following, which step it keeps its spacing after). */
export function movedLine(step: Step, locale: string): string | null {
  const move = step.moved;
  if (!move) return null;
  const was = `The plan had ${formatMoment(move.from, locale)}.`;
  return move.by === 'you' ? was : `It keeps its spacing after “${move.leader?.title ?? ''}”. ${was}`;
}

/** The step's warnings as one sentence, or null. */
export const warningsLine = (step: Step): string | null =>
  step.warnings && step.warnings.length > 0 ? warningSentence(step.warnings) : null;
