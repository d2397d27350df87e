/**
 * `buildDrafts`: every format of a step's message in one tone, fitted to its
 * limits. The user's long facts give way (shortened with an ellipsis) so a draft
 * never breaks its budget; missing facts show as `[placeholder]`.
 */
import type { Facts } from '../facts.ts';
import type { Tone } from '../facts-input.ts';
import { DRAFT_LIMITS, LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import type { Step } from '../plan/types.ts';
import { draftContext } from './context.ts';
import { OTHER_TEMPLATES, type Templates } from './other-steps.ts';
import { fitTo } from './text.ts';
import { thankYouCard, thankYouEmail, thankYouLinkedIn, thankYouPhone } from './thank-you.ts';
import type { Drafts } from './types.ts';

const thankYou: Templates = {
  subject: (ctx, s) =>
    ctx.tone === 'formal'
      ? `Thank you for the ${s.role} interview`
      : ctx.tone === 'warm'
        ? `Thank you: ${s.role} interview`
        : `Thanks: ${s.role} interview`,
  email: thankYouEmail,
  card: thankYouCard,
  linkedin: thankYouLinkedIn,
  phone: thankYouPhone,
};

/** Facts a draft may shorten to fit, longest first when needed. */
const TRIMMABLE = ['strengths', 'correction', 'question', 'role', 'company', 'name', 'first', 'user'] as const;

/** Whether a step's email is a thank-you (100–180 words) rather than a short note. */
export const isThankYou = (step: Step): boolean => step.kind === 'thank-you' || step.kind === 'thank-you-card';

/** Every draft format for one step in one tone (default: the user's tone), or null for a note-to-self step. */
export function buildDrafts(step: Step, facts: Facts, tone: Tone = facts.notes.tone): Drafts | null {
  const t = isThankYou(step) ? thankYou : OTHER_TEMPLATES[step.kind];
  if (!t) return null;
  const ctx = draftContext(step, facts, tone);
  const fit = (render: (s: typeof ctx.slots) => string, max: number, unit: 'words' | 'chars') =>
    fitTo(ctx.slots, render, max, unit, TRIMMABLE);
  const emailMax = isThankYou(step) ? DRAFT_LIMITS.thankYouWords.max : DRAFT_LIMITS.shortEmailWords;
  return {
    email: {
      subject: fit((s) => t.subject(ctx, s), DRAFT_LIMITS.subjectChars, 'chars'),
      body: fit((s) => t.email(ctx, s), emailMax, 'words'),
    },
    card: fit((s) => t.card(ctx, s), DRAFT_LIMITS.cardWords, 'words'),
    linkedin: {
      free: fit((s) => t.linkedin(ctx, s, LINKEDIN_NOTE_LIMITS.free), LINKEDIN_NOTE_LIMITS.free, 'chars'),
      long: fit((s) => t.linkedin(ctx, s, LINKEDIN_NOTE_LIMITS.long), LINKEDIN_NOTE_LIMITS.long, 'chars'),
    },
    phone: fit((s) => t.phone(ctx, s).join('\n'), DRAFT_LIMITS.phoneWords, 'words').split('\n'),
  };
}
