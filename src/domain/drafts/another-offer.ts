/**
 * Drafts for telling the employer the user prefers about another offer with an
 * answer date (guide "another-offer-deadline"): who you are, the news with the
 * other employer's date stated as theirs, your preference only if you gave one,
 * a question they can answer, and an easy way out. No bluff, no ultimatum, no
 * deadline set for them: the checker's pushy-deadline rule stays quiet on every
 * tone and wording. The other employer is named only when the user asked. A
 * card is too slow for news with a date on it, so the card only follows the email.
 * Wording is data: two wordings per tone, each a [formal, warm, concise] triple,
 * picked by the wording the user asked for (`ctx.seed.wording`).
 */
import type { Tone } from '../facts-input.ts';
import { anotherOfferOf } from '../plan/another-offer.ts';
import { formatDay } from '../time/format.ts';
import { byTone, greeting, paragraphs, sentences, signOff, type DraftContext, type DraftSlots } from './context.ts';
import type { Templates } from './other-steps.ts';
import { CARD_SIGN_OFF, HELLO } from './phrases/channels.ts';
import { choose } from './phrases/engine.ts';
import { countChars } from './text.ts';

/** What the phrases fill in besides the slots. */
interface Offer {
  /** The answer date, e.g. "Friday 21 March". */
  due: string;
  /** " from Northwind" when the user asked to name them, else "". */
  from: string;
  /** "Northwind" when the user asked to name them, else "another employer". */
  who: string;
  /** Whether the user still wants this job (true) or is not sure yet (false): only then is it their first choice. */
  prefers: boolean;
}

type Phrase = (ctx: DraftContext, s: DraftSlots, o: Offer) => string;
/** One phrase per tone: [formal, warm, concise]. */
type ByTone = readonly [Phrase, Phrase, Phrase];

const SUBJECT: readonly ByTone[] = [
  [
    (_c, s) => `${s.role} role: a question about timing`,
    (_c, s) => `${s.role} role: a timing question`,
    (_c, s) => `${s.role}: timing question`,
  ],
  [
    (_c, s) => `My application for the ${s.role} role`,
    (_c, s) => `${s.role} role: an update from me`,
    (_c, s) => `${s.role} role: quick update`,
  ],
];

/** Whether the recipient was at the interview (a contact who arranged it was not: never "meeting me"). */
const met = (c: DraftContext): boolean => c.step.recipient.kind === 'interviewer';

const NEWS: readonly ByTone[] = [
  [
    (c, s, o) =>
      `I am writing about the ${s.role} role I interviewed for on ${c.day}. I have since received another offer${o.from}, and I have been asked to give my answer by ${o.due}.`,
    (c, s, o) =>
      `I interviewed for the ${s.role} role on ${c.day}, and I wanted to let you know that I have since had another offer${o.from}. They have asked for my answer by ${o.due}.`,
    (c, s, o) =>
      `A quick update on the ${s.role} role I interviewed for on ${c.day}: I’ve received another offer${o.from}, with an answer due by ${o.due}.`,
  ],
  [
    (c, s, o) =>
      `${met(c) ? `Thank you again for the interview for the ${s.role} role on ${c.day}.` : `Thank you for your help with my application for the ${s.role} role, which I interviewed for on ${c.day}.`} I am writing because ${o.who} has since offered me a position and has asked for my decision by ${o.due}.`,
    (c, s, o) =>
      `${met(c) ? `Thanks again for ${c.meeting} about the ${s.role} role on ${c.day}.` : `Thanks so much for your help with the ${s.role} role I interviewed for on ${c.day}.`} Since then, ${o.who} has offered me a position and would like my answer by ${o.due}.`,
    (c, s, o) =>
      `Since my ${s.role} interview on ${c.day}, I’ve had another offer${o.from}; my answer is due by ${o.due}.`,
  ],
];

const PREFERENCE: readonly ByTone[] = [
  [
    (_c, s, o) =>
      o.prefers
        ? `${s.company} remains my first choice, so I wanted you to hear this from me before I reply.`
        : `I remain keen to learn more about the role at ${s.company}, so I wanted you to know before I reply.`,
    (_c, s, o) =>
      o.prefers
        ? `${s.company} is still my first choice, and I would much rather join your team.`
        : `I’m still keen to learn more about the role at ${s.company} before I answer them.`,
    (_c, s, o) => (o.prefers ? `${s.company} is my first choice.` : `I’m keen to learn more about ${s.company} first.`),
  ],
  [
    (_c, s, o) =>
      o.prefers
        ? `I would much prefer to join ${s.company}, and I did not want to answer them without letting you know.`
        : `I did not want to answer them without first letting you know, as I remain keen to learn more about the role at ${s.company}.`,
    (_c, s, o) =>
      o.prefers
        ? `I’d much prefer to join ${s.company}, so I wanted you to hear it from me first.`
        : `I’m still keen to learn more about ${s.company}, so I wanted you to hear it from me first.`,
    (_c, s, o) => (o.prefers ? `I’d much rather join ${s.company}.` : `I’m keen to hear more from ${s.company} first.`),
  ],
];

const QUESTION: readonly ByTone[] = [
  [
    () =>
      'Would you be able to let me know where my application stands before then? I entirely understand if your timetable cannot change.',
    () =>
      'Is there any chance you could tell me where things stand before then? I completely understand if that isn’t possible.',
    () => 'Could you tell me where things stand before then? I understand if your timeline can’t move.',
  ],
  [
    () =>
      'If you could give me an indication of your timetable before that date, I would be most grateful. I understand entirely if it cannot be brought forward.',
    () => 'Would it be possible to get a sense of where things stand before then? If not, I completely understand.',
    () => 'Is an update possible before then? No problem if not.',
  ],
];

const THANKS: readonly (readonly [string, string, string])[] = [
  ['Thank you for your time.', 'Thanks so much for your time.', ''],
  ['Thank you for your time and help.', 'Thank you for your time.', ''],
];

/** The LinkedIn note's body and its extra line for the longer limit. */
const LINKEDIN: readonly (readonly [Phrase, Phrase])[] = [
  [
    (_c, s, o) =>
      `I interviewed for the ${s.role} role at ${s.company} and have since had another offer, due ${o.due}. Could you tell me where things stand before then?`,
    (_c, s, o) =>
      o.prefers ? `${s.company} is still my first choice.` : `I’m keen to learn more about the role before I decide.`,
  ],
  [
    (_c, s, o) =>
      `since my ${s.role} interview at ${s.company} I’ve had another offer, with an answer due ${o.due}. Is an update possible before then?`,
    (_c, s, o) =>
      o.prefers ? `I’d much rather join ${s.company}.` : `I’m keen to hear more from ${s.company} before I decide.`,
  ],
];

/** The LinkedIn body when the role and company make the usual one too long for the note: shorter, never cut. */
const LINKEDIN_SHORT: Phrase = (_c, _s, o) =>
  `I’ve had another offer since my interview, with an answer due ${o.due}. Is an update possible before then?`;

/** The phone script, in speaking order. */
const PHONE: readonly ((ctx: DraftContext, s: DraftSlots, o: Offer) => string[])[] = [
  (c, s, o) => [
    `Ask for ${s.name}.`,
    `Say who you are: ${s.user}, who interviewed for the ${s.role} role on ${c.day}.`,
    `Tell them you have received another offer${o.from} and your answer is due on ${o.due}.`,
    o.prefers
      ? `Say that ${s.company} is your first choice.`
      : 'Say you are keen to learn more about the role before you decide.',
    'Ask whether they could tell you where things stand before then.',
    'Say you understand if their timetable cannot change, and thank them.',
    'Afterwards, send a short email saying the same, so the date is in writing.',
    'No answer? Leave one short message and send the email version the same day.',
  ],
  (c, s, o) => [
    `Ask for ${s.name}, and say you are ${s.user}, who interviewed for the ${s.role} role on ${c.day}.`,
    `Explain that ${o.who} has offered you a position and asked for your answer by ${o.due}.`,
    o.prefers
      ? `Say you would much prefer to join ${s.company}.`
      : `Say you are still keen to learn more about ${s.company} before you decide.`,
    'Ask if they can give you a sense of their timetable before that date.',
    'Thank them, whatever they can say, and keep the call short.',
    'Follow up with a brief email that repeats the date.',
    'No answer? One short message is enough; then send the email.',
  ],
];

/** A card is days in the post, so it never carries the news alone: it follows the email. */
const CARD: readonly ((s: DraftSlots, o: Offer) => string)[] = [
  (s, o) =>
    o.prefers
      ? `As my email explains, I have had another offer, with an answer due by ${o.due}; ${s.company} remains my first choice. Thank you for your time.`
      : `As my email explains, I have had another offer, with an answer due by ${o.due}, and I remain keen to learn more about ${s.company}. Thank you for your time.`,
  (s, o) =>
    `Further to my email about another offer, due by ${o.due}, thank you again for your time.${o.prefers ? ` I would much rather join ${s.company}.` : ''}`,
];

const TONE_INDEX: Record<Tone, 0 | 1 | 2> = { formal: 0, warm: 1, concise: 2 };

/** The facts the phrases need beyond the slots, from the event the step was made for. */
function offerOf(ctx: DraftContext): Offer {
  const event = anotherOfferOf(ctx.step, ctx.facts);
  const named = event?.mentionOther && event.otherEmployer ? event.otherEmployer : null;
  return {
    due: event ? formatDay(event.deadline) : '[the date your answer is due]',
    from: named ? ` from ${named}` : '',
    who: named ?? 'another employer',
    prefers: ctx.facts.read.interest === 'yes',
  };
}

/** The phrase of a bank for the draft's wording and tone. */
const say = (bank: readonly ByTone[], ctx: DraftContext, s: DraftSlots): string =>
  choose(bank, ctx.seed.wording)[TONE_INDEX[ctx.tone]](ctx, s, offerOf(ctx));

/** A name that ends a sentence with its own mark ("Acme Ltd.", "Yahoo!") keeps only that one. */
const oneMark = (text: string): string => text.replace(/(?<!\.)([.?!])\.(?=\s|$)/gu, '$1');

/** The templates for the another-offer message, in every wording. */
export const anotherOfferTemplates: Templates = {
  subject: (ctx, s) => say(SUBJECT, ctx, s),
  email: (ctx, s) =>
    oneMark(
      paragraphs(
        greeting(ctx),
        say(NEWS, ctx, s),
        say(PREFERENCE, ctx, s),
        say(QUESTION, ctx, s),
        byTone(ctx.tone, choose(THANKS, ctx.seed.wording)),
        signOff(ctx),
      ),
    ),
  card: (ctx, s) =>
    paragraphs(
      greeting(ctx),
      oneMark(choose(CARD, ctx.seed.wording)(s, offerOf(ctx))),
      `${ctx.say(CARD_SIGN_OFF, 'card-sign-off')}\n${s.user}`,
    ),
  linkedin: (ctx, s, limit) => {
    const [body, extra] = choose(LINKEDIN, ctx.seed.wording);
    const o = offerOf(ctx);
    const note = (main: Phrase, more: boolean) =>
      oneMark(sentences(ctx.say(HELLO, 'greeting'), main(ctx, s, o), more && extra(ctx, s, o), s.user));
    // Whole sentences only: the first version that fits the note's limit, the shortest if none does.
    const tries = [note(body, limit > 200), note(body, false), note(LINKEDIN_SHORT, false)];
    return tries.find((text) => countChars(text) <= limit) ?? note(LINKEDIN_SHORT, false);
  },
  phone: (ctx, s) => choose(PHONE, ctx.seed.wording)(ctx, s, offerOf(ctx)).map(oneMark),
};
