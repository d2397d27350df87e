/**
 * The steps for one interview round: thank-yous (one per interviewer, §3),
 * thanks to the helper (§4; within their thank-you when they also
 * interviewed), LinkedIn where agreed (§7), HR feedback after an agency phone
 * screen (§8), then at most two check-ins and a move-on note (§5).
 */
import type { Facts, Interviewer } from '../facts.ts';
import type { Stage } from '../facts-input.ts';
import { guide } from '../guides.ts';
import { momentMs } from '../time/zoned.ts';
import type { Local } from '../time/wall-clock.ts';
import { interviewerRecipient, mainRecipient, makeStep, otherRecipient } from './make-step.ts';
import * as why from './reasons.ts';
import { contactAmongInterviewers } from './same-person.ts';
import { thankYouSteps } from './thank-you-steps.ts';
import type { Schedule } from './schedule.ts';
import { checkInTimings, feedbackTiming, linkedInTiming, moveOnTiming, thankYouTiming } from './timing.ts';
import type { Step } from './types.ts';

/** One interview round as the planner sees it. */
export interface Round {
  /** 1 for the interview in the facts, then one more per "another round" event. */
  index: number;
  /** When the round ended (epoch ms). */
  endAt: number;
  /** Its stage. */
  stage: Stage;
  /** Who the user meets in it: thanked one by one, the first checked in with when no contact helped. */
  people: readonly Interviewer[];
  /** The day they said they would decide or call, if any (first round only). */
  decisionDay: Local | null;
  /** The user's zone. */
  zone: string;
  /** Their clock and business days (holidays, days away) the round is timed on. */
  schedule: Schedule;
}

/**
 * The most people one round's thank-yous keep well apart (the phrase banks have
 * six wordings for their main parts): past it, the plan says some notes share a
 * sentence or two (drafts/spread.ts keeps that to a few).
 */
const BIG_PANEL = 6;

/** All steps for one round, plus notes about what was left out and why. */
export function roundSteps(facts: Facts, round: Round): { steps: Step[]; notes: string[] } {
  const steps = thankYouSteps(facts, round);
  const notes: string[] = [];
  const thanked = steps.filter((s) => s.kind === 'thank-you').length;
  if (thanked > BIG_PANEL)
    notes.push(
      `You have ${thanked} people to thank after ${round.index === 1 ? 'this interview' : `round ${round.index}`}. With that many, a few of their notes share a sentence or two: ${
        // What the user noted about each person shapes the first round's notes only.
        round.index === 1
          ? 'add what you talked about with each person where you can, so every note has a point of its own, and '
          : ''
      }read the notes side by side before you send them.`,
    );
  // Later contacts are spaced from the last thank-you the plan recommends.
  const thankedAt = Math.max(...steps.map((s) => momentMs(s.recommended)));
  const { contact } = facts;
  // A contact who also interviewed the user is thanked in their own thank-you (thank-you-steps.ts).
  if (contact && !contactAmongInterviewers(contact, round.people)) {
    const call = facts.notes.channel === 'phone' || contact.email === null;
    steps.push(
      makeStep({
        id: `r${round.index}:thank-contact`,
        kind: 'thank-contact',
        round: round.index,
        title: call
          ? `Call ${contact.name} to thank them for their help`
          : `Email ${contact.name} to thank them for their help`,
        recipient: mainRecipient(facts),
        channel: call ? 'phone' : 'email',
        zone: round.zone,
        timing: thankYouTiming(round.endAt, round.schedule, call),
        reason: why.CONTACT_REASON,
        guide: call ? guide('follow-up-call', 'a-thank-you-call-to-someone-who-helped') : guide('thank-you-email'),
        ...(call ? { disagreement: 'call-again' as const } : {}),
      }),
    );
  }
  if (round.index === 1) {
    for (const person of facts.interviewers.filter((p) => p.linkedIn)) {
      steps.push(
        makeStep({
          id: `linkedin:${person.id}`,
          kind: 'linkedin',
          round: round.index,
          title: `Connect with ${person.name} on LinkedIn`,
          recipient: interviewerRecipient(person),
          channel: 'linkedin',
          zone: round.zone,
          timing: linkedInTiming(thankedAt, round.schedule),
          reason: why.LINKEDIN_REASON,
          optional: true,
          guide: guide('linkedin-after-interview', 'write-the-note'),
        }),
      );
    }
    if (facts.interview.format === 'agency-phone-screen') {
      steps.push(
        makeStep({
          id: `r${round.index}:ask-feedback`,
          kind: 'ask-feedback',
          round: round.index,
          title: `Ask HR at ${facts.interview.company} for feedback`,
          recipient: otherRecipient('hr', 'hr', `the HR team at ${facts.interview.company}`, null, null),
          channel: facts.notes.channel === 'phone' ? 'phone' : 'email',
          zone: round.zone,
          timing: feedbackTiming(thankedAt, round.schedule, facts.notes.channel === 'phone'),
          reason: why.FEEDBACK_REASON,
          guide: guide('feedback-after-phone-screen', 'ask-starting-with-hr'),
        }),
      );
    }
  }
  if (facts.read.interest === 'no') {
    notes.push(
      'You said the role is not a fit, so the plan has no check-ins: just the thank-yous, which keep the door open to other roles there.',
    );
    return { steps, notes };
  }
  const recipient = mainRecipient(facts, round.people);
  const checkChannel = facts.notes.channel === 'phone' ? 'phone' : 'email';
  const checkIns = checkInTimings(round.endAt, thankedAt, round.decisionDay, round.schedule, checkChannel === 'phone');
  checkIns.forEach((t, i) => {
    steps.push(
      makeStep({
        id: `r${round.index}:check-in:${i + 1}`,
        kind: 'check-in',
        round: round.index,
        title:
          i === 0 ? `Check in with ${recipient.name} about the decision` : `Check in once more with ${recipient.name}`,
        recipient,
        channel: checkChannel,
        zone: round.zone,
        timing: t,
        reason: why.checkInReason(facts, i > 0, t.pushed, round.decisionDay !== null, round.index),
        optional: i > 0,
        guide:
          round.decisionDay && i === 0
            ? guide('checking-in', 'if-they-gave-you-a-decision-date')
            : guide('checking-in', 'how-soon-to-check-in-and-how-often'),
        disagreement: 'check-in-timing',
      }),
    );
  });
  const last = checkIns[checkIns.length - 1];
  if (last) {
    steps.push(
      makeStep({
        id: `r${round.index}:move-on`,
        kind: 'move-on',
        round: round.index,
        title: 'If you have heard nothing, move on with your search',
        recipient: otherRecipient('self', 'self', 'you', null, null),
        channel: 'none',
        zone: round.zone,
        timing: moveOnTiming(last.latest, round.schedule),
        reason: why.MOVE_ON_REASON,
        guide: guide('no-reply-after-final-round', 'when-to-treat-it-as-closed'),
      }),
    );
  }
  return { steps, notes };
}
