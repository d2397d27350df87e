/**
 * Titles and reasons for the steps an offer adds or rewrites. Original
 * wording, the site's own advice (the sources say little about offers); the
 * guide section each step links explains it at more length.
 */
import type { Recipient, StepChannel } from './types.ts';

/** The prompt reply's title: it asks when they need the answer, or says when it will come when the user chose a day. */
export const replyTitle = (to: Recipient, dated: boolean): string =>
  `Thank ${to.name} for the offer and ${dated ? 'say when you will answer' : 'ask when they need your answer'}`;

/** Why reply promptly, and what to say. */
export const REPLY_REASON =
  'A quick, warm reply shows you take the offer seriously: thank them, say you are glad, and ask when they need your answer. You do not have to say yes yet.';

/** The same, when the user already chose the day to answer by. */
export const REPLY_REASON_DATED =
  'A quick, warm reply shows you take the offer seriously: thank them, say you are glad, and tell them the day you will answer by. You do not have to say yes yet.';

/** The "in writing" step's title. */
export const writingTitle = (to: Recipient): string => `Ask ${to.name} for the offer in writing`;

/** Why ask for a phone offer in writing. */
export const WRITING_REASON =
  'An offer made on the phone is not settled until you can read it: pay, start date, hours and benefits. If the written version has not arrived, ask for it now, before you decide.';

/** The decision step's title. */
export const decisionTitle = (company: string, day: string): string => `Give ${company} your answer by ${day}`;

/** Why this day, when the user chose it. */
export const DECISION_REASON_YOURS =
  'The day you chose to answer by. Read the written offer against what you need before then, and ask your questions early rather than on the day.';

/** Why this day, when the plan suggests it. */
export const decisionReasonOurs = (days: number): string =>
  `Our suggestion, as no date was given: ${days} working days is a fair time to ask for. If they name a different day, go by theirs.`;

/** Why a thank-you to the person the offer reply goes to is dropped. */
export const coveredByReply = (on: string, name: string): string =>
  `You have an offer (${on}); your reply to it thanks ${name}, so this separate note is no longer needed.`;

/** Why a second thank-you (a card after an email) to one person is dropped. */
export const coveredByNote = (on: string, name: string): string =>
  `You have an offer (${on}); one note to ${name} that shares the news is enough.`;

/** What the cancelled original says about its replacement. */
export const rewritten = (on: string, title: string): string => `Rewritten after your offer (${on}): see "${title}".`;

/** The rewritten thank-you's title. */
export function newsTitle(to: Recipient, channel: StepChannel): string {
  if (channel === 'phone') return `Call ${to.name} to thank them and share your news`;
  if (channel === 'card') return `Post a card to ${to.name}: thanks, and your news`;
  return `Email ${to.name} a thank-you that shares your news`;
}

/** Why the thank-you was rewritten. */
export const newsReason = (on: string): string =>
  `Rewritten for your offer of ${on}: it thanks them for their time and shares your good news, without asking to hear back.`;
