/**
 * What the plan says while an interview is still ahead: when the plan starts,
 * and a "before you go" checklist so the user gathers what follow-up needs
 * (fact sheet §1), each item linking the guide section that explains it.
 */
import { guide, type GuideLink } from '../guides.ts';
import { formatMoment } from '../time/format.ts';
import type { RoundTimes } from './interview-ahead.ts';

/**
 * "Your plan starts after the interview ends on …". For a later round the plan has begun
 * already (the first round's steps may still be open), so only that round's part waits:
 * "Round 2's follow-up starts after it ends on …".
 */
export function planStartsSentence(round: RoundTimes, locale: string): string {
  const end = formatMoment(round.end, locale);
  if (round.round === 1) return `Your plan starts after the interview ends on ${end}.`;
  return `Round ${round.round}’s follow-up starts after it ends on ${end}; what is still open from before stays in your plan.`;
}

/** One thing to do at the interview, with the guide section that explains it. */
export interface BeforeYouGoItem {
  /** What to do, in a line. */
  text: string;
  /** Link text for the guide section, e.g. "More on business cards". */
  more: string;
  /** Where the guide explains it. */
  guide: GuideLink;
}

/** The "before you go" checklist (fact sheet §1), in the order it happens. */
export const BEFORE_YOU_GO: readonly BeforeYouGoItem[] = [
  {
    text: 'Ask each interviewer for a business card: it gives you the right spelling, their title and an address to write to.',
    guide: guide('before-you-leave', 'ask-each-interviewer-for-a-business-card'),
    more: 'More on business cards',
  },
  {
    text: 'No card? Jot down every name and title as soon as you are out of the room.',
    guide: guide('before-you-leave', 'write-down-every-name-and-title'),
    more: 'More on names and titles',
  },
  {
    text: 'Listen for what happens next and when they expect to decide; if nobody says, ask before you leave.',
    guide: guide('before-you-leave', 'listen-for-what-happens-next'),
    more: 'More on next steps',
  },
  {
    text: 'Thank each of them for their time before you go.',
    guide: guide('before-you-leave', 'thank-them-before-you-go'),
    more: 'More on thanking them in person',
  },
  {
    text: 'Would you like to connect on LinkedIn? Ask while you are face to face.',
    guide: guide('before-you-leave', 'ask-about-linkedin-while-you-are-face-to-face'),
    more: 'More on LinkedIn',
  },
];
