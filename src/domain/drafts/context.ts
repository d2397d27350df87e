/**
 * What every draft template reads: the facts as ready-to-insert slots (names
 * exactly as given, placeholders where a needed fact is missing), the tone,
 * and tone-aware greetings and sign-offs.
 */
import type { Facts } from '../facts.ts';
import type { Tone } from '../facts-input.ts';
import type { Step } from '../plan/types.ts';
import { roundDayForThem } from '../plan/their-day.ts';
import { formatDay } from '../time/format.ts';
import { PLACEHOLDERS, firstName, midSentence, type Slots } from './text.ts';

/** Inserted facts, by name. Free-text facts carry no final punctuation. */
export interface DraftSlots extends Slots {
  /** Recipient's full name. */
  name: string;
  /** Recipient's name to greet by. */
  first: string;
  /** The user's name, or a placeholder. */
  user: string;
  /** The job. */
  role: string;
  /** The employer. */
  company: string;
  /** Strengths to restate, or a placeholder. */
  strengths: string;
  /** The point to clear up (empty when not given and not needed). */
  correction: string;
  /** The question to ask (empty when not given). */
  question: string;
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
  /** How the round took place, as "thank you for …": e.g. "meeting me". */
  meeting: string;
}

/** Picks the wording for a tone from [formal, warm, concise]. */
export const byTone = (tone: Tone, [formal, warm, concise]: readonly [string, string, string]): string =>
  tone === 'formal' ? formal : tone === 'warm' ? warm : concise;

/** A fact without its final full stop, so it can sit mid-sentence (kept as is if that would empty it). */
const bare = (text: string | null): string => {
  const trimmed = (text ?? '').replace(/[.…]+$/u, '').trim();
  return trimmed === '' ? (text ?? '').trim() : trimmed;
};

/** The day a round took place (round 1 = the interview; later rounds from their events). */
export function roundDay(facts: Facts, round: number): string {
  const rounds = [facts.interview.date, ...facts.events.filter((e) => e.kind === 'another-round').map((e) => e.date)];
  return rounds[round - 1] ?? facts.interview.date;
}

const MEETING: Record<Facts['interview']['format'], string> = {
  'in-person': 'meeting me',
  panel: 'meeting me with your colleagues',
  phone: 'speaking with me on the phone',
  'agency-phone-screen': 'speaking with me on the phone',
  video: 'talking with me over video',
};

/** Builds the context for one step's drafts. */
export function draftContext(step: Step, facts: Facts, tone: Tone): DraftContext {
  const r = step.recipient;
  const notes = facts.notes;
  const correction = bare(notes.correction) || (facts.read.went === 'badly' ? PLACEHOLDERS.correction : '');
  return {
    slots: {
      name: r.name,
      first: r.kind === 'hr' ? r.name : firstName(r.name),
      user: notes.userName ?? PLACEHOLDERS.userName,
      role: facts.interview.role ?? PLACEHOLDERS.role,
      company: facts.interview.company,
      strengths: midSentence(bare(notes.strengths)) || PLACEHOLDERS.strengths,
      correction,
      question: (notes.question ?? '').trim(),
    },
    tone,
    step,
    facts,
    // The recipient's calendar day: the interview may have been another date for them.
    day: formatDay(roundDayForThem(facts, step.round)),
    meeting: step.round > 1 ? 'meeting me again' : MEETING[facts.interview.format],
  };
}

/** "Dear Ada Quill," / "Hi Ada," / "Hello Ada," (HR: "Dear Hiring Team," / "Hello,"). */
export function greeting(ctx: DraftContext, s: DraftSlots): string {
  if (ctx.step.recipient.kind === 'hr') return byTone(ctx.tone, ['Dear Hiring Team,', 'Hello,', 'Hello,']);
  return byTone(ctx.tone, [`Dear ${s.name},`, `Hi ${s.first},`, `Hello ${s.first},`]);
}

/** Sign-off line and name. */
export function signOff(ctx: DraftContext, s: DraftSlots): string {
  return `${byTone(ctx.tone, ['Kind regards,', 'Best wishes,', 'Thanks,'])}\n${s.user}`;
}

/** Joins paragraphs with a blank line, dropping empty ones. */
export const paragraphs = (...parts: (string | false | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
