/**
 * How long a draft may be, per format (fact sheet §3: brief), and where it
 * goes past that. A long draft is never cut: the checker says how long it is,
 * what to aim for, and marks the words past the limit; the user decides what
 * to trim.
 */
import { DRAFT_LIMITS, LINKEDIN_NOTE_LIMITS } from '../../guidance.ts';
import { guide, type GuideLink } from '../../guides.ts';
import type { StepKind } from '../../plan/types.ts';
import { countChars, countWords } from '../text.ts';
import type { DraftFormat, Place } from '../types.ts';
import type { CheckContext } from './context.ts';

/** A format's limit, its unit, and the guide section about it. */
export interface LengthLimit {
  /** Most words or characters. */
  max: number;
  /** What is counted. */
  unit: 'words' | 'characters';
  /** Where the site explains the limit. */
  guide: GuideLink;
}

const LINKEDIN_GUIDE = guide('linkedin-after-interview', 'write-the-note');

/** Every format's limit (emails: thank-yous may be longer than other emails). */
export const LENGTH_LIMITS = {
  'thank-you-email': {
    max: DRAFT_LIMITS.thankYouWords.max,
    unit: 'words',
    guide: guide('thank-you-email', 'keep-it-short'),
  },
  email: { max: DRAFT_LIMITS.shortEmailWords, unit: 'words', guide: guide('checking-in', 'what-to-write') },
  subject: {
    max: DRAFT_LIMITS.subjectChars,
    unit: 'characters',
    guide: guide('thank-you-email', 'write-a-clear-subject-line'),
  },
  card: {
    max: DRAFT_LIMITS.cardWords,
    unit: 'words',
    guide: guide('card-email-or-call', 'a-handwritten-card-memorable-but-slow'),
  },
  'linkedin-free': { max: LINKEDIN_NOTE_LIMITS.free, unit: 'characters', guide: LINKEDIN_GUIDE },
  'linkedin-long': { max: LINKEDIN_NOTE_LIMITS.long, unit: 'characters', guide: LINKEDIN_GUIDE },
  phone: { max: DRAFT_LIMITS.phoneWords, unit: 'words', guide: guide('follow-up-call', 'what-to-say') },
} as const satisfies Record<DraftFormat | 'thank-you-email', LengthLimit>;

/** The limit for a format; an email of unknown kind counts as a thank-you. */
export function lengthLimit(format: DraftFormat, stepKind?: StepKind): LengthLimit {
  const thankYou = stepKind === undefined || stepKind === 'thank-you' || stepKind === 'thank-you-card';
  return format === 'email' && thankYou ? LENGTH_LIMITS['thank-you-email'] : LENGTH_LIMITS[format];
}

/** A text's size in the limit's unit. */
export const sizeOf = (text: string, limit: LengthLimit): number =>
  limit.unit === 'words' ? countWords(text) : countChars(text);

/** Where the text goes past the limit: from the first word (or character) over it to the end. */
export function overflow(text: string, limit: LengthLimit): Place | null {
  const end = text.trimEnd().length;
  if (limit.unit === 'characters') {
    if (text.length <= limit.max) return null;
    // Never start a mark in the middle of a surrogate pair.
    const start = /[\uDC00-\uDFFF]/u.test(text.charAt(limit.max)) ? limit.max - 1 : limit.max;
    return { start, end: Math.max(end, start + 1) };
  }
  let words = 0;
  for (const m of text.matchAll(/\S+/gu)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    words += 1;
    if (words > limit.max) return { start: m.index, end };
  }
  return null;
}

/** How long a draft is against its limit, in the unit that limit uses, for a live "142 / 180 words" counter. */
export function measureDraft(
  text: string,
  context: Pick<CheckContext, 'format' | 'stepKind'>,
): { size: number; max: number; unit: 'words' | 'characters' } {
  const limit = lengthLimit(context.format, context.stepKind);
  return { size: sizeOf(text, limit), max: limit.max, unit: limit.unit };
}
