/**
 * `toIcs`: the plan as an RFC 5545 calendar, one event per step, each with a
 * reminder and its draft in the description. Times are written in UTC
 * (`DTSTART:…Z`), which every client reads the same way; the zone arithmetic
 * already happened in the planner. Lines end in CRLF and are folded at 75
 * octets without splitting a UTF-8 character. UIDs come from step ids, so
 * importing an updated plan updates events instead of duplicating them, and
 * steps an event cancelled are sent as cancelled events.
 */
import type { Tone } from '../facts-input.ts';
import { buildDrafts } from '../drafts/build-drafts.ts';
import { guideHref } from '../guides.ts';
import type { Plan, Step } from '../plan/types.ts';
import { formatMoment } from '../time/format.ts';
import { momentMs } from '../time/zoned.ts';

/** Options for the calendar file. */
export interface IcsOptions {
  /** An id for this plan that never changes (e.g. the saved plan's id); by default one is derived from the interview. */
  planId?: string;
  /** Site origin for guide links, e.g. `https://followthrough.example`; relative links otherwise. */
  siteUrl?: string;
  /** Tone of the drafts in the descriptions; default: the user's tone. */
  tone?: Tone;
  /** Minutes before each event for the reminder; default 15. */
  alarmMinutes?: number;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets (RFC 5545 §3.1), never inside a multi-byte character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** UTC date-time in basic format, e.g. `20261103T140000Z`. */
const utc = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A short, stable hash (FNV-1a, base 36) for deriving a plan id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The draft for a step's own channel, as plain text for the event description. */
function draftText(step: Step, plan: Plan, tone: Tone | undefined): string {
  const drafts = buildDrafts(step, plan.facts, tone);
  if (!drafts) return '';
  switch (step.channel) {
    case 'card':
      return drafts.card;
    case 'phone':
      return drafts.phone.map((line) => `- ${line}`).join('\n');
    case 'linkedin':
      return drafts.linkedin.free;
    default:
      return `Subject: ${drafts.email.subject}\n\n${drafts.email.body}`;
  }
}

/** The calendar text for a plan (CRLF line endings, ready to save as `.ics`). */
export function toIcs(plan: Plan, options: IcsOptions = {}): string {
  const { interview } = plan.facts;
  const planId = options.planId ?? hash(`${interview.start.iso}|${interview.timeZone}`);
  const uid = (stepId: string) => `${stepId.replace(/[^A-Za-z0-9._-]/g, '-')}.${planId}@follow-through`;
  const stamp = utc(Date.parse(plan.generatedAt));
  // Later exports carry a higher SEQUENCE, so calendars accept them as updates.
  const sequence = Math.max(0, Math.floor((Date.parse(plan.generatedAt) - Date.UTC(2025, 0, 1)) / 60_000));
  const alarm = options.alarmMinutes ?? 15;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Follow Through//Interview follow-up planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Follow-up: ${interview.role ? `${interview.role} at ` : ''}${interview.company}`)}`,
  ];
  for (const step of plan.steps) {
    const start = momentMs(step.recommended);
    const description = [
      step.reason,
      `Window: ${formatMoment(step.window.earliest)} to ${formatMoment(step.window.latest)}.`,
      step.disagreement ? `Sources differ here: ${step.disagreement.range}.` : '',
      draftText(step, plan, options.tone),
      `Guide: ${options.siteUrl ?? ''}${guideHref(step.guide)}`,
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(step.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART:${utc(start)}`,
      `DTEND:${utc(start + 30 * 60_000)}`,
      `SUMMARY:${escapeText(step.optional ? `${step.title} (optional)` : step.title)}`,
      `DESCRIPTION:${escapeText(description.join('\n\n'))}`,
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-PT${alarm}M`,
      `DESCRIPTION:${escapeText(step.title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  for (const gone of plan.cancelled) {
    const start = momentMs(gone.recommended);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(gone.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART:${utc(start)}`,
      `DTEND:${utc(start + 30 * 60_000)}`,
      `SUMMARY:${escapeText(`Cancelled: ${gone.title}`)}`,
      `DESCRIPTION:${escapeText(gone.because)}`,
      'STATUS:CANCELLED',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
