/**
 * Data for the wording rules (loaded on demand with them): each rule's
 * standing reason, in the site's voice, and the guide section that explains it.
 */
import { guide } from '../../guides.ts';
import type { CoreRule, RuleInfo } from './rules.ts';
import type { FindingRule } from '../types.ts';

/** The rules that load on demand. */
export type WordingRule = Exclude<FindingRule, CoreRule>;

const MISTAKES = (fragment: string) => guide('mistakes-to-avoid', fragment);

/** Standing reason and guide of each wording rule. */
export const WORDING_RULE_INFO: Record<WordingRule, RuleInfo> = {
  salary: {
    reason:
      'This raises your own pay. Before an offer it can read as moving the goalposts, since offers are built on the figures you already gave: keep it for the offer stage.',
    guide: MISTAKES('raising-your-salary-expectations-at-the-last-minute'),
  },
  'pushy-deadline': {
    reason:
      'Setting them a deadline reads as pressure, and hiring decisions rarely move faster for it. Ask about their timeline instead.',
    guide: guide('checking-in', 'do-not-expect-instant-results'),
  },
  'self-talk': {
    reason:
      'Apologising for writing, or running yourself down, invites them to agree. Say what you offer instead; one short line is enough for a weak moment.',
    guide: MISTAKES('putting-yourself-down'),
  },
  'passive-aggressive': {
    reason:
      'This can sound like a reproach for not replying. Keep every message polite however long the wait: restate the point as if for the first time.',
    guide: guide('checking-in', 'do-not-expect-instant-results'),
  },
  'over-familiar': {
    reason: 'Stay friendly but professional, even if you got on well; casual wording can undo a good impression.',
    guide: MISTAKES('getting-too-familiar'),
  },
  emoji: {
    reason: 'Emoji read as casual in a message to an interviewer; words carry your tone better here.',
    guide: MISTAKES('getting-too-familiar'),
  },
  cliche: {
    reason: 'Stock phrases make a note easy to skim past; say plainly why you are writing.',
    guide: guide('message-templates'),
  },
  exclamation: {
    reason: 'One exclamation mark at most keeps the tone warm but professional.',
    guide: MISTAKES('getting-too-familiar'),
  },
  'stray-name': {
    reason: 'A note that names the wrong employer or person is hard to recover from.',
    guide: guide('panel-and-multi-round', 'get-every-name-and-title-right'),
  },
  'wrong-recipient': {
    reason: 'Check the greeting: each person gets a note written for them.',
    guide: guide('thank-you-email', 'one-email-for-each-interviewer'),
  },
  'repeated-word': {
    reason: 'The same word twice in a row is usually a slip.',
    guide: MISTAKES('five-habits-that-prevent-most-mistakes'),
  },
  'repeated-sentence': {
    reason: 'This sentence already appears earlier in the note; say it once.',
    guide: MISTAKES('five-habits-that-prevent-most-mistakes'),
  },
  'doubled-punctuation': {
    reason: 'Two marks where one belongs: easy to miss, and a reader notices.',
    guide: MISTAKES('five-habits-that-prevent-most-mistakes'),
  },
  'stray-full-stop': {
    reason: 'A full stop in the middle of a sentence: take it out, or start the next sentence with a capital.',
    guide: MISTAKES('five-habits-that-prevent-most-mistakes'),
  },
};
