/**
 * What the planner's form stores while the user fills it in: plain strings and
 * booleans, exactly as typed, so nothing is ever lost to a half-finished field.
 * `validateFacts` turns this into `Facts`; until then the wizard may keep any
 * partial value here (localStorage-safe, JSON only).
 */

/** How the interview took place. `agency-phone-screen` = a phone screen run by a recruiter or agency. */
export const FORMATS = ['in-person', 'phone', 'video', 'panel', 'agency-phone-screen'] as const;
/** How the interview took place. */
export type Format = (typeof FORMATS)[number];

/** Which round this was. */
export const STAGES = ['screening', 'first', 'later', 'final'] as const;
/** Which round this was (`later` = second or later, not final). */
export type Stage = (typeof STAGES)[number];

/** The user's read of how it went. */
export const WENT = ['well', 'unsure', 'badly'] as const;
/** The user's read of how it went. */
export type Went = (typeof WENT)[number];

/** Whether the user still wants the job (`no` = it's not a fit). */
export const INTEREST = ['yes', 'unsure', 'no'] as const;
/** Whether the user still wants the job. */
export type Interest = (typeof INTEREST)[number];

/** How the user prefers to send thank-yous. */
export const CHANNELS = ['email', 'card', 'phone'] as const;
/** How the user prefers to send thank-yous (`card` = handwritten card). */
export type Channel = (typeof CHANNELS)[number];

/** The voice of every draft. */
export const TONES = ['formal', 'warm', 'concise'] as const;
/** The voice of every draft. */
export type Tone = (typeof TONES)[number];

/** What they said about a decision: nothing, "we'll decide by …", or "we'll call you on …". */
export const DECISION_KINDS = ['none', 'decide-by', 'will-call'] as const;
/** What they said about a decision. */
export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * Things that happen after the interview, added later. `another-offer` = another
 * employer made the user an offer with a date to answer by.
 */
export const EVENT_KINDS = ['rejected', 'another-round', 'offer', 'another-offer', 'no-reply'] as const;
/** Things that happen after the interview. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** How an offer came: by phone, or written (an email or a letter). */
export const OFFER_VIA = ['phone', 'written'] as const;
/** How an offer came. */
export type OfferVia = (typeof OFFER_VIA)[number];

/** One interviewer as typed in the form. */
export interface InterviewerInput {
  /** Stable id the form generates once (e.g. `iv-k3x9`); step ids are keyed on it. */
  id: string;
  /** Name exactly as they spell it. Required. */
  name: string;
  /** Their job title; may be left empty. */
  title: string;
  /** Their email; may be left empty. */
  email: string;
  /** Whether they agreed, when asked, to connect on LinkedIn. */
  linkedIn: boolean;
  /** How to address them in every message ("Dr Quill"); empty = the suggestion from their name. */
  addressAs: string;
  /** What the user discussed with them: a topic, something they said, or their question; may be empty. */
  discussed: string;
}

/** The recruiter or contact who helped arrange the interview. */
export interface ContactInput {
  /** Their name. Required when a contact is added. */
  name: string;
  /** What they do, e.g. "Recruiter at Northwind Talent"; may be empty. */
  role: string;
  /** Their email; may be empty. */
  email: string;
}

/** Something that happened after the interview. */
export interface EventInput {
  /** Stable id the form generates once. */
  id: string;
  /** What happened. */
  kind: EventKind | '';
  /**
   * When it happened (`YYYY-MM-DD`); for `another-round`, the day of the next
   * round; for `another-offer`, the day the offer came.
   */
  date: string;
  /** `another-round` only: its start time (`HH:MM`). Empty otherwise. */
  time: string;
  /** `another-round` only: its length in minutes; empty = same as this interview. */
  durationMinutes: string;
  /** `another-round` only: which stage it is; empty = second or later. */
  stage: Stage | '';
  /**
   * `another-round` only: who the user will meet, as typed. Absent (a plan
   * saved before the question was asked) = the same people as the round before.
   */
  interviewers?: InterviewerInput[] | undefined;
  /**
   * `offer` only: how it came; blank = not chosen yet (the form asks), absent =
   * a plan saved before the question was asked.
   */
  offerVia?: OfferVia | '' | undefined;
  /** `offer` only: the day the user means to answer by (`YYYY-MM-DD`); empty = the plan suggests one. */
  answerBy?: string | undefined;
  /** `another-offer` only: the day the user's answer to the other offer is due (`YYYY-MM-DD`). */
  deadline?: string | undefined;
  /** `another-offer` only: who made it, for the user's eyes; kept out of drafts unless `mentionOther`. */
  otherEmployer?: string | undefined;
  /** `another-offer` only: the user asked for the other employer to be named in the message. */
  mentionOther?: boolean | undefined;
  /** `rejected` only: the user wants their reply to ask for feedback. */
  askFeedback?: boolean | undefined;
}

/** Everything the form asks, as typed. */
export interface FactsInput {
  /** The interview itself. */
  interview: {
    /** Day it took place, `YYYY-MM-DD`. */
    date: string;
    /** Start time, `HH:MM` (24-hour). */
    time: string;
    /** Length in minutes, as typed (a number is accepted too). */
    durationMinutes: string | number;
    /** The user's IANA time zone, e.g. `Europe/London`. */
    timeZone: string;
    /** The company's IANA time zone, when it differs from the user's; empty = the same as theirs. */
    theirTimeZone: string;
    /** Whose public holidays count (`GB-ENG`, `US`); empty = the region their time zone suggests. */
    region: string;
    /** How it took place. */
    format: Format | '';
    /** Which round it was. */
    stage: Stage | '';
    /** The employer. */
    company: string;
    /** The job applied for. */
    role: string;
  };
  /** Everyone who interviewed the user (at least one). */
  interviewers: InterviewerInput[];
  /** The recruiter or contact who helped, or null. */
  contact: ContactInput | null;
  /** What was said about next steps. */
  decision: {
    /** Whether they gave a date, and what kind. */
    kind: DecisionKind;
    /** The date they gave (`YYYY-MM-DD`), or empty. */
    date: string;
    /** Whether the next steps were explained. */
    nextStepsExplained: boolean;
  };
  /** The user's own read. */
  read: {
    /** How it went. */
    went: Went | '';
    /** Whether they still want the job. */
    interest: Interest | '';
  };
  /** Material for the messages. */
  notes: {
    /** Strengths to restate. */
    strengths: string;
    /** Something forgotten, or a wrong impression to correct. */
    correction: string;
    /** A question to ask. */
    question: string;
    /** Preferred channel for thank-yous. */
    channel: Channel;
    /** Tone of the drafts. */
    tone: Tone;
    /** The user's name, for signing. */
    userName: string;
  };
  /** Events after the interview, in any order. */
  events: EventInput[];
  /** Days the user is away: no step is planned on them. */
  away: AwayInput[];
}

/** A run of days the user is away, as typed. */
export interface AwayInput {
  /** Stable id the form generates once. */
  id: string;
  /** First day away (`YYYY-MM-DD`). */
  from: string;
  /** Last day away (`YYYY-MM-DD`); empty = just the first day. */
  to: string;
}

/** A blank interviewer row with the id the form generated. */
export function blankInterviewer(id: string): InterviewerInput {
  return { id, name: '', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' };
}

/** A blank contact, for when the user says someone helped arrange the interview. */
export function blankContact(): ContactInput {
  return { name: '', role: '', email: '' };
}

/** An event's fields before anything is typed (all but its id and kind). */
export function blankEventFields(): Omit<EventInput, 'id' | 'kind'> {
  return { date: '', time: '', durationMinutes: '', stage: '' };
}

/** A blank event of one kind (or none chosen yet), with the id the form generated. */
export function blankEvent(id: string, kind: EventKind | ''): EventInput {
  return { id, kind, ...blankEventFields() };
}

/**
 * A fresh form: one blank interviewer, email and a warm tone preselected,
 * everything else empty so the user makes each choice.
 */
export function emptyFacts(firstInterviewerId = 'interviewer-1'): FactsInput {
  return {
    interview: {
      date: '',
      time: '',
      durationMinutes: '',
      timeZone: '',
      theirTimeZone: '',
      region: '',
      format: '',
      stage: '',
      company: '',
      role: '',
    },
    interviewers: [blankInterviewer(firstInterviewerId)],
    contact: null,
    decision: { kind: 'none', date: '', nextStepsExplained: false },
    read: { went: '', interest: '' },
    notes: { strengths: '', correction: '', question: '', channel: 'email', tone: 'warm', userName: '' },
    events: [],
    away: [],
  };
}
