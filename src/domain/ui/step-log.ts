/**
 * What the user records when they do a step: when (now, unless they say
 * otherwise), how it went out, a note in their own words, and what came back.
 * The form's first values, reading what was typed (a message per field,
 * nothing typed is lost), and how a log reads on the step and in exports.
 */
import { STEP_CHANNELS, type Step, type StepChannel } from '../plan/types.ts';
import { formatDay, formatMoment } from '../time/format.ts';
import { dateOf, localOf, momentAt } from '../time/wall-clock.ts';
import { isLocalDate } from '../time/zoned.ts';
import { REPLY_KINDS, type ReplyKind, type StepLog } from './saved-plans.ts';
import { readDayTime } from './step-move.ts';

/** How each channel is named in the log. */
export const CHANNEL_LABELS: Record<StepChannel, string> = {
  email: 'Email',
  phone: 'Phone call',
  card: 'Card',
  linkedin: 'LinkedIn',
  none: 'Nothing sent',
};

/** The channel as the end of "Done … by …". */
const CHANNEL_WORDS: Record<StepChannel, string> = {
  email: 'by email',
  phone: 'by phone',
  card: 'by card',
  linkedin: 'on LinkedIn',
  none: '',
};

/** The choices for what came back. */
export const REPLY_LABELS: Record<ReplyKind, string> = {
  none: 'No reply yet',
  replied: 'They replied',
  'new-date': 'They gave a new date',
};

/** The channels as form options, in order. */
export const CHANNEL_OPTIONS: [StepChannel, string][] = STEP_CHANNELS.map((c) => [c, CHANNEL_LABELS[c]]);

/** The replies as form options, in order. */
export const REPLY_OPTIONS: [ReplyKind, string][] = REPLY_KINDS.map((r) => [r, REPLY_LABELS[r]]);

/** The log a step gets when it is marked done: now, by its own channel, no note. */
export function defaultLog(step: Step, now: number): StepLog {
  return { at: new Date(now).toISOString(), channel: step.channel, note: '', reply: 'none', newDate: '' };
}

/** The log form as typed. */
export interface LogForm {
  /** Day it was done, `YYYY-MM-DD`. */
  date: string;
  /** Time it was done, `HH:MM`. */
  time: string;
  /** How it went out. */
  channel: StepChannel;
  /** The note, as typed. */
  note: string;
  /** What came back. */
  reply: ReplyKind;
  /** The date they gave, `YYYY-MM-DD`. */
  newDate: string;
}

/** The form's first values: the log as saved, on the user's clock. */
export function logFormFor(log: StepLog, zone: string): LogForm {
  const local = localOf(Date.parse(log.at), zone);
  return {
    date: dateOf(local),
    time: new Date(local).toISOString().slice(11, 16),
    channel: log.channel,
    note: log.note,
    reply: log.reply,
    newDate: log.newDate,
  };
}

/** Messages for what cannot be read, one per field. */
export const LOG_ERRORS = {
  noDate: 'Give the day you did it.',
  noTime: 'Give the time you did it.',
  future: 'That is still to come: give the day and time you did it.',
  noNewDate: 'Give the date they mentioned.',
  badNewDate: 'Write the date as year-month-day, e.g. 2026-12-18.',
} as const;

/** The log the form asks for, or a message for each field that cannot be read. */
export function readLogForm(
  form: LogForm,
  zone: string,
  now: number,
): { ok: true; log: StepLog } | { ok: false; errors: Partial<Record<keyof LogForm, string>> } {
  const read = readDayTime(form, zone, LOG_ERRORS);
  const errors: Partial<Record<keyof LogForm, string>> = read.ok ? {} : { ...read.errors };
  const newDate = form.newDate.trim();
  if (form.reply === 'new-date') {
    if (newDate === '') errors.newDate = LOG_ERRORS.noNewDate;
    else if (!isLocalDate(newDate)) errors.newDate = LOG_ERRORS.badNewDate;
  }
  const at = read.ok ? read.at : NaN;
  if (at > now) errors.date = LOG_ERRORS.future;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    log: {
      at: new Date(at).toISOString(),
      channel: form.channel,
      note: form.note,
      reply: form.reply,
      newDate: form.reply === 'new-date' ? newDate : '',
    },
  };
}

/**
 * A log in words, one line each: "Done Tuesday 1 December at 14:05 by email.",
 * the note exactly as typed, and what came back ("They gave a new date:
 * Friday 18 December.").
 */
export function logLines(log: StepLog, zone: string, locale = 'en-GB'): string[] {
  const by = CHANNEL_WORDS[log.channel];
  const when = formatMoment(momentAt(Date.parse(log.at), zone), locale);
  const reply =
    log.reply === 'new-date' && log.newDate
      ? `They gave a new date: ${formatDay(log.newDate, locale)}.`
      : log.reply === 'replied'
        ? 'They replied.'
        : '';
  return [`Done ${when}${by ? ` ${by}` : ''}.`, log.note.trim() ? `Note: ${log.note}` : '', reply].filter(Boolean);
}
