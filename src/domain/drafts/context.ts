/**
 * What every draft template reads: the facts as ready-to-insert slots (names
 * exactly as given, placeholders where a needed fact is missing), the tone,
 * the recipient's address form, that person's own point, and `say`, which
 * picks a phrase-bank alternative by the draft's stable seed and fills it.
 */
import type { Facts } from '../facts.ts';
import type { Tone } from '../facts-input.ts';
import type { Step } from '../plan/types.ts';
import { nameKey } from '../plan/same-person.ts';
import { roundDayForThem } from '../plan/their-day.ts';
import { formatDay } from '../time/format.ts';
import { addressFor, isHonorific } from './address.ts';
import { isQuestion } from './join.ts';
import { GREETING, GREETING_TEAM, HELLO, MEETING, SIGN_OFF, TALK } from './phrases/channels.ts';
import { choose, fill, type Bank, type SlotValues } from './phrases/engine.ts';
import { positionFor, type WordingSeed } from './seed.ts';
import type { PartUse } from './spread.ts';
import { PLACEHOLDERS } from './text.ts';

/** Inserted facts, by name, for templates written against plain slots. */
export interface DraftSlots {
  /** Recipient's full name. */
  name: string;
  /** Recipient's name as addressed in this tone ("Dr Quill", "Ada", or the user's own choice). */
  first: string;
  /** The user's name, or a placeholder. */
  user: string;
  /** The job. */
  role: string;
  /** The employer. */
  company: string;
  /** Strengths to restate, or a placeholder. */
  strengths: string;
  /** The point to clear up ('' when not given). */
  correction: string;
  /** The question to ask ('' when not given). */
  question: string;
}

/** What the user noted about one person: a topic, something they said, or the question they asked. */
export interface Discussed {
  /** As typed. */
  text: string;
  /**
   * How it reads: a topic ("how the team plans releases"), a sentence about
   * them ("You said…"), one about the user ("I explained…"), or their question.
   */
  form: 'topic' | 'said' | 'mine' | 'asked';
}

/** Slots plus the choices templates branch on. */
export interface DraftContext {
  /** The slots. */
  slots: DraftSlots;
  /** The voice. */
  tone: Tone;
  /** The step the draft is for. */
  step: Step;
  /** The facts. */
  facts: Facts;
  /** The round's day, e.g. "Tuesday 3 November". */
  day: string;
  /** How the round took place, as "thank you for …": e.g. "meeting me" (never "meeting" for a call). */
  meeting: string;
  /** Whether the recipient was in an earlier round, so their thanks can say "again". */
  again: boolean;
  /** The recipient's job title, or null (also when the title field holds only an honorific such as "Dr"). */
  jobTitle: string | null;
  /** The wording seed: plan, person, round and wording index. */
  seed: WordingSeed;
  /** Every slot a phrase template may name. */
  values: SlotValues;
  /** What the user noted about this person, or null. */
  discussed: Discussed | null;
  /** Whether this recipient also helped arrange the interview (one note thanks them for both). */
  helped: boolean;
  /** Picks this draft's alternative from a bank (by `part`, a stable name) and fills it. */
  say(bank: Bank, part: string): string;
  /** Fills one fixed template's slots ("Ask for {name}."), with the same joins as `say`. */
  line(template: string): string;
}

/** Picks the wording for a tone from [formal, warm, concise]. */
export const byTone = (tone: Tone, [formal, warm, concise]: readonly [string, string, string]): string =>
  tone === 'formal' ? formal : tone === 'warm' ? warm : concise;

/** The day a round took place (round 1 = the interview; later rounds from their events). */
export function roundDay(facts: Facts, round: number): string {
  const rounds = [facts.interview.date, ...facts.events.filter((e) => e.kind === 'another-round').map((e) => e.date)];
  return rounds[round - 1] ?? facts.interview.date;
}

/** A string field a newer recipient or interviewer may carry (read defensively: older plans lack it). */
function extra(from: unknown, key: string): unknown {
  return typeof from === 'object' && from !== null ? (from as Record<string, unknown>)[key] : undefined;
}
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** First words that make a note a sentence about the user ("I explained…", "We talked…", "My answer…"). */
const MINE = /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we've|we’ve|my|our)\b/iu;
/** First words that make a note read as a sentence of its own ("You said…", "They are…"). */
const SUBJECTS = /^(?:you|your|they|he|she|it|there)\b/iu;
const VERB =
  /\b(?:is|are|was|were|said|says|mentioned|told|explained|described|asked|will|would|could|can|should|does|did)\b/iu;
const WH = /^(?:how|what|why|which|when|where|whether|who)\b/iu;
/** A question typed without its mark: "how would I handle…", "what do you look for…" (not "what is changing"). */
const ASKED =
  /^(?:how|what|why|which|when|where|who)\s+(?:would|could|should|do|does|did|is|are|was|were|can|will|might|have|has)\s+(?:i|you|we|they|he|she|it|the|a|an|my|our|your|their|this|that)\b/iu;

/** How a noted detail reads, so it sits in the note naturally. */
export function discussedForm(detail: string): Discussed['form'] {
  if (isQuestion(detail) || ASKED.test(detail)) return 'asked';
  if (MINE.test(detail)) return 'mine';
  if (SUBJECTS.test(detail)) return 'said';
  const lead = detail.split(/\s+/u).slice(0, 5).join(' ');
  return !WH.test(detail) && VERB.test(lead) ? 'said' : 'topic';
}

/** Whether the recipient was among the people of a round before `round` (the same id, or the same name). */
function metBefore(facts: Facts, round: number, r: Step['recipient']): boolean {
  const rounds = facts.events.flatMap((e) => (e.kind === 'another-round' ? [e.interviewers] : []));
  const earlier = [facts.interviewers, ...rounds].slice(0, Math.max(0, round - 1)).flat();
  const key = nameKey(r.name);
  return earlier.some((p) => p.id === r.id || (key !== '' && nameKey(p.name) === key));
}

/** The recipient's place among the plan's people: interviewers in order, then the contact, then HR. */
function personIndex(step: Step, facts: Facts): number {
  const r = step.recipient;
  const i = facts.interviewers.findIndex((p) => p.id === r.id);
  if (i >= 0) return i;
  return facts.interviewers.length + (r.kind === 'contact' ? 0 : 1);
}

/** Builds the context for one step's drafts in one tone and wording. */
export function draftContext(step: Step, facts: Facts, tone: Tone, wording = 0): DraftContext {
  const r = step.recipient;
  const { notes, interview } = facts;
  const person = facts.interviewers.find((p) => p.id === r.id);
  const detail = text(extra(r, 'discussed')) ?? text(extra(person, 'discussed'));
  const discussed = detail ? { text: detail, form: discussedForm(detail) } : null;
  const addressable = {
    name: r.name,
    title: r.title,
    addressAs: text(extra(r, 'addressAs')) ?? text(extra(person, 'addressAs')),
  };
  const addr = r.kind === 'hr' || r.kind === 'self' ? r.name : addressFor(addressable, tone) || r.name;
  const day = formatDay(roundDayForThem(facts, step.round));
  const again = metBefore(facts, step.round, r);
  // A later round's format is never asked: someone new in it is thanked for their time, not for a call or a room.
  const meeting = again ? 'speaking with me again' : step.round > 1 ? 'speaking with me' : MEETING[interview.format];
  const jobTitle = r.title && !isHonorific(r.title.trim()) ? r.title : null;
  const role = interview.role ?? PLACEHOLDERS.role;
  const user = notes.userName ?? PLACEHOLDERS.userName;
  const seed: WordingSeed = {
    plan: `${interview.start.iso}|${interview.company}`,
    person: personIndex(step, facts),
    round: step.round,
    wording,
  };
  const values: SlotValues = {
    plain: {
      addr,
      name: r.name,
      role,
      company: interview.company,
      day,
      meeting,
      talk: again ? 'our latest conversation' : step.round > 1 ? 'our conversation' : TALK[interview.format],
      title: jobTitle ?? '',
      user,
      contact: facts.contact?.name ?? '',
      // The spoken greeting, without its comma: "Hello Dr Quill, this is …".
      hello: fill(choose(HELLO[tone], 0), { plain: { addr }, prose: {} }).replace(/,$/u, ''),
    },
    prose: {
      strengths: notes.strengths ?? '',
      correction: notes.correction ?? '',
      question: notes.question ?? '',
      discussed: detail ?? '',
    },
  };
  return {
    slots: {
      name: r.name,
      first: addr,
      user,
      role,
      company: interview.company,
      strengths: notes.strengths ?? PLACEHOLDERS.strengths,
      correction: notes.correction ?? '',
      question: notes.question ?? '',
    },
    tone,
    step,
    facts,
    day,
    meeting,
    again,
    jobTitle,
    seed,
    values,
    discussed,
    helped: extra(r, 'helped') === true,
    say: sayFrom(tone, seed, values, NO_OFFSETS),
    line: (template) => fill(template, values),
  };
}

const NO_OFFSETS: ReadonlyMap<string, number> = new Map();

/** `say` for one draft: the part's alternative at this person's place (`offsets`, else their place in the plan), filled. */
const sayFrom =
  (tone: Tone, seed: WordingSeed, values: SlotValues, offsets: ReadonlyMap<string, number>) =>
  (bank: Bank, part: string): string =>
    fill(choose(bank[tone], positionFor(seed, part, offsets.get(part))), values);

/** How many sentences a bank's alternatives have on average, to the nearest quarter (banks are constants: worked out once). */
const sentencesPer = new WeakMap<readonly string[], number>();
function averageSentences(list: readonly string[]): number {
  let average = sentencesPer.get(list);
  if (average === undefined) {
    const sentences = list.reduce((n, t) => n + t.split(/[.!?][”’"')]*\s+(?=\p{Lu})/u).length, 0);
    average = Math.round((sentences / Math.max(1, list.length)) * 4) / 4;
    sentencesPer.set(list, average);
  }
  return average;
}

/**
 * The same context, recording each part it is asked for and the size of that
 * part's bank, in order: a first pass over a message tells which parts every
 * person's note shares (spread.ts).
 */
export function recording(ctx: DraftContext, used: PartUse[]): DraftContext {
  return {
    ...ctx,
    say: (bank, part) => {
      const list = bank[ctx.tone];
      used.push([part, list.length, averageSentences(list)]);
      return ctx.say(bank, part);
    },
  };
}

/** The same context, starting this person at `offsets` in the parts listed there (the rest as before). */
export function withOffsets(ctx: DraftContext, offsets: ReadonlyMap<string, number>): DraftContext {
  return {
    ...ctx,
    say: sayFrom(ctx.tone, ctx.seed, ctx.values, offsets),
  };
}

/** "Dear Dr Quill," / "Hi Ada," / "Hello Ada," (HR: "Dear Hiring Team," / "Hello,"). */
// The slots argument is accepted for templates written before `say`; the greeting reads the context.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function greeting(ctx: DraftContext, _s?: DraftSlots): string {
  return ctx.say(ctx.step.recipient.kind === 'hr' ? GREETING_TEAM : GREETING, 'greeting');
}

/** Sign-off line and name. */
export function signOff(ctx: DraftContext, s: DraftSlots = ctx.slots): string {
  return `${ctx.say(SIGN_OFF, 'sign-off')}\n${s.user}`;
}

/** Joins paragraphs with a blank line, dropping empty ones. */
export const paragraphs = (...parts: (string | false | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');

/** Joins sentences with a space, dropping empty ones. */
export const sentences = (...parts: (string | false | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
