/**
 * The draft a step's calendar event quotes: the one the user would send, in
 * the step's own format and chosen tone and wording, with their edits.
 */
import type { Facts } from '../facts.ts';
import type { Tone } from '../facts-input.ts';
import { buildDrafts } from '../drafts/build-drafts.ts';
import type { Step } from '../plan/types.ts';
import { defaultTab, draftKey, shownText, templateText } from '../ui/draft-view.ts';

/** The subject (null for a format without one) and text in the step's first tab, with the user's edits. */
function shown(
  step: Step,
  facts: Facts,
  tone: Tone,
  edits: Readonly<Record<string, string>>,
  wording: number,
): { subject: string | null; body: string } | null {
  const drafts = buildDrafts(step, facts, tone, wording);
  if (!drafts) return null;
  const tab = defaultTab(step.channel);
  const template = templateText(drafts, tab);
  return {
    subject:
      template.subject === null ? null : shownText(edits, draftKey(step.id, tab, tone, 'subject'), template.subject),
    body: shownText(edits, draftKey(step.id, tab, tone, 'body'), template.body),
  };
}

/**
 * The step's draft as a calendar description quotes it: an email with its
 * subject line, a call's talking points, a card or note, each with the user's
 * edits, in the wording chosen in its panel ("" for a step with nothing to send).
 */
export function calendarDraft(
  step: Step,
  facts: Facts,
  tone: Tone,
  edits: Readonly<Record<string, string>>,
  wording = 0,
): string {
  const draft = shown(step, facts, tone, edits, wording);
  if (!draft) return '';
  return draft.subject === null ? draft.body : `Subject: ${draft.subject}\n\n${draft.body}`;
}

/** The step's draft as shown in its panel's first tab, in the wording chosen there ("" for a step with nothing to send). */
export function shownDraft(
  step: Step,
  facts: Facts,
  tone: Tone,
  edits: Readonly<Record<string, string>>,
  wording = 0,
): string {
  return shown(step, facts, tone, edits, wording)?.body ?? '';
}
