/**
 * What the checker knows about a draft besides its text: the format (for
 * the length limit), the facts (names, what belongs to this plan), the
 * recipient, the user's other plans and where the process stands.
 */
import type { Facts } from '../../facts.ts';
import type { Recipient, StepKind } from '../../plan/types.ts';
import type { DraftFormat } from '../types.ts';

/** Companies and people from the user's other saved plans. */
export interface Elsewhere {
  /** Employers of the other plans. */
  companies: readonly string[];
  /** Interviewers and contacts of the other plans. */
  people: readonly string[];
}

/** Where the process stands: once an offer is on the table, talking pay is expected, not a slip. */
export type CheckStage = 'interviewing' | 'offer';

/** What the checker needs to know about a draft. */
export interface CheckContext {
  /** Which format the text is, for its length limit. */
  format: DraftFormat;
  /** The facts, for name spelling and what belongs to this plan; null when not known. */
  facts: Facts | null;
  /** The step kind, when known: thank-you emails may be longer than other emails. */
  stepKind?: StepKind;
  /** Who the note is for, to check the greeting names them. */
  recipient?: Recipient;
  /** Companies and people of the user's other saved plans, which do not belong in this note. */
  elsewhere?: Elsewhere;
  /** Where the process stands (default: still interviewing, when pay talk is flagged). */
  stage?: CheckStage;
}

/** The steps that answer an offer: replying to it, asking for it in writing, giving the answer. */
export const OFFER_STAGE_KINDS: readonly StepKind[] = ['offer-reply', 'offer-in-writing', 'offer-decision'];

/**
 * The stage a step's draft is written at: 'offer' only for the steps that
 * answer an offer, where questions about pay belong. Every other note, even
 * one sent after the offer (a thank-you sharing the news), is still checked.
 */
export function stageOf(kind: StepKind | undefined): CheckStage {
  return kind && OFFER_STAGE_KINDS.includes(kind) ? 'offer' : 'interviewing';
}
