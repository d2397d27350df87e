/**
 * "Add to Google Calendar" and "Add to Outlook" (personal, or work and school
 * accounts on Microsoft 365) for one step: plain links the
 * user follows, which open the calendar's new-event form filled in. The page
 * never requests them. Times go in UTC, so the calendar shows them in the
 * reader's own zone.
 */
import type { Step } from '../plan/types.ts';
import { utcBasic } from './ics-text.ts';
import { descriptionParagraphs, draftOpening, stepEvent } from './step-event.ts';

/** What a step's calendar links carry beyond the step itself. */
export interface WebCalendarInput {
  /** The step. */
  step: Step;
  /** The draft as the user sees it (only its first lines go in). */
  draft?: string;
  /** Site origin, e.g. `https://followthrough.example`. */
  siteUrl: string;
  /** The site-relative link back to the plan (see `stepHref`). */
  planHref: string;
}

/** A step's Google Calendar and Outlook links. */
export interface WebCalendarLinks {
  /** Google Calendar's event template. */
  google: string;
  /** Outlook.com's new-event form (personal Microsoft accounts). */
  outlook: string;
  /** The same form in Outlook on the web for work or school (Microsoft 365) accounts. */
  outlookWork: string;
}

/** ISO 8601 in UTC to the second, e.g. `2026-11-03T14:00:00Z`, which Outlook reads unambiguously. */
const utcIso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A query string with `%20` for spaces (some calendars show a `+` literally). */
const query = (params: Record<string, string>): string =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

/** The event's description: why and when, the draft's opening and the way back to the plan. */
function details({ step, draft, siteUrl, planHref }: WebCalendarInput): string {
  return descriptionParagraphs(step, {
    siteUrl,
    planHref,
    ...(draft?.trim() ? { draft: draftOpening(draft) } : {}),
  }).join('\n\n');
}

/** The links for a step. */
export function webCalendarLinks(input: WebCalendarInput): WebCalendarLinks {
  const event = stepEvent(input.step);
  const body = details(input);
  const google = query({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${utcBasic(event.start)}/${utcBasic(event.end)}`,
    details: body,
  });
  const outlook = query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: utcIso(event.start),
    enddt: utcIso(event.end),
    body,
  });
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
    outlookWork: `https://outlook.office.com/calendar/0/action/compose?${outlook}`,
  };
}
