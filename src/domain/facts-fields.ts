/**
 * Valibot field builders for the facts schema: each turns what a form field
 * holds into a clean value or a specific, kind message saying how to fix it.
 * Text is tidied (runs of whitespace collapse to one space) but never
 * re-spelled. A field missing from the input altogether reads as left empty,
 * so a form saved before a field existed gets that field's own message.
 */
import * as v from 'valibot';
import { DURATION_MINUTES } from './facts.ts';
import { isKnownTimeZone, isLocalDate } from './time/zoned.ts';
import { readEmail } from './email-address.ts';

/** Ends a field with its human message: returned from a `clean` step, it marks the field invalid. */
export type Fail = (message: string) => never;

/**
 * A step that either returns the clean value or calls `fail` with the message
 * to show (Valibot then stops the field there, with that message).
 */
export const clean = <In, Out>(read: (raw: In, fail: Fail) => Out) =>
  v.rawTransform<In, Out>(({ dataset, addIssue, NEVER }) =>
    read(dataset.value, (message) => {
      addIssue({ message });
      return NEVER;
    }),
  );

/** Collapses runs of whitespace (including newlines) and trims, so drafts stay one tidy line per fact. */
export const tidy = (value: string): string => value.replace(/[\s\p{Cc}]+/gu, ' ').trim();

/**
 * Characters that show nothing on their own: whitespace, control and format
 * characters (zero-width spaces and joiners U+200B–U+200D, the word joiner
 * U+2060, the byte-order mark U+FEFF, the soft hyphen, bidi marks), the
 * combining grapheme joiner and the Hangul fillers.
 */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cc}\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]+$/u;

/**
 * Whether `value` holds something, yet nothing in it would show: only
 * invisible characters, at least one of them not plain whitespace (a field of
 * spaces is simply empty).
 */
export const isInvisibleOnly = (value: string): boolean =>
  INVISIBLE_ONLY.test(value) && !/^\p{White_Space}*$/u.test(value);

/** The message for a name (or form of address) made only of invisible characters. */
export const INVISIBLE_NAME =
  'This holds only invisible characters (such as zero-width spaces), so nothing would show. Type the name as it is written.';

/** What a text field holds; absent reads as empty. */
const str = v.optional(v.string('Type some text here.'), '');

/** The step that tidies required text: never blank, at most `max` characters. */
const required = (max: number, empty: string, tooLong: string) =>
  clean((raw: string, fail) => {
    const value = tidy(raw);
    if (value === '') return fail(empty);
    return value.length > max ? fail(tooLong) : value;
  });

/** The step that tidies optional text: empty becomes null; at most `max` characters. */
const optional = (max: number, tooLong: string) =>
  clean((raw: string, fail): string | null => {
    const value = tidy(raw);
    if (value.length > max) return fail(tooLong);
    return value === '' ? null : value;
  });

/** Refuses, with `INVISIBLE_NAME`, a value that holds only invisible characters. */
const visible = () => clean((raw: string, fail) => (isInvisibleOnly(raw) ? fail(INVISIBLE_NAME) : raw));

/** An email address typed where a name belongs ("j.smith@acme.com", "Sam <sam@agency.co.uk>"). */
export const EMAIL_IN_NAME = /[^\s@<>()]+@[^\s@<>().]+\.[^\s@<>()]/u;

/** Refuses a name that holds an email address: the drafts would greet "Dear J.smith@acme.com". */
const notEmail = () =>
  clean((raw: string, fail) =>
    EMAIL_IN_NAME.test(raw)
      ? fail('That looks like an email address: put it in the email field and type their name here.')
      : raw,
  );

/** Required text: tidied, never blank, at most `max` characters. */
export const requiredText = (max: number, empty: string, tooLong: string) => v.pipe(str, required(max, empty, tooLong));

/**
 * A person's required name: as `requiredText`, and refused with `INVISIBLE_NAME` when nothing in it would show,
 * or with a pointer to the email field when it holds an email address.
 */
export const requiredName = (max: number, empty: string, tooLong: string) =>
  v.pipe(str, visible(), notEmail(), required(max, empty, tooLong));

/** Optional text: tidied; empty becomes null; at most `max` characters. */
export const optionalText = (max: number, tooLong: string) => v.pipe(str, optional(max, tooLong));

/** An optional name: as `optionalText`, and refused with `INVISIBLE_NAME` when it is there but nothing in it would show. */
export const optionalName = (max: number, tooLong: string) => v.pipe(str, visible(), optional(max, tooLong));

/** An optional email: empty becomes null; a pasted `mailto:` or `<…>` is tidied; anything else says what is wrong. */
export const optionalEmail = v.pipe(
  str,
  clean((raw: string, fail): string | null => {
    const read = readEmail(raw);
    return read.ok ? read.address : fail(read.message);
  }),
);

/** A required calendar date, `YYYY-MM-DD`, that really exists. */
export const dateField = (empty: string) =>
  v.pipe(
    str,
    clean((raw: string, fail) => {
      const value = raw.trim();
      if (value === '') return fail(empty);
      return isLocalDate(value) ? value : fail("That isn't a real date — check the day, month and year.");
    }),
  );

/** `HH:MM` or `HH:MM:SS`, 24-hour. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;
/** A required time of day, `HH:MM` (seconds are dropped). */
export const timeField = (empty: string) =>
  v.pipe(
    str,
    clean((raw: string, fail) => {
      const value = raw.trim();
      if (value === '') return fail(empty);
      return TIME_PATTERN.test(value) ? value.slice(0, 5) : fail('Enter the time as hours and minutes, like 14:30.');
    }),
  );

/** Whole minutes within the allowed range; `empty` is the message for a blank field (null: blank is allowed). */
const parseMinutes = (raw: string | number, fail: Fail, empty: string | null): number | null => {
  const text = String(raw).trim();
  if (text === '') return empty === null ? null : fail(empty);
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(minutes)) return fail('Enter the length in whole minutes, like 45.');
  if (minutes < DURATION_MINUTES.min || minutes > DURATION_MINUTES.max) {
    return fail(`Enter a length between ${DURATION_MINUTES.min} and ${DURATION_MINUTES.max} minutes (8 hours).`);
  }
  return minutes;
};
const minutesInput = v.optional(v.union([v.string(), v.number()], 'Enter the length in whole minutes, like 45.'), '');
/** The interview length in whole minutes, as text or a number. */
export const requiredDuration = v.pipe(
  minutesInput,
  clean(
    (raw: string | number, fail): number => parseMinutes(raw, fail, 'Add roughly how long it lasted, in minutes.') ?? 0,
  ),
);
/** A length in whole minutes, or null when left empty (another round: same as the interview). */
export const optionalDuration = clean((raw: string | number, fail) => parseMinutes(raw, fail, null));

/**
 * The one zone a city typed alone names ("london" → "Europe/London", "new york" → "America/New_York"),
 * or null when none or several do, or the runtime cannot list its zones.
 */
export function zoneForCity(typed: string): string | null {
  const city = typed.trim().toLowerCase().replace(/\s+/gu, '_');
  if (city === '' || city.includes('/') || typeof Intl.supportedValuesOf !== 'function') return null;
  const found = Intl.supportedValuesOf('timeZone').filter((z) => z.toLowerCase().split('/').pop() === city);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** "We don't recognise that time zone", with the zone a city names when there is one. */
const unknownZone = (typed: string, rest: string): string => {
  const zone = zoneForCity(typed);
  return zone
    ? `We don't recognise “${typed}” as a time zone: did you mean “${zone}”? ${rest}`
    : `We don't recognise that time zone. ${rest}`;
};

/** An IANA time zone the runtime knows. */
export const timeZoneField = v.pipe(
  str,
  clean((raw: string, fail) => {
    const value = raw.trim();
    if (value === '') return fail('Pick your time zone from the list.');
    return isKnownTimeZone(value) ? value : fail(unknownZone(value, 'Pick one from the list.'));
  }),
);

/** The company's time zone: empty (null) means "the same as mine"; anything else must be a zone the runtime knows. */
export const theirTimeZoneField = v.pipe(
  str,
  clean((raw: string, fail): string | null => {
    const value = raw.trim();
    if (value === '') return null;
    return isKnownTimeZone(value)
      ? value
      : fail(unknownZone(value, "Pick one from the list, or leave it empty if it's yours."));
  }),
);

/**
 * A region id's shape (`GB`, `GB-ENG`, `CK-Rarotonga`), as holidays/table.ts
 * reads it; written out here so validation does not load the holiday modules.
 */
const REGION_SHAPE = /^[A-Z]{2}(-[A-Za-z0-9]{1,12})?$/;

/** The region whose holidays count: empty (null) means "the one their time zone suggests". */
export const regionField = v.pipe(
  str,
  clean((raw: string, fail): string | null => {
    const value = raw.trim();
    if (value === '') return null;
    return REGION_SHAPE.test(value) ? value : fail('Pick a country from the list.');
  }),
);

/** An optional date, `YYYY-MM-DD`, or null when left empty. */
export const optionalDateField = v.pipe(
  str,
  clean((raw: string, fail): string | null => {
    const value = raw.trim();
    if (value === '') return null;
    return isLocalDate(value) ? value : fail("That isn't a real date — check the day, month and year.");
  }),
);

/**
 * Accepts anything and keeps it only if it has the expected type, else
 * `fallback` (for fields the form always fills, and for absent ones).
 */
export const loose = <T>(keep: (v: unknown) => v is T, fallback: T) =>
  v.pipe(
    v.optional(v.unknown(), fallback),
    v.transform((value: unknown): T => (keep(value) ? value : fallback)),
  );
/** Type guard for strings (used with `loose`). */
export const isString = (v: unknown): v is string => typeof v === 'string';
/** Type guard for booleans (used with `loose`). */
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** One of a fixed list of options, with one message for a missing or unknown choice. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  v.pipe(v.optional(v.string(message), ''), v.picklist(values, message));

/** Type guard for plain objects (not arrays), the shape every form section has. */
export const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A form section, or one row of a list: anything that is not an object reads
 * as an empty one, so each field reports its own message instead of the
 * section failing as a whole.
 */
export const section = <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    loose(isObject, {}),
    v.transform((value) => value as v.InferInput<v.ObjectSchema<E, undefined>>),
    v.object(entries),
  );
