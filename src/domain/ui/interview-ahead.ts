/**
 * An interview (or a later round) that has not happened yet: which round is
 * ahead, and drafts kept closed until it has ended, so nobody thanks people for
 * a talk that has not taken place. What the plan says about it meanwhile is in
 * before-you-go.ts, which loads only when an interview is ahead.
 */
import type { Facts } from '../facts.ts';
import type { Step } from '../plan/types.ts';
import { formatMoment } from '../time/format.ts';
import { momentMs, type Moment } from '../time/zoned.ts';

/** One round's start and end: round 1 is the interview, later ones come from "another round" events. */
export interface RoundTimes {
  /** 1 for the interview, then 2, 3… */
  round: number;
  /** When it starts. */
  start: Moment;
  /** When it ends. */
  end: Moment;
}

/** Every round of the process, in order. */
export function roundTimes(facts: Facts): RoundTimes[] {
  const later = facts.events.flatMap((e) => (e.kind === 'another-round' ? [{ start: e.start, end: e.end }] : []));
  return [{ start: facts.interview.start, end: facts.interview.end }, ...later].map((r, i) => ({ round: i + 1, ...r }));
}

/** The first round that has not ended at `now`, or null when every round is over. */
export function roundAhead(facts: Facts, now: number): RoundTimes | null {
  return roundTimes(facts).find((r) => momentMs(r.end) > now) ?? null;
}

/** Whether a step's drafts make sense yet: only once its round has ended. */
export function draftsOpen(step: Step, facts: Facts, now: number): boolean {
  const round = roundTimes(facts)[step.round - 1];
  return !round || momentMs(round.end) <= now;
}

/** Said in place of a step's drafts while its round is still ahead. */
export function draftsLaterSentence(round: RoundTimes, locale: string): string {
  return `Drafts open once the interview has ended (${formatMoment(round.end, locale)}), so they can thank people for a conversation that really happened.`;
}
