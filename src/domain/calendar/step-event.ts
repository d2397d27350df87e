/**
 * One step as a calendar event, whatever the calendar: its title, when it
 * starts and ends (the recommended moment itself, so the calendar's own
 * notification is the reminder), and the lines of its description. The .ics
 * file and the Google / Outlook links all build on this.
 */
import { guideHref } from '../guides.ts';
import type { Step } from '../plan/types.ts';
import { formatMoment, zoneCity } from '../time/format.ts';
import { momentAt } from '../time/wall-clock.ts';
import { momentMs } from '../time/zoned.ts';

/** How long each event lasts in the calendar. */
export const EVENT_MINUTES = 30;

/** The calendar-neutral parts of a step's event. */
export interface StepEvent {
  /** The event's title ("… (optional)" for optional steps). */
  title: string;
  /** Start, in milliseconds since the epoch: the step's recommended moment. */
  start: number;
  /** End: `EVENT_MINUTES` later. */
  end: number;
}

/** A step's title, start and end. */
export function stepEvent(step: Step): StepEvent {
  const start = momentMs(step.recommended);
  return {
    title: step.optional ? `${step.title} (optional)` : step.title,
    start,
    end: start + EVENT_MINUTES * 60_000,
  };
}

/** What a description may add after the step's reason and timing. */
export interface DescriptionParts {
  /** The draft (or its first lines), when there is one. */
  draft?: string;
  /** Site origin for absolute links, e.g. `https://followthrough.example`; relative links otherwise. */
  siteUrl?: string;
  /** The site-relative link back to the plan (see `stepHref`). */
  planHref?: string;
  /** The recipient's zone, when it differs from the user's: the description gives their time too. */
  theirZone?: string;
}

/** "For them: Tuesday 10 March at 09:00 in New York.", or '' for a note to self or a shared zone. */
function theirTimeLine(step: Step, theirZone: string | undefined): string {
  if (!theirZone || theirZone === step.recommended.zone || step.recipient.kind === 'self') return '';
  return `For them: ${formatMoment(momentAt(momentMs(step.recommended), theirZone))} in ${zoneCity(theirZone)}.`;
}

/**
 * The description's paragraphs, in order: why and when, where sources differ,
 * the draft, the guide, and the way back to the plan. Anything that adds to a
 * description (a holiday that moved the step, progress) belongs in this list.
 */
export function descriptionParagraphs(step: Step, parts: DescriptionParts = {}): string[] {
  const site = parts.siteUrl ?? '';
  return [
    step.reason,
    // Why it moved (a public holiday, a day away) or how a call fits both clocks.
    ...step.timingNotes,
    theirTimeLine(step, parts.theirZone),
    `Window: ${formatMoment(step.window.earliest)} to ${formatMoment(step.window.latest)}.`,
    step.disagreement ? `Sources differ here: ${step.disagreement.range}.` : '',
    parts.draft ?? '',
    `Guide: ${site}${guideHref(step.guide)}`,
    parts.planHref ? `Open the plan: ${site}${parts.planHref}` : '',
  ].filter(Boolean);
}

/**
 * The opening of a draft for a short description: whole lines up to `maxLines`
 * non-blank lines or `maxChars` characters, marked with "…" when there is more.
 */
export function draftOpening(text: string, maxLines = 4, maxChars = 320): string {
  const lines = text.trim().split(/\r\n|\r|\n/);
  const kept: string[] = [];
  let chars = 0;
  let shown = 0;
  for (const line of lines) {
    if (shown === maxLines || chars + line.length > maxChars) break;
    kept.push(line);
    chars += line.length + 1;
    if (line.trim() !== '') shown += 1;
  }
  if (kept.length === 0) {
    const first = lines[0] ?? '';
    const cut = first.slice(0, maxChars).replace(/\s+\S*$/, '');
    return `${cut || first.slice(0, maxChars)}…`;
  }
  const opening = kept.join('\n').trimEnd();
  return kept.length < lines.length ? `${opening}\n…` : opening;
}
