/**
 * The shape of the form as the planner stores it (`FactsInput`: text as typed,
 * choices or blank), as one Valibot schema. Saved plans, imported files and
 * the set-aside download are all read through it, so a field is declared once
 * for storage; TypeScript holds it to the `FactsInput` interface, and a test
 * holds its fields to the form schema's (facts-schema.ts), so the two cannot
 * drift apart.
 */
import * as v from 'valibot';
import * as choices from './facts-input.ts';
import type { FactsInput } from './facts-input.ts';

const text = v.string();
const flag = v.boolean();
/** One of `values`, or blank for "not chosen yet". */
const orBlank = <const T extends readonly string[]>(values: T) => v.picklist([...values, ''] as const);

/** One interviewer row; `addressAs` and `discussed` came later, so a row saved without them reads them as empty. */
export const interviewerInputSchema = v.object({
  id: text,
  name: text,
  title: text,
  email: text,
  linkedIn: flag,
  addressAs: v.optional(text, ''),
  discussed: v.optional(text, ''),
});

/** The helping contact. */
export const contactInputSchema = v.object({ name: text, role: text, email: text });

/** One event after the interview. */
export const eventInputSchema = v.object({
  id: text,
  kind: orBlank(choices.EVENT_KINDS),
  date: text,
  time: text,
  durationMinutes: text,
  stage: orBlank(choices.STAGES),
  interviewers: v.optional(v.array(interviewerInputSchema)),
  offerVia: v.optional(orBlank(choices.OFFER_VIA)),
  answerBy: v.optional(text),
  deadline: v.optional(text),
  otherEmployer: v.optional(text),
  mentionOther: v.optional(flag),
  askFeedback: v.optional(flag),
});

/** One run of days away. */
export const awayInputSchema = v.object({ id: text, from: text, to: text });

/** Everything the form stores. Fields added later default when a plan saved before them lacks them. */
export const factsInputSchema = v.object({
  interview: v.object({
    date: text,
    time: text,
    durationMinutes: v.union([text, v.number()]),
    timeZone: text,
    theirTimeZone: v.optional(text, ''),
    region: v.optional(text, ''),
    format: orBlank(choices.FORMATS),
    stage: orBlank(choices.STAGES),
    company: text,
    role: text,
  }),
  interviewers: v.array(interviewerInputSchema),
  contact: v.nullable(contactInputSchema),
  decision: v.object({ kind: v.picklist(choices.DECISION_KINDS), date: text, nextStepsExplained: flag }),
  read: v.object({ went: orBlank(choices.WENT), interest: orBlank(choices.INTEREST) }),
  notes: v.object({
    strengths: text,
    correction: text,
    question: text,
    channel: v.picklist(choices.CHANNELS),
    tone: v.picklist(choices.TONES),
    userName: text,
  }),
  events: v.array(eventInputSchema),
  away: v.optional(v.array(awayInputSchema), []),
}) satisfies v.GenericSchema<unknown, FactsInput>; // Its input may lack the fields added later.
