/**
 * The facts schema: turns what the form stored (`FactsInput`) into clean,
 * typed `Facts` the planner can trust, with a specific, kind message for every
 * field a job seeker can get wrong. Cross-field and "now" checks live in
 * validate-facts.ts, which is what the wizard calls. Valibot, so the page
 * ships only the few validators this schema uses.
 */
import * as v from 'valibot';
import {
  CHANNELS,
  DECISION_KINDS,
  EVENT_KINDS,
  FORMATS,
  INTEREST,
  OFFER_VIA,
  STAGES,
  TONES,
  WENT,
  type OfferVia,
  type Stage,
} from './facts-input.ts';
import type { FactEvent, Facts, Interviewer } from './facts.ts';
import { LIMITS } from './facts.ts';
import {
  choice,
  dateField,
  isBoolean,
  isString,
  loose,
  optionalDuration,
  optionalEmail,
  optionalName,
  optionalText,
  requiredDuration,
  requiredName,
  requiredText,
  section,
  tidy,
  TIME_PATTERN,
  timeField,
  timeZoneField,
  theirTimeZoneField,
  regionField,
  optionalDateField,
} from './facts-fields.ts';
import { instantOf, localFrom, momentAt } from './time/wall-clock.ts';

const interviewerSchema = section({
  id: loose(isString, ''),
  name: requiredName(
    LIMITS.name,
    "Add this interviewer's name — even just a first name.",
    `Keep the name under ${LIMITS.name} characters.`,
  ),
  title: optionalText(LIMITS.title, `Keep the job title under ${LIMITS.title} characters.`),
  email: optionalEmail,
  linkedIn: loose(isBoolean, false),
  addressAs: optionalName(LIMITS.name, `Keep this under ${LIMITS.name} characters — a name and perhaps a title.`),
  discussed: optionalText(
    LIMITS.discussed,
    `Keep this under ${LIMITS.discussed} characters — a topic or one thing they said is plenty.`,
  ),
});

/** A list of interviewers (the wizard's people, or who the user will meet in another round): one to twelve. */
const peopleSchema = (none: string) =>
  v.pipe(
    v.array(interviewerSchema, none),
    v.minLength(1, none),
    v.maxLength(
      LIMITS.interviewers,
      `List up to ${LIMITS.interviewers} interviewers — the people you spoke with most.`,
    ),
  );

/** An event without a date (the message suits one that has happened; validate-facts.ts says it per kind). */
export const EVENT_DATE_EMPTY = 'Add the date this happened.';

const eventSchema = section({
  id: loose(isString, ''),
  kind: choice(EVENT_KINDS, 'Pick what happened.'),
  date: dateField(EVENT_DATE_EMPTY),
  time: loose(isString, ''),
  durationMinutes: v.pipe(
    loose((value): value is string | number => isString(value) || typeof value === 'number', ''),
    optionalDuration,
  ),
  stage: loose((value): value is Stage => STAGES.includes(value as Stage), 'later'),
  // Absent in plans saved before the question was asked: the same people as the round before.
  interviewers: v.optional(peopleSchema('Add at least one person you will meet — even just a first name.')),
  // An offer's: blank until the user says (validate-facts.ts asks), absent in plans saved before.
  offerVia: loose((value): value is OfferVia | '' => value === '' || OFFER_VIA.includes(value as OfferVia), ''),
  answerBy: loose(isString, ''),
  // Checked against the offer's own date in validate-facts.ts (only `another-offer` needs it).
  deadline: loose(isString, ''),
  otherEmployer: optionalText(LIMITS.company, `Keep the name under ${LIMITS.company} characters.`),
  mentionOther: loose(isBoolean, false),
  askFeedback: loose(isBoolean, false),
});

const awaySchema = section({
  id: loose(isString, ''),
  from: dateField("Add the first day you're away, or remove these dates."),
  to: optionalDateField,
});

/** The form's shape with per-field messages (no cross-field checks). */
export const factsShapeSchema = v.object({
  interview: section({
    date: dateField('Add the day of the interview.'),
    time: timeField('Add the time the interview started.'),
    durationMinutes: requiredDuration,
    timeZone: timeZoneField,
    theirTimeZone: theirTimeZoneField,
    region: regionField,
    format: choice(FORMATS, 'Pick how the interview took place.'),
    stage: choice(STAGES, 'Pick which stage this interview was.'),
    company: requiredText(
      LIMITS.company,
      "Add the company's name.",
      `Keep the company name under ${LIMITS.company} characters.`,
    ),
    role: optionalText(LIMITS.role, `Keep the job title under ${LIMITS.role} characters.`),
  }),
  interviewers: v.optional(peopleSchema('Add at least one interviewer — even just a first name.'), []),
  contact: v.optional(
    v.nullable(
      section({
        name: requiredName(
          LIMITS.name,
          'Add the name of the person who helped, or remove this contact.',
          `Keep the name under ${LIMITS.name} characters.`,
        ),
        role: optionalText(LIMITS.title, `Keep this under ${LIMITS.title} characters.`),
        email: optionalEmail,
      }),
    ),
    null,
  ),
  decision: section({
    kind: choice(DECISION_KINDS, 'Pick what they told you about a decision.'),
    date: loose(isString, ''),
    nextStepsExplained: loose(isBoolean, false),
  }),
  read: section({
    went: choice(WENT, 'Pick how you think it went.'),
    interest: choice(INTEREST, "Pick whether you're still interested."),
  }),
  notes: section({
    strengths: optionalText(
      LIMITS.freeText,
      `Keep this under ${LIMITS.freeText} characters — a sentence or two is plenty.`,
    ),
    correction: optionalText(
      LIMITS.freeText,
      `Keep this under ${LIMITS.freeText} characters — a sentence or two is plenty.`,
    ),
    question: optionalText(
      LIMITS.freeText,
      `Keep this under ${LIMITS.freeText} characters — one clear question is plenty.`,
    ),
    channel: choice(CHANNELS, 'Pick how you would like to say thank you.'),
    tone: choice(TONES, 'Pick a tone for your messages.'),
    userName: optionalName(LIMITS.name, `Keep your name under ${LIMITS.name} characters.`),
  }),
  events: v.pipe(
    loose(Array.isArray, []),
    v.array(eventSchema),
    v.maxLength(LIMITS.events, `Keep up to ${LIMITS.events} events.`),
  ),
  away: v.pipe(
    loose(Array.isArray, []),
    v.array(awaySchema),
    v.maxLength(LIMITS.away, `Keep up to ${LIMITS.away} sets of days away.`),
  ),
});

/** What `factsShapeSchema` produces before dates become zoned moments. */
export type ParsedFacts = v.InferOutput<typeof factsShapeSchema>;

/** People with ids unique in their list: the form's id, or `interviewer-N` when it sent none or a repeat. */
function withIds(people: ParsedFacts['interviewers']): Interviewer[] {
  const seen = new Set<string>();
  return people.map((person, index) => {
    const wanted = tidy(person.id);
    const id = wanted !== '' && !seen.has(wanted) ? wanted : `interviewer-${index + 1}`;
    seen.add(id);
    return { ...person, id };
  });
}

/** Turns parsed fields into `Facts`: zoned start/end, stable ids, sorted events. */
export function toFacts(parsed: ParsedFacts): Facts {
  const { time, theirTimeZone, ...iv } = parsed.interview;
  const zone = iv.timeZone;
  const start = instantOf(localFrom(iv.date, time), zone);
  const interviewers = withIds(parsed.interviewers);
  // Each round meets the people its event lists, or the round before's when it lists none.
  let people = interviewers;
  const events = parsed.events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0))
    .map(({ event, index }): FactEvent => {
      const id = tidy(event.id) || `event-${index + 1}`;
      if (event.kind === 'another-offer') {
        const { date, deadline, otherEmployer, mentionOther } = event;
        return { id, kind: 'another-offer', date, deadline: deadline.trim(), otherEmployer, mentionOther };
      }
      if (event.kind === 'rejected' && event.askFeedback)
        return { id, kind: 'rejected', date: event.date, askFeedback: true };
      if (event.kind === 'offer') {
        const via = event.offerVia === '' ? null : event.offerVia;
        return { id, kind: 'offer', date: event.date, via, answerBy: event.answerBy.trim() || null };
      }
      if (event.kind !== 'another-round') return { id, kind: event.kind, date: event.date };
      if (event.interviewers) people = withIds(event.interviewers);
      const begins = instantOf(
        localFrom(event.date, TIME_PATTERN.test(event.time) ? event.time.slice(0, 5) : time),
        zone,
      );
      const minutes = event.durationMinutes ?? iv.durationMinutes;
      const end = momentAt(begins + minutes * 60_000, zone);
      return {
        id,
        kind: 'another-round',
        date: event.date,
        start: momentAt(begins, zone),
        end,
        durationMinutes: minutes,
        stage: event.stage,
        interviewers: people,
      };
    });
  return {
    interview: {
      ...iv,
      theirTimeZone: theirTimeZone ?? zone,
      start: momentAt(start, zone),
      end: momentAt(start + iv.durationMinutes * 60_000, zone),
    },
    interviewers,
    contact: parsed.contact,
    decision: {
      kind: parsed.decision.kind,
      date: parsed.decision.kind === 'none' ? null : parsed.decision.date.trim(),
      nextStepsExplained: parsed.decision.nextStepsExplained,
    },
    read: parsed.read,
    notes: parsed.notes,
    events,
    away: parsed.away
      .map(({ from, to }) => ({ from, to: to !== null && to > from ? to : from }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };
}
