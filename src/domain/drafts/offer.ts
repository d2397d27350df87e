/**
 * Drafts for the steps an offer adds (guide "after-a-rejection", section "If
 * you get an offer"): a prompt reply (thanks, gladness as honest as the user's
 * interest, and when do they need an answer), a request for a phone offer in
 * writing (pay, start date, hours and benefits: pay talk belongs here), the
 * answer itself (an acceptance, or a gracious no when the user said the role
 * is not a fit), and a thank-you to an interviewer rewritten to share the
 * news, never asking to hear back. Two wordings per tone, each a [formal,
 * warm, concise] triple, picked by the wording the user asked for.
 */
import type { Tone } from '../facts-input.ts';
import type { StepKind } from '../plan/types.ts';
import { formatDay } from '../time/format.ts';
import { greeting, paragraphs, sentences, signOff, type DraftContext, type DraftSlots } from './context.ts';
import type { Templates } from './other-steps.ts';
import { CARD_SIGN_OFF, HELLO } from './phrases/channels.ts';
import { choose } from './phrases/engine.ts';

type Line = (ctx: DraftContext, s: DraftSlots) => string;
/** One line per tone: [formal, warm, concise]. */
type ByTone = readonly [Line, Line, Line];
/** One kind's wording: each part has two wordings. */
interface Wording {
  subject: readonly ByTone[];
  body: readonly (readonly ByTone[])[];
  card: readonly Line[];
  /** The card is advice to the user (a card is too slow for this step), shown bare like the LinkedIn step's phone tab. */
  cardIsAdvice?: true;
  note: readonly (readonly [Line, Line])[];
  phone: readonly ((ctx: DraftContext, s: DraftSlots) => string[])[];
}

const TONE: Record<Tone, 0 | 1 | 2> = { formal: 0, warm: 1, concise: 2 };
const pick = (bank: readonly ByTone[], ctx: DraftContext, s: DraftSlots): string =>
  choose(bank, ctx.seed.wording)[TONE[ctx.tone]](ctx, s);
const keen = (ctx: DraftContext) => ctx.facts.read.interest === 'yes';
const declining = (ctx: DraftContext) => ctx.facts.read.interest === 'no';
/** The offer event the step was made for (`offer-reply:<event id>`), if it is still there. */
function offerOf(ctx: DraftContext) {
  const id = ctx.step.id.split(':')[1];
  return ctx.facts.events.find((e) => e.kind === 'offer' && e.id === id);
}
/** The day the offer came, or the interview day. */
function offerDay(ctx: DraftContext): string {
  const event = offerOf(ctx);
  return event ? formatDay(event.date) : ctx.day;
}
/** The day the user chose to answer by, or null: then the reply asks when they need it. */
function dueDay(ctx: DraftContext): string | null {
  const event = offerOf(ctx);
  return event?.kind === 'offer' && event.answerBy ? formatDay(event.answerBy) : null;
}

const reply: Wording = {
  subject: [
    [
      (_c, s) => `Thank you for the offer: ${s.role}`,
      (_c, s) => `${s.role} offer: thank you`,
      (_c, s) => `Thanks: ${s.role} offer`,
    ],
    [
      (_c, s) => `Your offer of the ${s.role} role`,
      (_c, s) => `Thank you for the ${s.role} offer`,
      (_c, s) => `${s.role} offer`,
    ],
  ],
  body: [
    [
      [
        (_c, s) => `Thank you very much for offering me the ${s.role} role at ${s.company}.`,
        (_c, s) => `Thank you so much for the offer of the ${s.role} role at ${s.company}.`,
        (_c, s) => `Thank you for offering me the ${s.role} role.`,
      ],
      [
        (_c, s) =>
          `Thank you for your offer of the ${s.role} position at ${s.company}; I was very pleased to receive it.`,
        (_c, s) => `Thanks so much for offering me the ${s.role} role at ${s.company}. It was lovely news to get.`,
        (_c, s) => `Thanks for the ${s.role} offer.`,
      ],
    ],
    [
      [
        (c) =>
          keen(c)
            ? 'I am delighted, and grateful for the time you and the team gave me during the process.'
            : 'I am grateful for the time you and the team gave me during the process.',
        (c) =>
          keen(c)
            ? 'I’m really pleased, and grateful for the time everyone gave me along the way.'
            : 'I’m grateful for the time everyone gave me along the way.',
        (c) => (keen(c) ? 'I’m delighted.' : 'I’m grateful for your time.'),
      ],
      [
        (c) =>
          keen(c)
            ? 'It is excellent news, and I appreciate the care the team took over the interviews.'
            : 'I appreciate the care the team took over the interviews.',
        (c) =>
          keen(c)
            ? 'It’s great news, and I’ve enjoyed getting to know the team.'
            : 'I’ve appreciated getting to know the team.',
        (c) => (keen(c) ? 'Great news, thank you.' : 'I appreciate it.'),
      ],
    ],
    [
      [
        (c) =>
          dueDay(c)
            ? `I will give you my answer by ${dueDay(c)}, once I have read the full details carefully.`
            : 'Could you let me know by when you would like my answer? I would like to read the full details carefully before I reply.',
        (c) =>
          dueDay(c)
            ? `I’ll come back to you by ${dueDay(c)}, once I’ve gone through the details properly.`
            : 'When would you like my answer? I’d like to go through the details properly first.',
        (c) => (dueDay(c) ? `You’ll have my answer by ${dueDay(c)}.` : 'When do you need my answer?'),
      ],
      [
        (c) =>
          dueDay(c)
            ? `I will let you have my decision by ${dueDay(c)}, after giving the offer the thought it deserves.`
            : 'May I ask when you need my decision? I want to give the offer the careful thought it deserves.',
        (c) =>
          dueDay(c)
            ? `I’ll let you know my decision by ${dueDay(c)}; I want to give it proper thought.`
            : 'Could you tell me when you’d like my decision? I want to give it proper thought.',
        (c) => (dueDay(c) ? `I’ll reply with my decision by ${dueDay(c)}.` : 'By when would you like my decision?'),
      ],
    ],
  ],
  card: [
    (_c, s) => `Thank you for the offer of the ${s.role} role. I will be in touch about timing.`,
    (_c, s) => `Thank you for offering me the ${s.role} role at ${s.company}.`,
  ],
  note: [
    [
      (c, s) =>
        `thank you for the ${s.role} offer. ${dueDay(c) ? `I will answer by ${dueDay(c)}.` : 'When do you need my answer?'}`,
      () => 'I would like to read the details carefully first.',
    ],
    [
      (c, s) =>
        `thanks for offering me the ${s.role} role. ${dueDay(c) ? `I’ll let you know by ${dueDay(c)}.` : 'When would you like my decision?'}`,
      () => 'I want to give it proper thought.',
    ],
  ],
  phone: [
    (c, s) => [
      `Ask for ${s.name}.`,
      `Thank them for offering you the ${s.role} role.`,
      keen(c) ? 'Say you are delighted.' : 'Say you appreciate the offer.',
      dueDay(c) ? `Say you will give your answer by ${dueDay(c)}.` : 'Ask when they need your answer.',
      'Ask them to send the full offer in writing, if it has not come yet.',
      dueDay(c)
        ? 'Do not accept or decline on this call.'
        : 'Do not accept or decline on this call; say you will reply by the date you agree.',
    ],
    (c, s) => [
      `Ask for ${s.name}, and thank them for the ${s.role} offer.`,
      keen(c) ? 'Tell them you are very pleased.' : 'Tell them you appreciate it.',
      dueDay(c) ? `Tell them you will decide by ${dueDay(c)}.` : 'Ask by when they would like your decision.',
      'Check that the written offer is on its way.',
      'Thank them again; give your answer later, once you have read it.',
    ],
  ],
};

const writing: Wording = {
  subject: [
    [
      (_c, s) => `${s.role} offer: the written details`,
      (_c, s) => `${s.role} offer in writing`,
      (_c, s) => `${s.role} offer: written copy`,
    ],
    [
      (_c, s) => `Written offer for the ${s.role} role`,
      (_c, s) => `The ${s.role} offer in writing`,
      (_c, s) => `Written ${s.role} offer`,
    ],
  ],
  body: [
    [
      [
        (c, s) => `Thank you again for offering me the ${s.role} role by phone on ${offerDay(c)}.`,
        (c, s) => `Thanks again for calling on ${offerDay(c)} to offer me the ${s.role} role.`,
        (c, s) => `Thanks again for the ${s.role} offer on ${offerDay(c)}.`,
      ],
      [
        (c, s) => `I was very pleased to receive your call on ${offerDay(c)} offering me the ${s.role} position.`,
        (c, s) => `It was lovely to hear from you on ${offerDay(c)} about the ${s.role} role.`,
        (_c, s) => `Thanks for the call about the ${s.role} offer.`,
      ],
    ],
    [
      [
        () =>
          'Could you send me the offer in writing, with the salary, start date, hours and benefits, so that I can consider it properly?',
        () =>
          'Could you send the offer in writing, with the salary, start date, hours and benefits? I’d like to read it through properly.',
        () => 'Could you send it in writing, with the salary, start date, hours and benefits?',
      ],
      [
        () =>
          'Would you be able to send me the written offer, including the salary, start date, hours and benefits, so I can review it?',
        () =>
          'Would you mind sending the written offer, with the salary, start date, hours and benefits, so I can look it over?',
        () => 'Please send the written offer: salary, start date, hours and benefits.',
      ],
    ],
    [
      [() => 'Thank you for your help.', () => 'Thanks so much for your help.', () => 'Thank you.'],
      [() => 'Many thanks.', () => 'Thanks again.', () => 'Thanks.'],
    ],
  ],
  cardIsAdvice: true,
  card: [
    () => 'A card is too slow for this: email them, or ask on the phone and confirm by email.',
    () => 'This needs an answer soon, and a card takes days: email them instead.',
  ],
  note: [
    [
      (_c, s) => `thank you again for the ${s.role} offer. Could you send it in writing?`,
      () => 'The salary, start date, hours and benefits would help me decide.',
    ],
    [
      (_c, s) => `thanks for the ${s.role} offer. Could I have it in writing?`,
      () => 'Details of the salary, start date and benefits would help.',
    ],
  ],
  phone: [
    (_c, s) => [
      `Ask for ${s.name}.`,
      `Thank them again for the ${s.role} offer.`,
      'Ask them to send it in writing, with the salary, start date, hours and benefits.',
      'Agree when it will arrive, and thank them.',
    ],
    (_c, s) => [
      `Ask for ${s.name}, and thank them for the ${s.role} offer.`,
      'Ask for the written offer: salary, start date, hours and benefits.',
      'Check the email address it will go to, and thank them.',
    ],
  ],
};

const decision: Wording = {
  subject: [
    [
      (c, s) => (declining(c) ? `${s.role} offer: my answer` : `Accepting the ${s.role} offer`),
      (c, s) => (declining(c) ? `${s.role} offer: my decision` : `${s.role} offer: yes, thank you`),
      (c, s) => (declining(c) ? `${s.role}: my answer` : `${s.role}: accepting`),
    ],
    [
      (_c, s) => `My answer on the ${s.role} offer`,
      (_c, s) => `${s.role} offer: my answer`,
      (_c, s) => `${s.role} offer: my decision`,
    ],
  ],
  body: [
    [
      [
        (_c, s) => `Thank you again for offering me the ${s.role} role at ${s.company}.`,
        (_c, s) => `Thanks again for offering me the ${s.role} role at ${s.company}.`,
        (_c, s) => `Thanks again for the ${s.role} offer.`,
      ],
      [
        (_c, s) => `Thank you for your patience while I considered the ${s.role} offer.`,
        (_c, s) => `Thanks for giving me time to think about the ${s.role} offer.`,
        (_c, s) => `Thanks for the time to consider the ${s.role} offer.`,
      ],
    ],
    [
      [
        (c) =>
          declining(c)
            ? `After careful thought, I have decided not to accept it. I am grateful for the time the team gave me, and I hope our paths cross again.`
            : 'I am delighted to accept, and I look forward to joining the team.',
        (c) =>
          declining(c)
            ? 'After a lot of thought, I’ve decided not to accept. I’m grateful for everyone’s time, and I hope we cross paths again.'
            : 'I’m delighted to accept, and I can’t wait to get started.',
        (c) => (declining(c) ? 'I’ve decided not to accept.' : 'I’m delighted to accept.'),
      ],
      [
        (c, s) =>
          declining(c)
            ? 'I have decided to decline it. It was not an easy choice, and I appreciate the care you took throughout.'
            : `I am very pleased to accept the offer, and I look forward to starting at ${s.company}.`,
        (c) =>
          declining(c)
            ? 'I’ve decided to say no. It wasn’t easy, and I appreciate how well I was looked after.'
            : 'I’m very happy to say yes, and I’m looking forward to starting.',
        (c) => (declining(c) ? 'I’ve decided to decline.' : 'I’m happy to accept.'),
      ],
    ],
    [
      [
        (c) =>
          declining(c)
            ? 'I wish you every success.'
            : 'Please let me know what you need from me next, such as paperwork and a start date.',
        (c) =>
          declining(c)
            ? 'I wish you and the whole team well.'
            : 'Just let me know what you need from me next, like paperwork and a start date.',
        (c) => (declining(c) ? 'Good luck with the search.' : 'What do you need from me next?'),
      ],
      [
        (c) =>
          declining(c)
            ? 'I hope we have the chance to work together in future.'
            : 'I would be glad to know the next steps, including any forms and the start date.',
        (c) =>
          declining(c)
            ? 'I hope our paths cross again.'
            : 'I’d love to know the next steps, including forms and a start date.',
        (c) => (declining(c) ? 'I wish the team well.' : 'What are the next steps?'),
      ],
    ],
  ],
  cardIsAdvice: true,
  card: [
    () => 'Give your answer by email or phone: a card would arrive after the date.',
    () => 'A card is too slow for an answer with a date on it: email or call them.',
  ],
  note: [
    [
      (c, s) =>
        declining(c)
          ? `thank you for the ${s.role} offer. After careful thought I have decided not to accept.`
          : `thank you for the ${s.role} offer. I’m delighted to accept.`,
      () => 'I will follow up by email.',
    ],
    [
      (c, s) =>
        declining(c)
          ? `thanks for the ${s.role} offer; after some thought, I’ve decided to decline.`
          : `thanks for the ${s.role} offer; I’m happy to accept.`,
      () => 'An email with the details will follow.',
    ],
  ],
  phone: [
    (_c, s) => [
      `Ask for ${s.name}.`,
      `Thank them again for the ${s.role} offer.`,
      'Give your answer clearly: yes, or no with thanks.',
      'If yes: ask about the next steps, the paperwork and the start date.',
      'If no: thank them for their time and say you hope to stay in touch.',
      'Confirm your answer by email the same day.',
    ],
    (_c, s) => [
      `Ask for ${s.name}, and thank them for the ${s.role} offer.`,
      'Say your decision plainly and warmly.',
      'Yes: agree the next steps and a start date. No: thank them, and leave the door open.',
      'Send a short email after the call that says the same.',
    ],
  ],
};

/** "meeting me" as the caller says it to themselves: "meeting you", "their time on the panel". */
const theirMeeting = (c: DraftContext): string => c.meeting.replace(/\bme\b/u, 'you').replace(/^your\b/u, 'their');

/** Replaces a thank-you never sent: it thanks once, never "again", and ends on the news. */
const news: Wording = {
  subject: [
    [() => 'Thank you, and some good news', () => 'Thank you, and my news', () => 'Thanks, and news'],
    [
      (_c, s) => `Thank you: ${s.role} interview`,
      (_c, s) => `Thanks: ${s.role} interview`,
      (_c, s) => `Thanks: ${s.role}`,
    ],
  ],
  body: [
    [
      [
        (c) => `Thank you for ${c.meeting} on ${c.day}.`,
        (c) => `Thanks so much for ${c.meeting} on ${c.day}.`,
        (c) => `Thanks for ${c.meeting} on ${c.day}.`,
      ],
      [
        (c) => `I wanted to thank you for ${c.meeting} on ${c.day}.`,
        (c) => `I wanted to say thank you for ${c.meeting} on ${c.day}.`,
        (c) => `Thank you for ${c.meeting} on ${c.day}.`,
      ],
    ],
    [
      [
        (c, s) =>
          keen(c)
            ? `I am delighted to say that ${s.company} has offered me the ${s.role} role, and your time and questions were part of that.`
            : `${s.company} has since offered me the ${s.role} role, and I valued your part in the process.`,
        (c, s) =>
          keen(c)
            ? `I’m thrilled to share that ${s.company} has offered me the ${s.role} role, and our conversation played its part.`
            : `${s.company} has since offered me the ${s.role} role, and our conversation was part of that.`,
        (_c, s) => `${s.company} has offered me the ${s.role} role; our talk helped.`,
      ],
      [
        (c, s) =>
          keen(c)
            ? `I was very pleased to hear that ${s.company} has offered me the ${s.role} position, and I appreciated our conversation.`
            : `I have since received an offer for the ${s.role} position, and I appreciated our conversation.`,
        (c, s) =>
          keen(c)
            ? `I was so pleased to get an offer for the ${s.role} role, and I really enjoyed our conversation.`
            : `I’ve since had an offer for the ${s.role} role, and I enjoyed our conversation.`,
        (_c, s) => `I’ve had an offer for the ${s.role} role; I enjoyed our talk.`,
      ],
    ],
  ],
  card: [
    (c, s) =>
      `Thank you for ${c.meeting} on ${c.day}. I’m glad to say ${s.company} has offered me the ${s.role} role, and our conversation was part of that.`,
    (_c, s) =>
      `Thank you for your time during my interviews. ${s.company} has offered me the ${s.role} role, and your part in it is much appreciated.`,
  ],
  note: [
    [
      (c) => `thank you for ${c.meeting} on ${c.day}.`,
      (_c, s) => `${s.company} has offered me the ${s.role} role, and our talk was part of that.`,
    ],
    [
      (_c, s) => `thanks for your time during my ${s.role} interviews.`,
      (_c, s) => `I’m glad to say ${s.company} has made me an offer.`,
    ],
  ],
  phone: [
    (c, s) => [
      `Ask for ${s.name}.`,
      `Thank them for ${theirMeeting(c)} on ${c.day}.`,
      `Share your news: ${s.company} has offered you the ${s.role} role.`,
      'Say their part mattered, and keep the call short.',
    ],
    (c, s) => [
      `Ask for ${s.name}, and thank them for ${theirMeeting(c)} on ${c.day}.`,
      'Tell them about the offer, briefly.',
      'Wish them well and say goodbye.',
    ],
  ],
};

/** One mark where the user's words end in one and the line adds another ("Acme Ltd.." → "Acme Ltd."). */
const tidy = (text: string): string => text.replace(/([.?!])\.(?=\s|$)/gu, '$1');

/** Turns one kind's wording into the composer's templates. */
function templates(w: Wording): Templates {
  return {
    subject: (ctx, s) => pick(w.subject, ctx, s),
    email: (ctx, s) =>
      paragraphs(greeting(ctx), tidy(sentences(...w.body.map((part) => pick(part, ctx, s)))), signOff(ctx)),
    card: (ctx, s) => {
      const body = tidy(choose(w.card, ctx.seed.wording)(ctx, s));
      return w.cardIsAdvice
        ? body
        : paragraphs(greeting(ctx), body, `${ctx.say(CARD_SIGN_OFF, 'card-sign-off')}\n${s.user}`);
    },
    linkedin: (ctx, s, limit) => {
      const [body, extra] = choose(w.note, ctx.seed.wording);
      return tidy(sentences(ctx.say(HELLO, 'greeting'), body(ctx, s), limit > 200 && extra(ctx, s), s.user));
    },
    phone: (ctx, s) => choose(w.phone, ctx.seed.wording)(ctx, s).map(tidy),
  };
}

/** The templates of every step kind an offer adds, for `OTHER_TEMPLATES`. */
export const OFFER_TEMPLATES: Partial<Record<StepKind, Templates>> = {
  'offer-reply': templates(reply),
  'offer-in-writing': templates(writing),
  'offer-decision': templates(decision),
  'offer-thanks': templates(news),
};
