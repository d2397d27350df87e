/**
 * The one-line reasons and titles steps show. Original wording; each line
 * names the fact-sheet section it rests on in a comment.
 */
import type { Facts, Interviewer } from '../facts.ts';
import { formatDay } from '../time/format.ts';
import type { ThankYouCase } from './timing.ts';

/**
 * Why the thank-you goes when it does (§3), adjusted for how it went (§2, §3).
 * Worded relative to the interview ("the same day", "the next morning") and in
 * no tense, never relative to the reader's today: the plan says how far off
 * the step is when it is read, and the interview may still be ahead.
 */
export function thankYouReason(when: ThankYouCase, facts: Facts, round: number): string {
  const timing: Record<ThankYouCase, string> = {
    'same-day':
      'An interview that ends by mid-afternoon can be thanked the same day, while they are still weighing candidates and you are fresh in their mind.',
    'next-morning': 'An interview that ends late in the day is best thanked the next morning, still well inside a day.',
    'weekend-evening':
      'For a Friday interview, that evening is best if it is not too late; advisers agree a Friday interview can also be thanked on Monday morning.',
    'after-weekend':
      'With the weekend in the way, the first business morning is right; advisers agree that a Friday or weekend interview can be thanked on Monday.',
    'closed-evening':
      'With their office closed the next day, that evening is best if it is not too late, or else their first business morning after.',
    'after-closed-day':
      'With their office closed the next day, their first business morning after is right: it arrives as they get back to their desk.',
  };
  // Not a fit comes first: a note that turns the role down does not argue for it, however it went.
  if (facts.read.interest === 'no')
    return `${timing[when]} Even if the role is not for you, thanking them leaves the door open to other roles there.`;
  // How it went is the first round's: a later round has not happened when its thank-you is planned.
  if (facts.read.went === 'badly' && round === 1)
    return `${timing[when]} It felt rocky, so use it to answer their doubt and restate what you offer.`;
  return timing[when];
}

/** Title of a thank-you step for one interviewer and channel. */
export function thankYouTitle(person: Interviewer, channel: 'email' | 'phone' | 'front-desk' | 'post'): string {
  switch (channel) {
    case 'email':
      return `Email a thank-you to ${person.name}`;
    case 'phone':
      return `Call ${person.name} to say thank you`;
    case 'front-desk':
      return `Leave a handwritten card for ${person.name} at the front desk`;
    case 'post':
      return `Post a handwritten card to ${person.name}`;
  }
}

/** Title of the one thank-you to an interviewer who also helped arrange the interview. */
export function bothThanksTitle(person: Interviewer, channel: 'email' | 'phone' | 'front-desk' | 'post'): string {
  return `${thankYouTitle(person, channel)}, for the interview and for arranging it`;
}

/** Why an interviewer who also helped gets one thank-you, not two (§4: one note per person). */
export function bothThanksReason(person: Interviewer, reason: string): string {
  return `${person.name} both arranged and sat in on your interview, so one note thanks them for both rather than two at once. ${reason}`;
}

/** Why a card is dropped off or posted (§3: post is slow, so add an email when posting). */
export function cardReason(delivery: 'front-desk' | 'post'): string {
  return delivery === 'front-desk'
    ? 'A handwritten card lasts longer in the memory; handing it to reception avoids days in the post.'
    : 'A card by post takes days to arrive, so it follows the email rather than replacing it.';
}

/** Why thank the helper (§4: a call or note keeps the contact). */
export const CONTACT_REASON = 'They helped you get in the room; a quick thank-you keeps a useful contact warm.';

/** Why connect on LinkedIn (§7: only after asking, with a personal note). */
export const LINKEDIN_REASON =
  'They agreed to connect; a short personal note after your thank-you makes your reason clear.';

/** Why ask HR for feedback after a third-party phone screen (§8). */
export const FEEDBACK_REASON =
  'Feedback on a screen run by an agency is hard to come by, but HR is the best place to start; go in with your questions ready.';

/** Why the first or second check-in falls when it does (§4–§5). */
export function checkInReason(
  facts: Facts,
  second: boolean,
  pushed: boolean,
  usesDecision: boolean,
  round: number,
): string {
  if (second)
    return 'Optional: if the first check-in got no answer, one more short note is fine; after this, stop chasing.';
  const date = facts.decision.date;
  const given = usesDecision && date ? formatDay(date) : null;
  if (given && pushed) {
    return `They mentioned ${given}, but that is soon after your thank-you, so this waits a full week to avoid crowding them.`;
  }
  if (given) {
    return facts.decision.kind === 'will-call'
      ? `They said they would call on ${given}; if that day passes quietly, a polite check-in is fair.`
      : `They planned to decide by ${given}; once that has passed, a polite check-in is fair.`;
  }
  // A later round: any date they gave was for the round before it.
  if (round > 1)
    return 'No date was given for a decision after this round, so about a week after it is a fair moment to ask, politely, where things stand.';
  return 'No date was given, so about a week after the interview is a fair moment to ask, politely, where things stand.';
}

/** Why the plan ends with a note to move on (§5: checking in tells you when to move on). */
export const MOVE_ON_REASON =
  'Two check-ins without an answer is your signal to focus on other applications; they can still get back to you.';

/** Why ask for feedback in that reply, when the user chose to (§8: ask, with questions ready). */
export const FEEDBACK_ASK_REASON =
  'Asking for feedback in the same reply is one favour, not a second message; two specific questions get better answers than "why not me?".';

/** Why reply to a rejection (§7, §8). */
export const REJECTION_REASON =
  'A gracious reply, sent after a day to let it settle, makes them likelier to think of you when another role opens.';
