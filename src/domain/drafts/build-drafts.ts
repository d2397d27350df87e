/**
 * `buildDrafts`: every format of a step's message in one tone and one of its
 * alternative wordings. The user's words go in whole: nothing is cut to fit a
 * limit; a long draft stays long and the checker says by how much. Facts the
 * message cannot do without (the user's name, the job) show as
 * `[placeholder]`; optional ones are simply left out.
 */
import type { Facts } from '../facts.ts';
import type { Tone } from '../facts-input.ts';
import { LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import type { Step } from '../plan/types.ts';
import { draftContext, recording, withOffsets, type DraftContext } from './context.ts';
import { offsetsFor, type PartUse } from './spread.ts';
import { OTHER_TEMPLATES, type Templates } from './other-steps.ts';
import { thankYouCard, thankYouEmail, thankYouLinkedIn, thankYouPhone, thankYouSubject } from './thank-you.ts';
import type { Drafts } from './types.ts';

const thankYou: Templates = {
  subject: thankYouSubject,
  email: thankYouEmail,
  card: thankYouCard,
  linkedin: (ctx, _s, limit) => thankYouLinkedIn(ctx, limit),
  phone: thankYouPhone,
};

/** How many wordings the user can cycle through: three for a thank-you, two for any other message. */
export const WORDINGS = { thankYou: 3, other: 2 } as const;

/** Whether a step's email is a thank-you (100–180 words) rather than a short note. */
export const isThankYou = (step: Step): boolean => step.kind === 'thank-you' || step.kind === 'thank-you-card';

const templatesFor = (step: Step): Templates | undefined => (isThankYou(step) ? thankYou : OTHER_TEMPLATES[step.kind]);

/**
 * How many alternative wordings a step's drafts have in a tone (0 for a
 * note-to-self step). Facts and tone are part of the contract the UI calls,
 * though today every bank has the same number of alternatives in each tone.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function wordingCount(step: Step, _facts: Facts, _tone: Tone): number {
  if (!templatesFor(step)) return 0;
  return isThankYou(step) ? WORDINGS.thankYou : WORDINGS.other;
}

/**
 * Every draft format for one step in one tone (default: the user's tone) and
 * wording (0 to `wordingCount - 1`, wrapping), or null for a note-to-self step.
 * The same arguments always give the same text.
 */
export function buildDrafts(step: Step, facts: Facts, tone: Tone = facts.notes.tone, wording = 0): Drafts | null {
  const t = templatesFor(step);
  if (!t) return null;
  const count = wordingCount(step, facts, tone);
  const ctx = draftContext(step, facts, tone, ((wording % count) + count) % count);
  const s = ctx.slots;
  // A thank-you goes to each person on a panel: spread who shares which wording (spread.ts).
  const each = isThankYou(step) ? spread : <T>(c: DraftContext, compose: (c: DraftContext) => T) => compose(c);
  return {
    email: each(ctx, (c) => ({ subject: t.subject(c, s), body: t.email(c, s) })),
    card: each(ctx, (c) => t.card(c, s)),
    linkedin: {
      free: each(ctx, (c) => t.linkedin(c, s, LINKEDIN_NOTE_LIMITS.free)),
      long: each(ctx, (c) => t.linkedin(c, s, LINKEDIN_NOTE_LIMITS.long)),
    },
    phone: each(ctx, (c) => t.phone(c, s)),
  };
}

/**
 * Parts whose wording already differs from person to person (their name,
 * title or point, thanks for arranging the interview) or whose use depends on
 * length: they are left out of the spread, which needs the same parts in
 * every person's note.
 */
const OWN_PARTS = new Set([
  'greeting',
  'point',
  'point-title',
  'point-none',
  'helped',
  'phone-ask-for',
  'phone-point',
  'phone-help',
  'linkedin-concern',
]);

/** Composes a message twice: once to learn the parts every person's note shares, then with this person's place in them. */
function spread<T>(ctx: DraftContext, compose: (c: DraftContext) => T): T {
  const used: PartUse[] = [];
  compose(recording(ctx, used));
  return compose(
    withOffsets(
      ctx,
      offsetsFor(
        used.filter(([part]) => !OWN_PARTS.has(part)),
        ctx.seed.person,
      ),
    ),
  );
}
