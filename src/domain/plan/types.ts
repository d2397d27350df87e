/**
 * The plan the planner hands to the UI and the calendar: ordered, dated steps
 * with a reason and a guide each. Plain JSON, so it can be cached or compared.
 */
import type { Facts } from '../facts.ts';
import type { GuideLink } from '../guides.ts';
import type { Disagreement } from '../guidance.ts';
import type { Moment } from '../time/zoned.ts';

/** What kind of action a step is. */
export type StepKind =
  | 'thank-you'
  | 'thank-you-card'
  | 'thank-contact'
  | 'linkedin'
  | 'ask-feedback'
  | 'check-in'
  | 'move-on'
  | 'reply-to-rejection'
  | 'another-offer'
  | 'offer-reply'
  | 'offer-in-writing'
  | 'offer-decision'
  | 'offer-thanks';

/** How a step can be carried out (`none` = a note to self, nothing is sent). */
export const STEP_CHANNELS = ['email', 'card', 'phone', 'linkedin', 'none'] as const;

/** How the step is carried out (`none` = a note to self, nothing is sent). */
export type StepChannel = (typeof STEP_CHANNELS)[number];

/** Who a step is for. */
export interface Recipient {
  /** An interviewer, the helping contact, the company's HR team, or the user. */
  kind: 'interviewer' | 'contact' | 'hr' | 'self';
  /** The interviewer's id, or `contact`, `hr`, `self`. */
  id: string;
  /** Name as given (for HR: "the HR team at <company>"). */
  name: string;
  /** Their job title, when known. */
  title: string | null;
  /** Their email, when known. */
  email: string | null;
  /** How the user wants them addressed in every channel ("Dr Quill"), or null for the suggestion from the name. */
  addressAs: string | null;
  /** What the user discussed with them (a topic, something they said, their question), or null. */
  discussed: string | null;
  /**
   * Whether they also helped arrange the interview (the contact is one of the
   * interviewers), so their one thank-you thanks them for that too.
   */
  helped: boolean;
}

/** The earliest and latest sensible moment for a step. */
export interface StepWindow {
  /** Doing it before this is too soon. */
  earliest: Moment;
  /** Doing it after this is late. */
  latest: Moment;
}

/** Where the sources disagree about a step's timing: which question, and the range of positions. */
export interface StepDisagreement {
  /** Id of the record in `DISAGREEMENTS` (guidance.ts). */
  id: Disagreement['id'];
  /** The range of positions, e.g. 'from “right away” to “within 48 hours”'. */
  range: string;
}

/** One thing to do. */
export interface Step {
  /** Stable id (`r1:thank-you:<interviewer id>`), for saved status and calendar UIDs. */
  id: string;
  /** What kind of step. */
  kind: StepKind;
  /** Which interview round it belongs to, from 1. */
  round: number;
  /** What to do, as a short imperative line, e.g. "Email a thank-you to Ada Quill". */
  title: string;
  /** Who it is for. */
  recipient: Recipient;
  /** How. */
  channel: StepChannel;
  /** The moment the site recommends (never at night, never on a weekend). */
  recommended: Moment;
  /** When it still makes sense. */
  window: StepWindow;
  /** Why this step and this moment, in one line. */
  reason: string;
  /** Whether the user may reasonably skip it. */
  optional: boolean;
  /** The guide that explains it. */
  guide: GuideLink;
  /** Where sources disagree on this step, or null. */
  disagreement: StepDisagreement | null;
  /** For a card: hand it to the front desk or post it; null otherwise. */
  delivery: 'front-desk' | 'post' | null;
  /**
   * Why the moment is not where the plain rule puts it, one sentence each: a
   * public holiday or day away it moved off ("Mon 6 April is Easter Monday, a
   * bank holiday in England: moved to Tue 7 April."), a call fitted to both
   * people's hours, a message due in the user's night. Empty when none applies.
   */
  timingNotes: string[];
  /** Set when the step is not where the plan put it: the user moved it, or it follows a step they moved. */
  moved?: StepMove;
  /** Rules the step's moment breaks since a move, one phrase each ("less than 7 days after your first check-in"). */
  warnings?: string[];
}

/** How a step came to be somewhere other than where the plan put it. */
export interface StepMove {
  /** `you`: the user picked the moment; `follows`: it kept its spacing after a step the user moved. */
  by: 'you' | 'follows';
  /** Where the plan had put it. */
  from: Moment;
  /** The window the plan recommended. */
  window: StepWindow;
  /** For a step that follows: the step it keeps its spacing after. */
  leader: { id: string; title: string } | null;
}

/** A step an event made unnecessary, kept so the UI can say what changed and why. */
export interface CancelledStep {
  /** Id the step had. */
  id: string;
  /** Its title. */
  title: string;
  /** When it had been recommended (so a calendar can cancel the matching event). */
  recommended: Moment;
  /** Why it was dropped, in one line. */
  because: string;
}

/** The whole plan for the facts at the time it was built. */
export interface Plan {
  /** The user's zone; every moment is in it. */
  zone: string;
  /** The recipient's zone, which messages are timed for (the same as `zone` unless the user gave another). */
  theirZone: string;
  /** Whose public holidays the plan avoids, and how much it knows of them. */
  holidays: PlanHolidays;
  /** When the plan was built (UTC ISO), used e.g. as the calendar's DTSTAMP. */
  generatedAt: string;
  /** Steps in order of recommended moment (ties: thank-yous first, then list order). */
  steps: Step[];
  /** Steps that events cancelled. */
  cancelled: CancelledStep[];
  /** Plain sentences about choices the plan made (e.g. why there are no check-ins). */
  notes: string[];
  /** The facts the plan was built from, so drafts and calendars need nothing else. */
  facts: Facts;
}

/** The public holidays a plan was timed around. */
export interface PlanHolidays {
  /** The region used (picked, or suggested by their time zone), or null when none applies. */
  region: string | null;
  /** Its name as shown ("England, United Kingdom"), or null without data. */
  label: string | null;
  /** Years the data covers, inclusive, or null when the plan knows weekends only. */
  years: readonly [number, number] | null;
}

/** What the user recorded about a step. Absent = still to do. */
export type StepStatus = 'done' | 'skipped';
