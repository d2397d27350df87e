/**
 * `toIcs`: the plan as an RFC 5545 calendar, one event per step with its draft
 * and a link back to the plan in the description. Each event is timed at the
 * step's recommended moment, never all-day: Google and Outlook drop the alarms
 * of imported files, so the event's own time is the reminder (the VALARM is
 * for the calendars that keep it). SEQUENCE follows the plan's last change.
 * Times are written in UTC
 * (`DTSTART:…Z`), which every client reads the same way; the zone arithmetic
 * already happened in the planner. Lines end in CRLF and are folded at 75
 * octets without splitting a UTF-8 character. UIDs come from step ids, so
 * importing an updated plan updates events instead of duplicating them, and
 * steps an event cancelled are sent as cancelled events.
 */
import type { Tone } from '../facts-input.ts';
import { buildDrafts } from '../drafts/build-drafts.ts';
import type { Plan, Step } from '../plan/types.ts';
import { stepHref } from '../ui/plan-links.ts';
import { momentMs } from '../time/zoned.ts';
import { escapeText, foldLine, utcBasic as utc } from './ics-text.ts';
import { descriptionParagraphs, EVENT_MINUTES, stepEvent } from './step-event.ts';

export { escapeText, foldLine } from './ics-text.ts';

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
  /**
   * When the saved plan last changed (ISO 8601). SEQUENCE counts from it, so a
   * changed plan re-imports as an update and an unchanged one as the same
   * events; by default the plan's build time.
   */
  revision?: string;
  /** Only this step's event, for a one-step download (same UID as in the whole plan's file). */
  onlyStep?: string;
}

/** SEQUENCE for a revision: whole seconds since 2025, so every later change counts higher. */
export function sequenceOf(revisionIso: string): number {
  const at = Date.parse(revisionIso);
  return Number.isNaN(at) ? 0 : Math.max(0, Math.floor((at - Date.UTC(2025, 0, 1)) / 1000));
}

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
  // A later revision carries a higher SEQUENCE, so calendars take it as an update.
  const sequence = sequenceOf(options.revision ?? plan.generatedAt);
  const alarm = options.alarmMinutes ?? 15;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Follow Through//Interview follow-up planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Follow-up: ${interview.role ? `${interview.role} at ` : ''}${interview.company}`)}`,
  ];
  const steps = options.onlyStep ? plan.steps.filter((s) => s.id === options.onlyStep) : plan.steps;
  const cancelled = options.onlyStep ? [] : plan.cancelled;
  for (const step of steps) {
    const event = stepEvent(step);
    const description = descriptionParagraphs(step, {
      draft: draftText(step, plan, options.tone),
      theirZone: plan.theirZone,
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      ...(options.planId ? { planHref: stepHref(options.planId, step.id) } : {}),
    });
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(step.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART:${utc(event.start)}`,
      `DTEND:${utc(event.end)}`,
      `SUMMARY:${escapeText(event.title)}`,
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
  for (const gone of cancelled) {
    const start = momentMs(gone.recommended);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(gone.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART:${utc(start)}`,
      `DTEND:${utc(start + EVENT_MINUTES * 60_000)}`,
      `SUMMARY:${escapeText(`Cancelled: ${gone.title}`)}`,
      `DESCRIPTION:${escapeText(gone.because)}`,
      'STATUS:CANCELLED',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
