/**
 * `validateFacts`: the one call the wizard makes. It runs the field schema,
 * then the checks that compare fields or need the current time, and returns
 * either clean `Facts` or a list of errors keyed by dotted form paths
 * (`interview.date`, `interviewers.0.email`, `decision.date`, `events.1.time`).
 */
import { safeParse } from 'valibot';
import type { Facts } from './facts.ts';
import { TIME_PATTERN } from './facts-fields.ts';
import { EVENT_DATE_EMPTY, factsShapeSchema, toFacts } from './facts-schema.ts';
import { formatDay } from './time/format.ts';
import { addYears, dateOf, localFrom, localOf } from './time/wall-clock.ts';
import { daysBetween, isKnownTimeZone, isLocalDate } from './time/zoned.ts';
import { LIMITS } from './facts.ts';

/** One problem with the input, shown next to the field at `path`. */
export interface FieldError {
  /** Dotted path of the form field, e.g. `interviewers.0.email`. */
  path: string;
  /** What is wrong and how to fix it, in plain, kind words. */
  message: string;
}

/** Either usable facts or the errors to show. */
export type ValidationResult = { ok: true; facts: Facts } | { ok: false; errors: FieldError[] };

type Raw = Record<string, unknown>;
const obj = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Days away: the last day after the first, and no run longer than `LIMITS.awayDays`. */
function checkAway(away: unknown): FieldError[] {
  const errors: FieldError[] = [];
  (Array.isArray(away) ? away : []).forEach((raw, index) => {
    const [from, to] = [text(obj(raw)['from']), text(obj(raw)['to'])];
    if (!isLocalDate(from) || !isLocalDate(to)) return;
    const path = `away.${index}.to`;
    if (to < from) errors.push({ path, message: `The last day can't be before the first (${formatDay(from)}).` });
    else if (daysBetween(from, to) >= LIMITS.awayDays)
      errors.push({
        path,
        message: `Keep each stretch under ${LIMITS.awayDays} days — add another for a longer time away.`,
      });
  });
  return errors;
}

/**
 * The answer date of another offer: given, real, not before the interview or
 * the day the offer came, within a year. Never compared with today, so a saved
 * plan stays valid once the date has passed.
 */
function checkOfferDeadline(due: string, came: string, interview: string, fail: (message: string) => void): void {
  if (due === '') fail('Add the day your answer to the other offer is due.');
  else if (!isLocalDate(due)) fail("That isn't a real date — check the day, month and year.");
  else if (due < interview)
    fail(`Your answer date can't be before the interview (${formatDay(interview)}) — check the date.`);
  else if (isLocalDate(came) && due < came)
    fail(`Your answer date can't be before the day the offer came (${formatDay(came)}).`);
  else if (due > dateOf(addYears(localFrom(interview), 1)))
    fail('That date is more than a year after the interview — check the year.');
}

/**
 * An offer's own fields: how it came (asked when it is recorded; absent in
 * plans saved before the question) and, when given, the day to answer by:
 * real, not before the offer came, within a year of the interview.
 */
function checkOffer(event: Record<string, unknown>, interview: string, fail: (field: string, message: string) => void) {
  if (event['offerVia'] === '') fail('offerVia', 'Say how the offer came: by phone, or by email or letter.');
  const by = text(event['answerBy']).trim();
  const came = text(event['date']);
  if (by === '') return;
  if (!isLocalDate(by)) fail('answerBy', "That isn't a real date — check the day, month and year.");
  else if (isLocalDate(came) && by < came)
    fail('answerBy', `Your answer can't be due before the offer came (${formatDay(came)}) — check the date.`);
  else if (by > dateOf(addYears(localFrom(interview), 1)))
    fail('answerBy', 'That date is more than a year after the interview — check the year.');
}

/** Checks that compare fields or depend on now; each runs only when its own fields are valid. */
function crossCheck(input: unknown, now: Date | number): FieldError[] {
  const errors: FieldError[] = [...checkAway(obj(input)['away'])];
  const interview = obj(obj(input)['interview']);
  const [date, time, zone] = [text(interview['date']), text(interview['time']), text(interview['timeZone'])];
  if (!isLocalDate(date) || !TIME_PATTERN.test(time) || !isKnownTimeZone(zone)) return errors;
  // Compared as wall-clock times in the user's zone, which is how the user reads them.
  const start = localFrom(date, time.slice(0, 5));
  const current = localOf(+now, zone);
  const today = dateOf(current);
  const onDay = formatDay(date);
  if (start < addYears(current, -1))
    errors.push({ path: 'interview.date', message: 'That date is more than a year ago — check the year.' });
  if (start > addYears(current, 1))
    errors.push({ path: 'interview.date', message: 'That date is more than a year away — check the year.' });
  const yearAfter = dateOf(addYears(start, 1));

  const decision = obj(obj(input)['decision']);
  const kind = decision['kind'];
  if (kind === 'decide-by' || kind === 'will-call') {
    const given = text(decision['date']);
    const what = kind === 'decide-by' ? 'The decision date' : 'The day they said they would call';
    if (given === '')
      errors.push({
        path: 'decision.date',
        // The option's label, as ui/labels.ts has it (importing it would bring every label into the agenda's
        // bundle, 0.4 kB): validate-facts.test.ts checks the two agree.
        message: "Add the date they gave you, or choose “They didn't give a date”.",
      });
    else if (!isLocalDate(given))
      errors.push({ path: 'decision.date', message: "That isn't a real date — check the day, month and year." });
    else if (given < date)
      errors.push({ path: 'decision.date', message: `${what} can't be before the interview (${onDay}).` });
    else if (given > yearAfter)
      errors.push({
        path: 'decision.date',
        message: 'That date is more than a year after the interview — check the year.',
      });
  }

  const events = obj(input)['events'];
  (Array.isArray(events) ? events : []).forEach((raw, index) => {
    const event = obj(raw);
    const day = text(event['date']);
    const at = (field: string, message: string) => errors.push({ path: `events.${index}.${field}`, message });
    if (event['kind'] === 'another-offer')
      checkOfferDeadline(text(event['deadline']), day, date, (m) => at('deadline', m));
    if (event['kind'] === 'offer') checkOffer(event, date, at);
    // The next round's time is asked for with its day, whether or not the day is filled in yet.
    if (event['kind'] === 'another-round') {
      const begins = text(event['time']);
      if (begins === '') at('time', 'Add the time the next round starts.');
      else if (!TIME_PATTERN.test(begins)) at('time', 'Enter the time as hours and minutes, like 14:30.');
      else if (day === date && begins.slice(0, 5) <= time.slice(0, 5))
        at('time', 'The next round has to start after this interview.');
    }
    if (!isLocalDate(day)) return;
    if (day < date) at('date', `That's before the interview (${onDay}) — check the date.`);
    else if (event['kind'] === 'another-round') {
      if (day > dateOf(addYears(current, 1))) at('date', 'That date is more than a year away — check the year.');
    } else if (day > today) at('date', "That date hasn't come yet — add this once it has happened.");
  });
  return errors;
}

/** A missing event date, said for the event it belongs to (the schema's message, EVENT_DATE_EMPTY, suits one that has happened). */
const EVENT_DATE_MISSING: ReadonlyMap<string, string> = new Map([['another-round', 'Add the day of the next round.']]);

/** The kind of the event whose date `path` names (`events.2.date`), if it names one. */
function eventKindAt(input: unknown, path: string): string | null {
  const index = /^events\.(\d+)\.date$/u.exec(path)?.[1];
  if (index === undefined) return null;
  const events = obj(input)['events'];
  const kind = Array.isArray(events) ? obj(events[Number(index)])['kind'] : null;
  return typeof kind === 'string' ? kind : null;
}

/**
 * Validates what the form stored against the schema and the rules that need
 * `now`. Errors come first-per-field, in form order, ready to show.
 */
export function validateFacts(input: unknown, { now }: { now: Date | number }): ValidationResult {
  if (typeof input !== 'object' || input === null) {
    return {
      ok: false,
      errors: [{ path: '', message: "We couldn't read your answers. Please start the form again." }],
    };
  }
  const parsed = safeParse(factsShapeSchema, input);
  const errors: FieldError[] = (parsed.issues ?? []).map((issue) => {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    const missing =
      issue.message === EVENT_DATE_EMPTY ? EVENT_DATE_MISSING.get(eventKindAt(input, path) ?? '') : undefined;
    return { path, message: missing ?? issue.message };
  });
  const seen = new Set(errors.map((e) => e.path));
  for (const error of crossCheck(input, now)) {
    if (!seen.has(error.path)) errors.push(error);
    seen.add(error.path);
  }
  const unique = errors.filter((e, i) => errors.findIndex((f) => f.path === e.path) === i);
  if (unique.length > 0 || !parsed.success) return { ok: false, errors: unique };
  return { ok: true, facts: toFacts(parsed.output) };
}

/** The errors for one form section or field (`prefix` like `interviewers.0`), for a wizard step. */
export function errorsUnder(errors: readonly FieldError[], prefix: string): FieldError[] {
  return errors.filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`));
}
