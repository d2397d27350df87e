/**
 * The few lines that open a plan on screen and on paper: the company and role,
 * when the interview was (with the year, for a printout kept in a folder),
 * how it took place, and who was there.
 */
import type { Facts } from '../facts.ts';
import { momentMs, type Moment } from '../time/zoned.ts';

/** What the top of a plan says. */
export interface PlanSummary {
  /** "Northwind Traders" */
  company: string;
  /** The job, or null when not given. */
  role: string | null;
  /** "Tuesday, 3 November 2026, 10:00 to 11:00" (en-GB) */
  when: string;
  /** How it took place, as it reads after the time: "in person", "a panel"… */
  format: string;
  /** "Ada Quill, Head of Design", one per interviewer, in the user's order. */
  people: string[];
  /** "Sam Reed, Recruiter (helped arrange it)", or null. */
  contact: string | null;
  /** Later rounds and who the user meets: "Round 2: Friday, 20 November 2026, 14:00 to 15:00, with Ada Quill, Head of Design". */
  rounds: string[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(moment: Moment, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${moment.zone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, { ...options, timeZone: moment.zone })));
  return found.format(momentMs(moment));
}

/** "Tuesday, 3 November 2026, 10:00 to 11:00" (en-GB), in the moment's own zone. */
export function spanText(start: Moment, end: Moment, locale: string): string {
  const day = format(start, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = (m: Moment) => format(m, locale, { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time(start)} to ${time(end)}`;
}

/** How each format reads after the interview's time. */
const FORMAT_WORDS: Record<Facts['interview']['format'], string> = {
  'in-person': 'in person',
  phone: 'by phone',
  video: 'by video call',
  panel: 'a panel',
  'agency-phone-screen': 'a phone screen with a recruiter',
};

const person = (name: string, title: string | null): string => (title ? `${name}, ${title}` : name);

/** The summary for a plan's facts, in the reader's locale. */
export function planSummary(facts: Facts, locale: string): PlanSummary {
  const { interview, contact } = facts;
  const rounds = facts.events.flatMap((e) => (e.kind === 'another-round' ? [e] : []));
  return {
    company: interview.company,
    role: interview.role,
    when: spanText(interview.start, interview.end, locale),
    format: FORMAT_WORDS[interview.format],
    people: facts.interviewers.map((p) => person(p.name, p.title)),
    contact: contact ? `${person(contact.name, contact.role)} (helped arrange it)` : null,
    rounds: rounds.map(
      (r, i) =>
        `Round ${i + 2}: ${spanText(r.start, r.end, locale)}, with ${r.interviewers.map((p) => person(p.name, p.title)).join('; ')}`,
    ),
  };
}
