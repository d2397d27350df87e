/**
 * Thank-you drafts (fact sheet §3), composed from the phrase bank: thanks,
 * that person's own point, honest interest (not sure stays "keen to learn
 * more"; not a fit says so and asks about other roles, with no pitch for
 * this one), strengths, the concern answered after a rough interview or the
 * point the user forgot, a question or a word on next steps, and a close.
 * The user's words are never cut: a long note stays long and the checker
 * says so.
 */
import { LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import { greeting, paragraphs, sentences, signOff, type DraftContext } from './context.ts';
import { countChars } from './text.ts';
import * as P from './phrases/thank-you.ts';
import * as C from './phrases/channels.ts';
import * as T from './phrases/phone.ts';

/** Whether the user's strengths are sentences of their own ("I led…") rather than a phrase ("five years of…"). */
export const strengthsAreSentences = (text: string): boolean =>
  /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we've|we’ve|you)\b/iu.test(text.trim()) || /[.!?]\s+\p{Lu}/u.test(text);

/** The point's wording for each way a noted detail reads. */
const POINT_BY_FORM = { asked: P.POINT_ASKED, said: P.POINT_SAID, mine: P.POINT_MINE, topic: P.POINT_TOPIC } as const;

/** That person's own point: what the user noted, else their job title, else a general line. */
function point(ctx: DraftContext): string {
  // What the user noted belongs to the first interview: a later round's note says something new.
  const d = ctx.step.round > 1 ? null : ctx.discussed;
  if (d) return ctx.say(POINT_BY_FORM[d.form], 'point');
  // Concise keeps only a point the user gave; the general lines are what makes a note long.
  if (ctx.tone === 'concise') return '';
  if (ctx.jobTitle) return ctx.say(P.POINT_TITLE, 'point-title');
  return ctx.say(P.POINT_NONE, 'point-none');
}

/** Interest as the user told it, with strengths when they are still interested or not sure. */
function interest(ctx: DraftContext): string {
  const { interest: how } = ctx.facts.read;
  if (how === 'no') return ctx.say(P.INTEREST_NO, 'interest-no');
  const strengths = ctx.facts.notes.strengths;
  const line = how === 'unsure' ? ctx.say(P.INTEREST_UNSURE, 'interest') : ctx.say(P.INTEREST_YES, 'interest');
  // The user's own sentences went in the first round's note word for word; a later note does not copy them.
  if (!strengths || (ctx.step.round > 1 && strengthsAreSentences(strengths))) return line;
  // Concise and still interested: "I'd bring …" says it; not sure yet always says so.
  const lead = ctx.tone === 'concise' && how === 'yes' ? '' : line;
  const bank = strengthsAreSentences(strengths)
    ? P.STRENGTHS_SENTENCE
    : how === 'unsure'
      ? P.STRENGTHS_UNSURE
      : P.STRENGTHS_YES;
  return sentences(lead, ctx.say(bank, 'strengths'));
}

/**
 * Whether a note answers a rough interview's doubts. Not when the role is not a fit:
 * offering to improve an answer argues for a role the same note turns down.
 */
const answersConcern = (ctx: DraftContext): boolean =>
  ctx.facts.read.went === 'badly' && ctx.facts.read.interest !== 'no';

/** After a rough interview, the concern answered; otherwise the point the user forgot, if any. */
function concern(ctx: DraftContext): string {
  // Not a fit: neither a concern nor a point the user forgot; both argue for a role they are turning down.
  if (ctx.facts.read.interest === 'no') return '';
  // The first round's note already carried the user's point; a later note does not repeat it.
  const correction = ctx.step.round > 1 ? null : ctx.facts.notes.correction;
  if (answersConcern(ctx)) return ctx.say(correction ? P.CONCERN_WITH : P.CONCERN_WITHOUT, 'concern');
  return correction ? ctx.say(P.ADDITION, 'addition') : '';
}

/** The user's question, or a word on next steps when nothing was said about them. */
function ask(ctx: DraftContext): string {
  const { facts } = ctx;
  if (facts.read.interest === 'no') return '';
  if (facts.notes.question && ctx.step.round === 1) return ctx.say(P.QUESTION, 'question');
  const unexplained = !facts.decision.nextStepsExplained && facts.decision.kind === 'none';
  return unexplained ? ctx.say(P.NEXT_STEPS, 'next-steps') : '';
}

/** The email subject. */
export function thankYouSubject(ctx: DraftContext): string {
  return ctx.say(ctx.again ? C.THANK_YOU_SUBJECT_AGAIN : C.THANK_YOU_SUBJECT, 'subject');
}

/** The email body. */
export function thankYouEmail(ctx: DraftContext): string {
  const opening = ctx.say(ctx.again ? P.OPENING_AGAIN : P.OPENING, 'opening');
  const helped = ctx.helped ? ctx.say(P.HELPED, 'helped') : '';
  const closing = ctx.say(ctx.facts.read.interest === 'no' ? P.CLOSING_NO : P.CLOSING, 'closing');
  return paragraphs(
    greeting(ctx),
    sentences(opening, helped, point(ctx)),
    interest(ctx),
    concern(ctx),
    ask(ctx),
    closing,
    signOff(ctx),
  );
}

/** The handwritten card: thanks, one honest line, the concern after a rough interview. */
export function thankYouCard(ctx: DraftContext): string {
  const { read, notes } = ctx.facts;
  const strengths = notes.strengths && !strengthsAreSentences(notes.strengths);
  const line =
    read.interest === 'no'
      ? ctx.say(C.CARD_NO, 'card-line')
      : read.interest === 'unsure'
        ? ctx.say(C.CARD_UNSURE, 'card-line')
        : ctx.say(strengths ? C.CARD_YES : C.CARD_YES_PLAIN, 'card-line');
  const body = sentences(
    ctx.say(C.CARD_THANKS, 'card-thanks'),
    ctx.helped && ctx.say(P.HELPED, 'helped'),
    // A card has room for one extra line: their point, unless thanks for help or a rough interview need it.
    ctx.discussed?.form === 'topic' &&
      ctx.step.round === 1 &&
      !ctx.helped &&
      read.went !== 'badly' &&
      ctx.say(P.POINT_TOPIC, 'point'),
    line,
    answersConcern(ctx) && ctx.say(C.CARD_CONCERN, 'card-concern'),
  );
  return paragraphs(greeting(ctx), body, `${ctx.say(C.CARD_SIGN_OFF, 'card-sign-off')}\n${ctx.slots.user}`);
}

/** The LinkedIn note: the short one thanks and asks to connect; the long one adds their point, interest and the concern where they fit. */
export function thankYouLinkedIn(ctx: DraftContext, limit: number): string {
  const hello = `${ctx.say(C.HELLO, 'greeting')}`;
  const core = [hello, ctx.say(C.LINKEDIN_THANKS, 'linkedin-thanks')];
  const close = [ctx.say(C.LINKEDIN_CONNECT, 'linkedin-connect'), ctx.slots.user];
  if (limit < LINKEDIN_NOTE_LIMITS.long) return [...core, ...close].join(' ');
  const { read } = ctx.facts;
  const stance = ctx.say(
    read.interest === 'no' ? C.LINKEDIN_NO : read.interest === 'unsure' ? C.LINKEDIN_UNSURE : C.LINKEDIN_YES,
    'linkedin-stance',
  );
  // Optional lines join only while the note still fits: chosen whole, never cut.
  const optional = [
    ctx.discussed?.form === 'topic' && ctx.step.round === 1 ? ctx.say(C.LINKEDIN_POINT, 'point') : '',
    answersConcern(ctx) ? ctx.say(C.LINKEDIN_CONCERN, 'linkedin-concern') : '',
  ];
  let middle = [stance];
  for (const line of optional) {
    if (!line) continue;
    const tried = [...middle, line];
    if (countChars([...core, ...tried, ...close].join(' ')) <= limit) middle = tried;
  }
  if (optional[1] && !middle.includes(optional[1])) middle = [optional[1]];
  return [...core, ...middle, ...close].join(' ');
}

/** The phone script as bullets, in speaking order. */
export function thankYouPhone(ctx: DraftContext): string[] {
  const { read, notes } = ctx.facts;
  const open = ctx.say(T.OPEN_WITH, 'phone-open');
  const lines = [
    ctx.say(ctx.jobTitle ? T.ASK_FOR_TITLE : T.ASK_FOR, 'phone-ask-for'),
    open,
    ctx.helped && ctx.say(T.THANK_HELP, 'phone-help'),
    ctx.say(
      read.interest === 'no' ? T.THANKS_NO : read.interest === 'unsure' ? T.THANKS_UNSURE : T.THANKS_YES,
      'phone-thanks',
    ),
    ctx.discussed &&
      ctx.step.round === 1 &&
      ctx.say(
        ctx.discussed.form !== 'asked'
          ? T.THEIR_POINT
          : read.interest === 'no'
            ? T.THEIR_QUESTION_NO
            : T.THEIR_QUESTION,
        'phone-point',
      ),
    read.interest !== 'no' && notes.strengths && ctx.say(T.STRENGTHS, 'phone-strengths'),
    answersConcern(ctx)
      ? ctx.say(notes.correction ? T.CONCERN_WITH : T.CONCERN_WITHOUT, 'phone-concern')
      : notes.correction && read.interest !== 'no' && ctx.step.round === 1 && ctx.say(T.ADDITION, 'phone-addition'),
    notes.question && read.interest !== 'no' && ctx.step.round === 1 && ctx.say(T.QUESTION, 'phone-question'),
    ctx.say(T.VOICEMAIL, 'phone-voicemail'),
  ];
  return lines.filter((l): l is string => typeof l === 'string' && l !== '');
}
