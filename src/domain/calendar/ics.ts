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
 * steps an event cancelled, and steps the user did or skipped (with what they
 * logged), are sent as cancelled events. Descriptions quote the draft as the
 * user left it (their edits, their tone).
 */
import type { Tone } from '../facts-input.ts';
import type { Plan, StepStatus } from '../plan/types.ts';
import type { StepLog } from '../ui/saved-plans.ts';
import { logLines } from '../ui/step-log.ts';
import { stepHref } from '../ui/plan-links.ts';
import { momentMs } from '../time/zoned.ts';
import { escapeText, foldLine, utcBasic as utc } from './ics-text.ts';
import { calendarDraft } from './step-draft.ts';
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
  /** Steps done or skipped: sent as cancelled events, so a re-import takes them off the calendar. */
  statuses?: Readonly<Record<string, StepStatus | undefined>>;
  /** What the user logged about done steps: it goes in the cancelled event's description. */
  log?: Readonly<Record<string, StepLog | undefined>>;
  /** The user's edits of drafts (draft key → text): the description quotes what they will send. */
  edits?: Readonly<Record<string, string>>;
  /** Each step's chosen tone, by step id (absent: `tone`, else the plan's). */
  tones?: Readonly<Record<string, Tone | undefined>>;
  /** Each step's chosen wording, by step id (absent: the first). */
  wordings?: Readonly<Record<string, number | undefined>>;
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

/** A cancelled event: same UID as the step's, so a calendar that imported the step takes it off. */
function cancelledEvent(
  uid: string,
  stamp: string,
  sequence: number,
  start: number,
  summary: string,
  description: string,
): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(start + EVENT_MINUTES * 60_000)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'STATUS:CANCELLED',
    'END:VEVENT',
  ];
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
    const status = options.statuses?.[step.id];
    if (status) {
      const log = options.log?.[step.id];
      const what = log
        ? logLines(log, plan.zone)
        : [status === 'done' ? 'You marked this step done.' : 'You skipped this step.'];
      lines.push(
        ...cancelledEvent(
          uid(step.id),
          stamp,
          sequence,
          event.start,
          `${status === 'done' ? 'Done' : 'Skipped'}: ${step.title}`,
          what.join('\n'),
        ),
      );
      continue;
    }
    const tone = options.tones?.[step.id] ?? options.tone ?? plan.facts.notes.tone;
    const description = descriptionParagraphs(step, {
      draft: calendarDraft(step, plan.facts, tone, options.edits ?? {}, options.wordings?.[step.id] ?? 0),
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
    lines.push(
      ...cancelledEvent(
        uid(gone.id),
        stamp,
        sequence,
        momentMs(gone.recommended),
        `Cancelled: ${gone.title}`,
        gone.because,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
