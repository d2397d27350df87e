/**
 * `checkDraft`: a friendly second reader for a draft, including the user's own
 * edits. Each finding says why it matters and links the guide that explains it
 * (fact sheet §6 mistakes, §3 brevity, §9 remember every name).
 */
import type { Facts } from '../facts.ts';
import { DRAFT_LIMITS, LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import { guide, type GuideLink } from '../guides.ts';
import type { StepKind } from '../plan/types.ts';
import { countChars, countWords, PLACEHOLDER_PATTERN } from './text.ts';
import type { DraftFormat, Finding, FindingRule } from './types.ts';
import { nameSlips } from './names.ts';

/** What the checker needs to know about a draft. */
export interface CheckContext {
  /** Which format the text is, for its length limit. */
  format: DraftFormat;
  /** The facts, for name spelling; null when not known. */
  facts: Facts | null;
  /** The step kind, when known: thank-you emails may be longer than other emails. */
  stepKind?: StepKind;
}

interface PatternRule {
  rule: FindingRule;
  pattern: RegExp;
  reason: string;
  guide: GuideLink;
}

const MISTAKES = (fragment: string) => guide('mistakes-to-avoid', fragment);

/** Word patterns and why each is worth a second look. Patterns are global so every match is reported. */
const PATTERNS: readonly PatternRule[] = [
  {
    rule: 'salary',
    pattern:
      /\b(salary|salaries|compensation|remuneration|pay (rise|raise|range|band|package|expectations?)|bonus(es)?|stock options?|equity|day rate|hourly rate|per annum|expected pay)\b|[£$€]\s?\d/gi,
    reason:
      'Raising pay now can read as moving the goalposts: offers are built on the expectations you already gave. Keep it for the offer stage.',
    guide: MISTAKES('raising-your-salary-expectations-at-the-last-minute'),
  },
  {
    rule: 'over-familiar',
    pattern:
      /\b(hey|hiya|yo|mate|buddy|dude|lol|haha+|xoxo|x{2,3}|cheers mate|love ya)\b|(^|\s)[:;]-?[)D(P](?=\s|$)/gim,
    reason: 'Stay friendly but professional, even if you got on well; casual wording can undo a good impression.',
    guide: MISTAKES('getting-too-familiar'),
  },
  {
    rule: 'emoji',
    pattern: /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/gu,
    reason: 'Emoji read as casual in a message to an interviewer; words carry your tone better here.',
    guide: MISTAKES('getting-too-familiar'),
  },
  {
    rule: 'negative-self-talk',
    pattern:
      /\b(I(?:'|’)?m not (?:very )?(?:good|great|qualified|experienced) enough|I (?:am|was|felt) (?:terrible|awful|hopeless|useless|stupid)|I (?:really )?(?:messed|screwed|mucked) (?:it )?up|I (?:blew|bombed) (?:it|the interview)|(?:my|that) (?:terrible|awful|poor|bad) (?:answer|answers|performance|interview)|sorry for wasting|I know I(?:'|’)?m not|I probably (?:didn't|did not) get)\b/gi,
    reason: 'Run yourself down and they may agree. Say what you would do better or what you offer instead.',
    guide: MISTAKES('putting-yourself-down'),
  },
  {
    rule: 'cliche',
    pattern:
      /\b(just (checking|following) (in|up)|touch(ing)? base|circl(e|ing) back|reach(ing)? out to see|per my last (email|message)|hope this (email|message) finds you well|I know you(?:'|’)?re (?:very )?busy)\b/gi,
    reason: 'Stock phrases make a note easy to skim past; say plainly why you are writing.',
    guide: guide('message-templates'),
  },
];

/** Limits and the guide to read about them, per format. */
function lengthRule(context: CheckContext): { max: number; unit: 'words' | 'characters'; guide: GuideLink } {
  switch (context.format) {
    case 'email': {
      const thankYou =
        context.stepKind === undefined || context.stepKind === 'thank-you' || context.stepKind === 'thank-you-card';
      return {
        max: thankYou ? DRAFT_LIMITS.thankYouWords.max : DRAFT_LIMITS.shortEmailWords,
        unit: 'words',
        guide: guide('thank-you-email', 'keep-it-short'),
      };
    }
    case 'subject':
      return {
        max: DRAFT_LIMITS.subjectChars,
        unit: 'characters',
        guide: guide('thank-you-email', 'write-a-clear-subject-line'),
      };
    case 'card':
      return {
        max: DRAFT_LIMITS.cardWords,
        unit: 'words',
        guide: guide('card-email-or-call', 'a-handwritten-card-memorable-but-slow'),
      };
    case 'linkedin-free':
      return {
        max: LINKEDIN_NOTE_LIMITS.free,
        unit: 'characters',
        guide: guide('linkedin-after-interview', 'write-the-note'),
      };
    case 'linkedin-long':
      return {
        max: LINKEDIN_NOTE_LIMITS.long,
        unit: 'characters',
        guide: guide('linkedin-after-interview', 'write-the-note'),
      };
    case 'phone':
      return { max: DRAFT_LIMITS.phoneWords, unit: 'words', guide: guide('follow-up-call', 'what-to-say') };
  }
}

/** How long a draft is against its limit, in the unit that limit uses, for a live "142 / 180 words" counter. */
export function measureDraft(
  text: string,
  context: CheckContext,
): { size: number; max: number; unit: 'words' | 'characters' } {
  const limit = lengthRule(context);
  return { size: limit.unit === 'words' ? countWords(text) : countChars(text), max: limit.max, unit: limit.unit };
}

/** Findings for a draft, in order of where they occur (whole-text findings first). */
export function checkDraft(text: string, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const limit = lengthRule(context);
  const { size } = measureDraft(text, context);
  if (size > limit.max) {
    findings.push({
      rule: 'too-long',
      excerpt: '',
      index: -1,
      reason: `This is ${size} ${limit.unit}; keep it to ${limit.max} or fewer. A short note is more likely to be read in full.`,
      guide: limit.guide,
    });
  }
  const bangs = text.match(/!/g)?.length ?? 0;
  if (bangs > 1) {
    findings.push({
      rule: 'exclamation',
      excerpt: '',
      index: -1,
      reason: `There are ${bangs} exclamation marks; one at most keeps the tone warm but professional.`,
      guide: MISTAKES('getting-too-familiar'),
    });
  }
  const matches: Finding[] = [];
  for (const { rule, pattern, reason, guide: link } of PATTERNS) {
    for (const m of text.matchAll(pattern))
      matches.push({ rule, excerpt: m[0].trim(), index: m.index, reason, guide: link });
  }
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    matches.push({
      rule: 'placeholder',
      excerpt: m[0],
      index: m.index,
      reason: 'Replace this bracketed placeholder with your own words before sending.',
      guide: guide('message-templates'),
    });
  }
  if (context.facts) {
    for (const slip of nameSlips(text, context.facts)) {
      matches.push({
        rule: 'name-spelling',
        excerpt: slip.written,
        index: slip.index,
        reason: `You wrote "${slip.written}", but you gave the name as "${slip.expected}". Names spelled right matter.`,
        guide: guide('before-you-leave', 'write-down-every-name-and-title'),
      });
    }
  }
  return [...findings, ...matches.sort((a, b) => a.index - b.index)];
}
