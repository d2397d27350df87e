/**
 * The validated interview facts every planner function takes, and the limits
 * the form enforces. The Valibot schema that produces them is in facts-schema.ts;
 * checks that need "now" or compare two fields are in validate-facts.ts.
 */
import type { Channel, DecisionKind, Format, Interest, OfferVia, Stage, Tone, Went } from './facts-input.ts';
import type { DaysAway } from './holidays/away.ts';
import type { LocalDate, Moment } from './time/zoned.ts';

/** Longest values the form accepts, so drafts and calendars stay sane. */
export const LIMITS = {
  name: 80,
  title: 100,
  company: 120,
  role: 120,
  email: 254,
  freeText: 500,
  /** What the user discussed with one interviewer: a topic or one thing they said. */
  discussed: 200,
  interviewers: 12,
  events: 20,
  /** Runs of days away. */
  away: 12,
  /** Longest run of days away, in days. */
  awayDays: 92,
} as const;

/** Shortest and longest interview, in minutes. */
export const DURATION_MINUTES = { min: 5, max: 480 } as const;

/** One interviewer, validated. */
export interface Interviewer {
  /** Stable id from the form (or `interviewer-N` when the form sent none). */
  id: string;
  /** Name exactly as typed (whitespace tidied). */
  name: string;
  /** Job title, or null when not given. */
  title: string | null;
  /** Email, or null when not given. */
  email: string | null;
  /** Whether they agreed to connect on LinkedIn. */
  linkedIn: boolean;
  /**
   * How the user wants them addressed ("Dr Quill", "Ada"), or null to use the
   * form suggested from their name. Used in every channel, as typed.
   */
  addressAs: string | null;
  /** What the user discussed with them (a topic, something they said, a question they asked), or null. */
  discussed: string | null;
}

/** The recruiter or contact who helped, validated. */
export interface Contact {
  /** Their name. */
  name: string;
  /** What they do, or null. */
  role: string | null;
  /** Their email, or null. */
  email: string | null;
}

/** An event after the interview, validated and dated. */
export type FactEvent =
  | {
      /** Stable id from the form. */
      id: string;
      /** Rejected, or still no reply as of `date`. */
      kind: 'rejected' | 'no-reply';
      /** The day it happened. */
      date: LocalDate;
      /** Rejected only, and only when true: the user's reply asks for feedback. */
      askFeedback?: true;
    }
  | {
      /** Stable id from the form. */
      id: string;
      /** They made the user an offer: the plan replies, and gives a day to decide by. */
      kind: 'offer';
      /** The day it came. */
      date: LocalDate;
      /** How it came (by phone: the plan asks for it in writing), or null when not said. */
      via: OfferVia | null;
      /** The day the user means to answer by, or null for the plan's suggestion. */
      answerBy: LocalDate | null;
    }
  | {
      /** Stable id from the form. */
      id: string;
      /** Another round was scheduled: the plan restarts for it. */
      kind: 'another-round';
      /** Day of the next round. */
      date: LocalDate;
      /** When the next round starts. */
      start: Moment;
      /** When it ends. */
      end: Moment;
      /** Its length in minutes. */
      durationMinutes: number;
      /** Its stage. */
      stage: Stage;
      /** Who the user will meet (the round before's people when the plan was saved without them). */
      interviewers: Interviewer[];
    }
  | {
      /** Stable id from the form. */
      id: string;
      /** Another employer made an offer that must be answered by `deadline`. */
      kind: 'another-offer';
      /** The day the other offer came. */
      date: LocalDate;
      /** The day the user's answer to it is due (on or after `date`). */
      deadline: LocalDate;
      /** Who made it, for the user's own eyes (step titles), or null. */
      otherEmployer: string | null;
      /** Whether the user asked for that employer to be named in the message; otherwise drafts never name it. */
      mentionOther: boolean;
    };

/** The validated interview facts every planner function takes. JSON-safe. */
export interface Facts {
  /** The interview. */
  interview: {
    /** Day it took place. */
    date: LocalDate;
    /** When it started. */
    start: Moment;
    /** When it ended (start + length, in absolute time). */
    end: Moment;
    /** Length in minutes. */
    durationMinutes: number;
    /** The user's IANA zone; every planned moment is in it. */
    timeZone: string;
    /** The company's IANA zone (the user's own unless they gave another): messages are timed for it. */
    theirTimeZone: string;
    /** The region whose public holidays count, as the user picked it; null = the one their zone suggests. */
    region: string | null;
    /** How it took place. */
    format: Format;
    /** Which round. */
    stage: Stage;
    /** The employer. */
    company: string;
    /** The job, or null when not given (drafts then show a placeholder). */
    role: string | null;
  };
  /** Interviewers, in the order the user listed them (at least one). */
  interviewers: Interviewer[];
  /** The recruiter or contact who helped, or null. */
  contact: Contact | null;
  /** What they said about a decision. */
  decision: {
    /** None, a decision date, or a promised call. */
    kind: DecisionKind;
    /** The date given, or null when `kind` is `none`. */
    date: LocalDate | null;
    /** Whether next steps were explained. */
    nextStepsExplained: boolean;
  };
  /** The user's own read. */
  read: {
    /** How it went. */
    went: Went;
    /** Whether they still want the job. */
    interest: Interest;
  };
  /** Material for the drafts; null means "not given" (drafts show a placeholder or skip it). */
  notes: {
    /** Strengths to restate. */
    strengths: string | null;
    /** Something forgotten or a wrong impression to correct. */
    correction: string | null;
    /** A question to ask. */
    question: string | null;
    /** Preferred thank-you channel. */
    channel: Channel;
    /** Tone of the drafts. */
    tone: Tone;
    /** The user's name. */
    userName: string | null;
  };
  /** Events after the interview, sorted by date. */
  events: FactEvent[];
  /** Days the user is away, sorted; no step is planned on them. */
  away: DaysAway[];
}
