/**
 * The optional feedback request in a reply to a rejection (guide
 * "feedback-after-rejection": ask in the reply, once, with two specific
 * questions, and offer a call). Only when the user ticked "ask for feedback"
 * when recording the rejection. Wording is data: two wordings per tone,
 * each a [formal, warm, concise] triple, picked by `ctx.seed.wording`.
 */
import type { Facts } from '../facts.ts';
import type { Step } from '../plan/types.ts';
import { byTone, type DraftContext } from './context.ts';
import { choose } from './phrases/engine.ts';

const EMAIL: readonly (readonly [string, string, string])[] = [
  [
    'Should you have a moment, I would value your feedback on my interview. Was there a skill or kind of experience the team found missing, and which of my answers could have been stronger? I would be equally glad of a short call.',
    'If you have a moment, I’d really value any feedback. Was there a skill or experience the team felt I lacked, and which answer could I have handled better? A quick call would be just as helpful.',
    'Any feedback would help me: was there a skill I lacked, or an answer that fell short?',
  ],
  [
    'I would also be grateful for any feedback you are able to share. Is there something I could do over the next year that would make me a stronger candidate for your team?',
    'I’d also be grateful for any feedback you can share, especially anything I could work on to be a stronger candidate next time.',
    'If you can share any feedback, I’d welcome it, especially what I could improve.',
  ],
];

const PHONE: readonly string[] = [
  'Ask whether they could share any feedback: a skill you lacked, or an answer that could have been stronger.',
  'Ask if they have any feedback, especially what would make you a stronger candidate next time.',
];

/** Whether the rejection this reply answers was recorded with "ask for feedback". */
export function asksFeedback(step: Step, facts: Facts): boolean {
  return facts.events.some(
    (e) => e.kind === 'rejected' && e.askFeedback === true && step.id === `reply-to-rejection:${e.id}`,
  );
}

/** The email paragraph asking for feedback, or '' when the user did not ask for one. */
export const feedbackParagraph = (ctx: DraftContext): string =>
  asksFeedback(ctx.step, ctx.facts) ? byTone(ctx.tone, choose(EMAIL, ctx.seed.wording)) : '';

/** The phone prompt asking for feedback, or none when the user did not ask for one. */
export const feedbackPrompts = (ctx: DraftContext): string[] =>
  asksFeedback(ctx.step, ctx.facts) ? [choose(PHONE, ctx.seed.wording)] : [];
