/**
 * Turns a step's parts into the serialisable `Step` (moments in the user's
 * zone, the disagreement range looked up by id), and picks recipients.
 */
import type { Facts, Interviewer } from '../facts.ts';
import { DISAGREEMENT_RANGES, type Disagreement } from '../guidance.ts';
import type { GuideLink } from '../guides.ts';
import { momentAt } from '../time/wall-clock.ts';
import type { Timing } from './timing.ts';
import type { Recipient, Step, StepChannel, StepKind } from './types.ts';

/** Serialises a step from its parts. */
export function makeStep(parts: {
  id: string;
  kind: StepKind;
  round: number;
  title: string;
  recipient: Recipient;
  channel: StepChannel;
  timing: Timing;
  zone: string;
  reason: string;
  optional?: boolean;
  guide: GuideLink;
  disagreement?: Disagreement['id'];
  delivery?: Step['delivery'];
}): Step {
  const range = parts.disagreement ? DISAGREEMENT_RANGES[parts.disagreement] : null;
  return {
    id: parts.id,
    kind: parts.kind,
    round: parts.round,
    title: parts.title,
    recipient: parts.recipient,
    channel: parts.channel,
    recommended: momentAt(parts.timing.recommended, parts.zone),
    window: {
      earliest: momentAt(parts.timing.earliest, parts.zone),
      latest: momentAt(parts.timing.latest, parts.zone),
    },
    reason: parts.reason,
    optional: parts.optional ?? false,
    guide: parts.guide,
    disagreement: parts.disagreement && range ? { id: parts.disagreement, range } : null,
    delivery: parts.delivery ?? null,
    timingNotes: [...(parts.timing.notes ?? [])], // a copy: steps may share one timing
  };
}

/** An interviewer as a step recipient. */
export const interviewerRecipient = (p: Interviewer): Recipient => ({
  kind: 'interviewer',
  id: p.id,
  name: p.name,
  title: p.title,
  email: p.email,
  addressAs: p.addressAs,
  discussed: p.discussed,
  helped: false,
});

/** A recipient who is not an interviewer: no chosen form of address, nothing discussed on record. */
export const otherRecipient = (
  kind: 'contact' | 'hr' | 'self',
  id: string,
  name: string,
  title: string | null,
  email: string | null,
): Recipient => ({ kind, id, name, title, email, addressAs: null, discussed: null, helped: false });

/** A job title that runs the hiring process rather than the team: a recruiter, talent or HR. */
const RUNS_HIRING =
  /\b(?:recruit\w*|talent|hr|human resources|people (?:partner|team|ops)|hiring coordinator|sourcer)\b/iu;

/**
 * Who check-ins, offer replies and rejection replies go to: the contact the user named, else
 * the interviewer (of `people`, a round's) whose title says they run the hiring (a recruiter,
 * talent or HR), else the first interviewer.
 */
export function mainRecipient(facts: Facts, people: readonly Interviewer[] = facts.interviewers): Recipient {
  const { contact } = facts;
  if (contact) return otherRecipient('contact', 'contact', contact.name, contact.role, contact.email);
  const chosen = people.find((p) => p.title !== null && RUNS_HIRING.test(p.title)) ?? people[0];
  return chosen ? interviewerRecipient(chosen) : otherRecipient('self', 'self', 'you', null, null);
}
