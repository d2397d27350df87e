/**
 * Thank-you steps for one round (fact sheet §3): one per interviewer, by the
 * user's channel; a card goes to the front desk after an in-person meeting, or
 * by post with an email as well after a remote one.
 */
import type { Facts } from '../facts.ts';
import { guide, type GuideLink } from '../guides.ts';
import { interviewerRecipient, makeStep } from './make-step.ts';
import * as why from './reasons.ts';
import { contactAmongInterviewers } from './same-person.ts';
import type { Round } from './round.ts';
import { cardTiming, thankYouTiming } from './timing.ts';
import type { Step } from './types.ts';

/** The guide for a thank-you: the situation it covers most closely (a rough interview, a poor fit, a panel, the channel). */
function thankYouGuide(facts: Facts, multi: boolean, call: boolean): GuideLink {
  if (facts.read.went === 'badly') return guide('thank-you-email', 'if-the-interview-went-badly');
  if (facts.read.interest === 'no') return guide('thank-you-email', 'if-you-have-decided-the-job-is-not-for-you');
  if (multi) return guide('panel-and-multi-round', 'write-one-note-for-each-person');
  return call ? guide('card-email-or-call', 'a-phone-call-personal-with-a-risk') : guide('thank-you-email');
}

/**
 * The thank-you steps (emails, calls or cards) for every interviewer in one
 * round. An interviewer who is also the helping contact gets the same steps,
 * marked as thanking them for arranging the interview too.
 */
export function thankYouSteps(facts: Facts, round: Round): Step[] {
  const { channel } = facts.notes;
  const helper = contactAmongInterviewers(facts.contact, round.people);
  const posted = facts.interview.format !== 'in-person' && facts.interview.format !== 'panel';
  const multi = facts.interview.format === 'panel' || round.index > 1 || round.people.length > 1;
  const call = channel === 'phone';
  // Every interviewer in a round is thanked on the same timing: work it out once.
  const timing = channel !== 'card' || posted ? thankYouTiming(round.endAt, round.schedule, call) : null;
  const card = channel === 'card' ? cardTiming(round.endAt, round.schedule) : null;
  const steps: Step[] = [];
  for (const person of round.people) {
    const helped = person === helper;
    // Their email may have been given only for them as the contact.
    const email = person.email ?? (helped ? (facts.contact?.email ?? null) : null);
    const recipient = { ...interviewerRecipient(person), email, helped };
    const title = (how: Parameters<typeof why.thankYouTitle>[1]) =>
      helped ? why.bothThanksTitle(person, how) : why.thankYouTitle(person, how);
    const reason = (text: string) => (helped ? why.bothThanksReason(person, text) : text);
    if (timing) {
      steps.push(
        makeStep({
          id: `r${round.index}:thank-you:${person.id}`,
          kind: 'thank-you',
          round: round.index,
          title: title(call ? 'phone' : 'email'),
          recipient,
          channel: call ? 'phone' : 'email',
          zone: round.zone,
          timing,
          reason: reason(why.thankYouReason(timing.case, facts, round.index)),
          guide: thankYouGuide(facts, multi, call),
          disagreement: 'thank-you-timing',
        }),
      );
    }
    if (card) {
      const delivery = posted ? 'post' : 'front-desk';
      steps.push(
        makeStep({
          id: `r${round.index}:thank-you-card:${person.id}`,
          kind: 'thank-you-card',
          round: round.index,
          title: title(delivery),
          recipient,
          channel: 'card',
          zone: round.zone,
          timing: card,
          reason: reason(why.cardReason(delivery)),
          guide: guide('card-email-or-call', 'a-handwritten-card-memorable-but-slow'),
          disagreement: 'thank-you-timing',
          delivery,
        }),
      );
    }
  }
  return steps;
}
