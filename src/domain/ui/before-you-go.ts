/**
 * What the plan says while an interview is still ahead: when the plan starts,
 * and a "before you go" checklist so the user gathers what follow-up needs
 * (fact sheet §1), each item linking the guide section that explains it.
 */
import { guide, type GuideLink } from '../guides.ts';
import type { Format } from '../facts-input.ts';
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

/** Where the round takes place, as far as the plan knows: a later round's format is never asked. */
export type Setting = 'in-person' | 'remote' | 'either';

/** The setting of round `round` of an interview held in `format`. */
export function settingOf(round: number, format: Format): Setting {
  if (round > 1) return 'either';
  return format === 'in-person' || format === 'panel' ? 'in-person' : 'remote';
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

/** Each item as said for each setting; null: not for that setting (no business cards on a call). */
const ITEMS: readonly (Omit<BeforeYouGoItem, 'text'> & { text: Record<Setting, string | null> })[] = [
  {
    text: {
      'in-person':
        'Ask each interviewer for a business card: it gives you the right spelling, their title and an address to write to.',
      remote: null,
      either:
        'If you meet in person, ask each interviewer for a business card: it gives you the right spelling, their title and an address to write to.',
    },
    guide: guide('before-you-leave', 'ask-each-interviewer-for-a-business-card'),
    more: 'More on business cards',
  },
  {
    text: {
      'in-person': 'No card? Jot down every name and title as soon as you are out of the room.',
      remote:
        'Note every name and title as people introduce themselves; the invite or their profile confirms the spelling.',
      either: 'No card? Jot down every name and title as soon as it ends.',
    },
    guide: guide('before-you-leave', 'write-down-every-name-and-title'),
    more: 'More on names and titles',
  },
  {
    text: {
      'in-person': 'Listen for what happens next and when they expect to decide; if nobody says, ask before you leave.',
      remote: 'Listen for what happens next and when they expect to decide; if nobody says, ask before the call ends.',
      either: 'Listen for what happens next and when they expect to decide; if nobody says, ask before it ends.',
    },
    guide: guide('before-you-leave', 'listen-for-what-happens-next'),
    more: 'More on next steps',
  },
  {
    text: {
      'in-person': 'Thank each of them for their time before you go.',
      remote: 'Thank each of them for their time before the call ends.',
      either: 'Thank each of them for their time before it ends.',
    },
    guide: guide('before-you-leave', 'thank-them-before-you-go'),
    more: 'More on thanking them at the end',
  },
  {
    text: {
      'in-person': 'Would you like to connect on LinkedIn? Ask while you are face to face.',
      remote: 'Would you like to connect on LinkedIn? Ask during the call rather than out of the blue later.',
      either: 'Would you like to connect on LinkedIn? Ask while you are talking, not out of the blue later.',
    },
    guide: guide('before-you-leave', 'ask-about-linkedin-while-you-are-face-to-face'),
    more: 'More on LinkedIn',
  },
];

/** The "before you go" checklist (fact sheet §1) for a setting, in the order it happens. */
export function beforeYouGo(setting: Setting): BeforeYouGoItem[] {
  return ITEMS.flatMap(({ text, ...rest }) => (text[setting] === null ? [] : [{ ...rest, text: text[setting] }]));
}
