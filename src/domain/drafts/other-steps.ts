/**
 * Drafts for the steps that are not thank-yous, from their phrase bank:
 * checking in (§5), thanking the helper (§4), asking HR for feedback (§8),
 * replying to a rejection (§8) and the LinkedIn request (§7). Each step kind
 * plugs in its own `Templates`; other modules add kinds to `OTHER_TEMPLATES`.
 */
import type { StepKind } from '../plan/types.ts';
import { formatDay } from '../time/format.ts';
import { anotherOfferTemplates } from './another-offer.ts';
import { OFFER_TEMPLATES } from './offer.ts';
import { feedbackParagraph, feedbackPrompts } from './rejection-feedback.ts';
import { greeting, paragraphs, sentences, signOff, type DraftContext, type DraftSlots } from './context.ts';
import { CARD_SIGN_OFF, HELLO } from './phrases/channels.ts';
import * as O from './phrases/other-steps.ts';
import { anyTone } from './phrases/phone.ts';
import { strengthsAreSentences } from './thank-you.ts';

/** One step kind's templates: subject, email body, card, LinkedIn note (by limit) and phone bullets. */
export interface Templates {
  subject(ctx: DraftContext, s: DraftSlots): string;
  email(ctx: DraftContext, s: DraftSlots): string;
  card(ctx: DraftContext, s: DraftSlots): string;
  linkedin(ctx: DraftContext, s: DraftSlots, limit: number): string;
  phone(ctx: DraftContext, s: DraftSlots): string[];
}

/** A LinkedIn note: greeting (the team's when it goes to HR), body, the extra line when the longer limit allows, and the user's name. */
export const shortNote = (ctx: DraftContext, body: string, extra: string, limit: number): string =>
  sentences(
    ctx.say(ctx.step.recipient.kind === 'hr' ? O.HELLO_TEAM : HELLO, 'greeting'),
    body,
    limit > 200 && extra,
    ctx.slots.user,
  );
/** A card: greeting, body, card sign-off and the user's name. */
export const cardNote = (ctx: DraftContext, body: string): string =>
  paragraphs(greeting(ctx), body, `${ctx.say(CARD_SIGN_OFF, 'card-sign-off')}\n${ctx.slots.user}`);
/** A phone prompt from two wordings, the same in every tone. */
const prompt = (ctx: DraftContext, part: string, list: readonly string[]): string => ctx.say(anyTone(list), part);

function decisionLine(ctx: DraftContext): string {
  const { decision } = ctx.facts;
  if (ctx.step.round > 1 || !decision.date) return '';
  return decision.kind === 'will-call'
    ? `You mentioned you might call on ${formatDay(decision.date)}.`
    : `You mentioned a decision was expected by ${formatDay(decision.date)}.`;
}

/** Honest interest and an offer of more, for a check-in. */
function checkInOffer(ctx: DraftContext): string {
  const { read, notes } = ctx.facts;
  const stance =
    read.interest === 'yes'
      ? ctx.say(O.CHECK_IN_YES, 'check-in-stance')
      : read.interest === 'unsure'
        ? ctx.say(O.CHECK_IN_UNSURE, 'check-in-stance')
        : '';
  const phrase = notes.strengths && !strengthsAreSentences(notes.strengths) && read.interest !== 'no';
  return sentences(stance, ctx.say(phrase ? O.CHECK_IN_OFFER : O.CHECK_IN_OFFER_PLAIN, 'check-in-offer'));
}

const checkIn: Templates = {
  subject: (ctx) => ctx.say(ctx.step.optional ? O.CHECK_IN_SUBJECT_FINAL : O.CHECK_IN_SUBJECT, 'subject'),
  email: (ctx) =>
    paragraphs(
      greeting(ctx),
      ctx.step.optional
        ? ctx.say(O.CHECK_IN_ASK_FINAL, 'check-in-ask')
        : sentences(ctx.say(O.CHECK_IN_ASK, 'check-in-ask'), decisionLine(ctx)),
      checkInOffer(ctx),
      ctx.say(O.CHECK_IN_CLOSE, 'check-in-close'),
      signOff(ctx),
    ),
  card: (ctx) =>
    cardNote(
      ctx,
      sentences(
        ctx.say(O.CHECK_IN_CARD_ASK, 'check-in-ask'),
        ctx.facts.read.interest === 'yes' && ctx.say(O.CHECK_IN_YES, 'check-in-stance'),
        ctx.say(O.CHECK_IN_OFFER_PLAIN, 'check-in-offer'),
      ),
    ),
  linkedin: (ctx, _s, limit) =>
    shortNote(
      ctx,
      ctx.line('I’m following up on the {role} role at {company}. Is there any news on the decision?'),
      ctx.facts.read.interest === 'yes'
        ? ctx.say(O.CHECK_IN_YES, 'check-in-stance')
        : ctx.say(O.CHECK_IN_OFFER_PLAIN, 'check-in-offer'),
      limit,
    ),
  phone: (ctx) => [
    ctx.line('Ask for {name}.'),
    ctx.line('Say who you are: {user}, who interviewed for the {role} role on {day}.'),
    prompt(ctx, 'phone-ask', [
      'Ask politely whether there is any news on the decision, and when they expect to decide.',
      'Ask kindly how the decision is going, and when they hope to make it.',
    ]),
    prompt(ctx, 'phone-offer', [
      'Offer more information if it would help.',
      'Say you are happy to send anything that would help.',
    ]),
    'Thank them and keep the call brief.',
    ctx.step.optional
      ? prompt(ctx, 'phone-last', [
          'No answer? Leave one short message with your name and number. This was your last planned check-in: from here, let them come to you and put your time into other applications.',
          'If no one picks up, leave one brief message with your number. That was the last check-in in your plan, so stop chasing now and focus on your other applications.',
        ])
      : 'No answer? Leave one short message with your name and number; your next contact is the next planned check-in.',
  ],
};

const thankContact: Templates = {
  subject: (ctx) => ctx.say(O.CONTACT_SUBJECT, 'subject'),
  email: (ctx) =>
    paragraphs(
      greeting(ctx),
      ctx.say(O.CONTACT_THANKS, 'contact-thanks'),
      ctx.say(O.CONTACT_AFTER, 'contact-after'),
      signOff(ctx),
    ),
  card: (ctx) => cardNote(ctx, ctx.say(O.CONTACT_THANKS, 'contact-thanks')),
  linkedin: (ctx, _s, limit) =>
    shortNote(
      ctx,
      ctx.line('thank you for arranging my {role} interview at {company}.'),
      ctx.say(O.CONTACT_AFTER, 'contact-after'),
      limit,
    ),
  phone: (ctx) => [
    ctx.line('Ask for {name}.'),
    ctx.line('Thank them for arranging the {role} interview at {company}.'),
    prompt(ctx, 'phone-feedback', [
      'Share briefly how it went and ask if they have heard any feedback.',
      'Tell them briefly how it went, and ask whether any feedback has reached them.',
    ]),
    'Thank them again and keep it short.',
  ],
};

const askFeedback: Templates = {
  subject: (ctx) => ctx.say(O.FEEDBACK_SUBJECT, 'subject'),
  email: (ctx) =>
    paragraphs(
      greeting(ctx),
      ctx.say(O.FEEDBACK_ASK, 'feedback-ask'),
      ctx.say(O.FEEDBACK_QUESTIONS, 'feedback-questions'),
      ctx.say(O.FEEDBACK_THANKS, 'feedback-thanks'),
      signOff(ctx),
    ),
  card: (ctx) =>
    cardNote(
      ctx,
      ctx.line('I would value any feedback on my phone interview for the {role} role, whatever the outcome.'),
    ),
  linkedin: (ctx, _s, limit) =>
    shortNote(
      ctx,
      ctx.line('I had a phone interview for the {role} role at {company}. Could you share any feedback?'),
      'Even a line on where I could be stronger would help.',
      limit,
    ),
  phone: (ctx) => [
    ctx.line('Ask for someone in HR at {company}.'),
    ctx.line('Say who you are: {user}, who had a phone interview for the {role} role on {day}.'),
    'Ask: what stood out in my answers?',
    'Ask: where could I have been stronger?',
    'Ask: what would help me most at the next stage?',
    prompt(ctx, 'phone-thanks', ['Thank them, whatever they can share.', 'Thank them for whatever they can tell you.']),
  ],
};

const replyToRejection: Templates = {
  subject: (ctx) => ctx.say(O.REJECTION_SUBJECT, 'subject'),
  email: (ctx) =>
    paragraphs(
      greeting(ctx),
      ctx.say(O.REJECTION_THANKS, 'rejection-thanks'),
      feedbackParagraph(ctx),
      ctx.say(O.REJECTION_FUTURE, 'rejection-future'),
      signOff(ctx),
    ),
  card: (ctx) =>
    cardNote(
      ctx,
      sentences(ctx.say(O.REJECTION_THANKS, 'rejection-thanks'), ctx.say(O.REJECTION_FUTURE, 'rejection-future')),
    ),
  linkedin: (ctx, _s, limit) =>
    shortNote(
      ctx,
      ctx.line('thank you for the chance to interview for the {role} role at {company}.'),
      'I would be glad to stay in touch for future roles.',
      limit,
    ),
  phone: (ctx) => [
    ctx.line('Ask for {name}.'),
    prompt(ctx, 'phone-thanks', [
      'Thank them for letting you know and for their time.',
      'Thank them for telling you, and for the time they gave you.',
    ]),
    ...feedbackPrompts(ctx),
    ctx.line('Ask them to keep your CV on file for future roles at {company}.'),
    'Say you would be glad to stay in touch.',
  ],
};

const linkedIn: Templates = {
  subject: (ctx) => ctx.say(O.LINKEDIN_SUBJECT, 'subject'),
  email: (ctx) => paragraphs(greeting(ctx), ctx.say(O.LINKEDIN_EMAIL, 'linkedin-email'), signOff(ctx)),
  card: (ctx) => cardNote(ctx, ctx.say(O.LINKEDIN_EMAIL, 'linkedin-email')),
  linkedin: (ctx, _s, limit) =>
    shortNote(ctx, ctx.say(O.LINKEDIN_NOTE, 'linkedin-note'), ctx.say(O.LINKEDIN_NOTE_MORE, 'linkedin-more'), limit),
  phone: (ctx) => [
    prompt(ctx, 'phone-linkedin', [
      'LinkedIn requests go by message, not by phone: send the note.',
      'A LinkedIn request is sent as a note, not a call: use the LinkedIn tab.',
    ]),
  ],
};

/** Templates for every step kind except thank-yous (see thank-you.ts) and move-on (no draft). */
export const OTHER_TEMPLATES: Partial<Record<StepKind, Templates>> = {
  'check-in': checkIn,
  'thank-contact': thankContact,
  'ask-feedback': askFeedback,
  'reply-to-rejection': replyToRejection,
  'another-offer': anotherOfferTemplates,
  ...OFFER_TEMPLATES,
  linkedin: linkedIn,
};
