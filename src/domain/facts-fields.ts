/**
 * Zod field builders for the facts schema: each turns what a form field holds
 * into a clean value or a specific, kind message saying how to fix it. Text is
 * tidied (runs of whitespace collapse to one space) but never re-spelled.
 */
import * as z from 'zod/mini';
import { DURATION_MINUTES, LIMITS } from './facts.ts';
import { isKnownTimeZone, isLocalDate } from './time/zoned.ts';

type Payload = z.core.ParsePayload;
/** Records a field problem with its human message (Zod aborts the field with it). */
export const problem = (ctx: Payload, input: unknown, message: string): never => {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
};
/** Collapses runs of whitespace (including newlines) and trims, so drafts stay one tidy line per fact. */
export const tidy = (value: string): string => value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
const str = z.string('Type some text here.');

/** Required text: tidied, never blank, at most `max` characters. */
export const requiredText = (max: number, empty: string, tooLong: string) =>
  z.pipe(
    str,
    z.transform((raw: string, ctx) => {
      const value = tidy(raw);
      if (value === '') return problem(ctx, raw, empty);
      return value.length > max ? problem(ctx, raw, tooLong) : value;
    }),
  );

/** Optional text: tidied; empty becomes null; at most `max` characters. */
export const optionalText = (max: number, tooLong: string) =>
  z.pipe(
    str,
    z.transform((raw: string, ctx): string | null => {
      const value = tidy(raw);
      if (value.length > max) return problem(ctx, raw, tooLong);
      return value === '' ? null : value;
    }),
  );

/** Deliberately simple: an @, something before it, and a dotted domain after it. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** An optional email: empty becomes null, anything else must look like an address. */
export const optionalEmail = z.pipe(
  str,
  z.transform((raw: string, ctx): string | null => {
    const value = raw.trim();
    if (value === '') return null;
    if (value.length > LIMITS.email || !EMAIL_PATTERN.test(value)) {
      return problem(ctx, raw, 'That email address looks incomplete — check for an @ and a domain.');
    }
    return value;
  }),
);

/** A required calendar date, `YYYY-MM-DD`, that really exists. */
export const dateField = (empty: string) =>
  z.pipe(
    str,
    z.transform((raw: string, ctx) => {
      const value = raw.trim();
      if (value === '') return problem(ctx, raw, empty);
      return isLocalDate(value) ? value : problem(ctx, raw, "That isn't a real date — check the day, month and year.");
    }),
  );

/** `HH:MM` or `HH:MM:SS`, 24-hour. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;
/** A required time of day, `HH:MM` (seconds are dropped). */
export const timeField = (empty: string) =>
  z.pipe(
    str,
    z.transform((raw: string, ctx) => {
      const value = raw.trim();
      if (value === '') return problem(ctx, raw, empty);
      return TIME_PATTERN.test(value)
        ? value.slice(0, 5)
        : problem(ctx, raw, 'Enter the time as hours and minutes, like 14:30.');
    }),
  );

const parseMinutes = (raw: string | number, ctx: Payload, empty: string | null): number | null => {
  const text = String(raw).trim();
  if (text === '') return empty === null ? null : problem(ctx, raw, empty);
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(minutes))
    return problem(ctx, raw, 'Enter the length in whole minutes, like 45.');
  if (minutes < DURATION_MINUTES.min || minutes > DURATION_MINUTES.max) {
    return problem(
      ctx,
      raw,
      `Enter a length between ${DURATION_MINUTES.min} and ${DURATION_MINUTES.max} minutes (8 hours).`,
    );
  }
  return minutes;
};
const minutesInput = z.union([z.string(), z.number()], 'Enter the length in whole minutes, like 45.');
/** The interview length in whole minutes, as text or a number. */
export const requiredDuration = z.pipe(
  minutesInput,
  z.transform(
    (raw: string | number, ctx): number => parseMinutes(raw, ctx, 'Add roughly how long it lasted, in minutes.') ?? 0,
  ),
);
/** A length in whole minutes, or null when left empty (another round: same as the interview). */
export const optionalDuration = z.pipe(
  minutesInput,
  z.transform((raw: string | number, ctx) => parseMinutes(raw, ctx, null)),
);

/** An IANA time zone the runtime knows. */
export const timeZoneField = z.pipe(
  str,
  z.transform((raw: string, ctx) => {
    const value = raw.trim();
    if (value === '') return problem(ctx, raw, 'Pick your time zone from the list.');
    return isKnownTimeZone(value)
      ? value
      : problem(ctx, raw, "We don't recognise that time zone. Pick one from the list.");
  }),
);

/** Accepts anything and keeps it only if it has the expected type (for fields the form always fills). */
export const loose = <T>(keep: (v: unknown) => v is T, fallback: T) =>
  z.transform((v: unknown): T => (keep(v) ? v : fallback));
/** Type guard for strings (used with `loose`). */
export const isString = (v: unknown): v is string => typeof v === 'string';
/** Type guard for booleans (used with `loose`). */
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** One of a fixed list of options, with one message for a missing or unknown choice. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, message);
