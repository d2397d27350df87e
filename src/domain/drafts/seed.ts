/**
 * Stable seeds for choosing wording: the same plan, person, round and
 * wording index always give the same draft. A hash of the plan and the part
 * of the message picks where a bank starts; the person's place in the plan
 * and the round move along from there, so two people in one plan (or one
 * person in two rounds) never land on the same alternative while the bank
 * has enough of them. Past that, spread.ts says who shares which part
 * (`offset`), so no two people in a big panel share much.
 */

/** FNV-1a, 32-bit: small, fast and stable across engines. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Who and which version a draft is: everything the choice of wording depends on. */
export interface WordingSeed {
  /** The plan's identity (the interview's start and employer). */
  plan: string;
  /** The recipient's place among the plan's people (interviewers first, then the contact, then HR). */
  person: number;
  /** The interview round, from 1. */
  round: number;
  /** Which of the alternative wordings the user asked for, from 0. */
  wording: number;
}

/** The alternative to use for one part of a message, as an index into a bank of any size. */
export const positionFor = (seed: WordingSeed, part: string, offset: number = seed.person): number =>
  hash(`${seed.plan}|${part}`) + offset + (seed.round - 1) + seed.wording;
