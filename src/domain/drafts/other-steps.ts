/**
 * Drafts for the steps that are not thank-yous: checking in (§5: short, polite,
 * offer more information), thanking the helper (§4), asking HR for feedback
 * (§8, with prepared questions), replying to a rejection (§8: thanks, keep my
 * CV on file, stay in touch) and the LinkedIn request itself (§7).
 */
import type { StepKind } from '../plan/types.ts';
import { formatDay } from '../time/format.ts';
import { byTone, greeting, paragraphs, signOff, type DraftContext, type DraftSlots } from './context.ts';

/** One step kind's templates: subject, email body, card, LinkedIn note (by limit) and phone bullets. */
export interface Templates {
  subject(ctx: DraftContext, s: DraftSlots): string;
  email(ctx: DraftContext, s: DraftSlots): string;
  card(ctx: DraftContext, s: DraftSlots): string;
  linkedin(ctx: DraftContext, s: DraftSlots, limit: number): string;
  phone(ctx: DraftContext, s: DraftSlots): string[];
}

const hi = (ctx: DraftContext, s: DraftSlots): string =>
  ctx.tone === 'formal' ? `Hello ${s.name},` : `Hi ${s.first},`;
const short = (ctx: DraftContext, s: DraftSlots, body: string, extra: string, limit: number): string =>
  `${hi(ctx, s)} ${body}${limit > 200 ? ` ${extra}` : ''} ${s.user}`;
const card = (ctx: DraftContext, s: DraftSlots, body: string): string =>
  paragraphs(greeting(ctx, s), body, `${byTone(ctx.tone, ['With thanks,', 'Warm wishes,', 'Thanks,'])}\n${s.user}`);
const who = (ctx: DraftContext, s: DraftSlots): string =>
  `Say who you are: ${s.user}, who interviewed for the ${s.role} role on ${ctx.day}.`;

function decisionLine(ctx: DraftContext): string {
  const { decision } = ctx.facts;
  if (ctx.step.round > 1 || !decision.date) return '';
  return decision.kind === 'will-call'
    ? ` You mentioned you might call on ${formatDay(decision.date)}.`
    : ` You mentioned a decision was expected by ${formatDay(decision.date)}.`;
}

const checkIn: Templates = {
  subject: (ctx, s) => (ctx.step.optional ? `${s.role} role: a final follow-up` : `${s.role} role: following up`),
  email: (ctx, s) => {
    const again = ctx.step.optional;
    const ask = again
      ? `I am writing once more about the ${s.role} role I interviewed for on ${ctx.day}. I understand these decisions take time.`
      : `I interviewed for the ${s.role} role on ${ctx.day}, and I'm writing to ask whether there is any news on the decision.${decisionLine(ctx)}`;
    const offer = byTone(ctx.tone, [
      `I remain very interested in joining ${s.company}. If any further information about my experience with ${s.strengths} would help, I would be glad to provide it.`,
      `I'm still very keen on joining ${s.company}, and happy to send anything that would help, for example more about ${s.strengths}.`,
      `I'm still keen, and happy to send more about ${s.strengths} if useful.`,
    ]);
    return paragraphs(
      greeting(ctx, s),
      ask,
      offer,
      byTone(ctx.tone, ['Thank you for your time.', 'Thanks so much for your time.', 'Thank you.']),
      signOff(ctx, s),
    );
  },
  card: (ctx, s) =>
    card(
      ctx,
      s,
      `I'm still very interested in the ${s.role} role and would be glad to help with anything you need for your decision.`,
    ),
  linkedin: (ctx, s, limit) =>
    short(
      ctx,
      s,
      `I'm following up on the ${s.role} role at ${s.company}. Is there any news on the decision?`,
      'I remain very interested and can send anything that would help.',
      limit,
    ),
  phone: (ctx, s) => [
    `Ask for ${s.name}.`,
    who(ctx, s),
    'Ask politely whether there is any news on the decision, and when they expect to decide.',
    `Offer more information if it would help, for example about ${s.strengths}.`,
    'Thank them and keep the call brief.',
    'No answer? Leave one short message with your name and number; your next contact is the next planned check-in.',
  ],
};

const thankContact: Templates = {
  subject: () => 'Thank you for arranging my interview',
  email: (ctx, s) =>
    paragraphs(
      greeting(ctx, s),
      `Thank you for arranging my interview for the ${s.role} role at ${s.company} on ${ctx.day}. Your help with the preparation made a real difference.`,
      `I have thanked the interviewers, and I would be glad to hear any feedback that comes your way. I'll keep you posted on my side too.`,
      signOff(ctx, s),
    ),
  card: (ctx, s) =>
    card(ctx, s, `Thank you for arranging my interview at ${s.company}. Your help made a real difference.`),
  linkedin: (ctx, s, limit) =>
    short(
      ctx,
      s,
      `thank you for arranging my ${s.role} interview at ${s.company}.`,
      'Your help made a real difference, and I would be glad to stay in touch.',
      limit,
    ),
  phone: (_c, s) => [
    `Ask for ${s.name}.`,
    `Thank them for arranging the ${s.role} interview at ${s.company}.`,
    'Share briefly how it went and ask if they have heard any feedback.',
    'Thank them again and keep it short.',
  ],
};

const askFeedback: Templates = {
  subject: (_c, s) => `Feedback on my ${s.role} phone interview`,
  email: (ctx, s) =>
    paragraphs(
      greeting(ctx, s),
      `I recently had a phone interview for the ${s.role} role at ${s.company}, arranged through a recruiter. I would value any feedback you are able to share, whatever the outcome.`,
      'In particular:\n- What stood out, good or bad, in my answers?\n- Is there an area where I could have been stronger?\n- What would help me most at the next stage?',
      byTone(ctx.tone, ['Thank you for your help.', 'Thanks very much for your help.', 'Thank you.']),
      signOff(ctx, s),
    ),
  card: (ctx, s) =>
    card(ctx, s, `I would value any feedback on my phone interview for the ${s.role} role, whatever the outcome.`),
  linkedin: (ctx, s, limit) =>
    short(
      ctx,
      s,
      `I had a phone interview for the ${s.role} role at ${s.company}. Could you share any feedback?`,
      'Even a line on where I could be stronger would help.',
      limit,
    ),
  phone: (ctx, s) => [
    `Ask for someone in HR at ${s.company}.`,
    `Say who you are: ${s.user}, who had a phone interview for the ${s.role} role on ${ctx.day}.`,
    'Ask: what stood out in my answers?',
    'Ask: where could I have been stronger?',
    'Ask: what would help me most at the next stage?',
    'Thank them, whatever they can share.',
  ],
};

const replyToRejection: Templates = {
  subject: (_ctx, s) => `Thank you: ${s.role} role`,
  email: (ctx, s) =>
    paragraphs(
      greeting(ctx, s),
      `Thank you for letting me know about the ${s.role} role, and for the time you and the team gave me. I enjoyed learning about ${s.company}.`,
      byTone(ctx.tone, [
        'I would be grateful if you would keep my CV on file for future positions, and I hope we will stay in touch.',
        "I'd be grateful if you kept my CV on file for future roles, and I'd be glad to stay in touch.",
        'Please keep my CV on file for future roles; I would be glad to stay in touch.',
      ]),
      signOff(ctx, s),
    ),
  card: (ctx, s) =>
    card(
      ctx,
      s,
      `Thank you for your time and for letting me know. Please keep my CV on file for future roles at ${s.company}.`,
    ),
  linkedin: (ctx, s, limit) =>
    short(
      ctx,
      s,
      `thank you for the chance to interview for the ${s.role} role at ${s.company}.`,
      'I would be glad to stay in touch for future roles.',
      limit,
    ),
  phone: (_c, s) => [
    `Ask for ${s.name}.`,
    'Thank them for letting you know and for their time.',
    `Ask them to keep your CV on file for future roles at ${s.company}.`,
    'Say you would be glad to stay in touch.',
  ],
};

const linkedIn: Templates = {
  subject: () => 'Connecting on LinkedIn',
  email: (ctx, s) =>
    paragraphs(
      greeting(ctx, s),
      `As we discussed at my ${s.role} interview, I have sent you a connection request on LinkedIn. Thank you again for your time.`,
      signOff(ctx, s),
    ),
  card: (ctx, s) =>
    card(ctx, s, `Thank you again for your time. As we discussed, I've sent you a request on LinkedIn.`),
  linkedin: (ctx, s, limit) =>
    short(
      ctx,
      s,
      `thank you again for the ${s.role} interview at ${s.company}. As we discussed, I'd be glad to connect.`,
      "I'd enjoy following your team's work.",
      limit,
    ),
  phone: () => ['LinkedIn requests go by message, not by phone: send the note.'],
};

/** Templates for every step kind except thank-yous (see thank-you.ts) and move-on (no draft). */
export const OTHER_TEMPLATES: Partial<Record<StepKind, Templates>> = {
  'check-in': checkIn,
  'thank-contact': thankContact,
  'ask-feedback': askFeedback,
  'reply-to-rejection': replyToRejection,
  linkedin: linkedIn,
};
