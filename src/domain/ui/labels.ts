/**
 * The words the wizard shows for each choice the engine knows, kept in one
 * place so a component never spells out an option itself.
 */
import type { Channel, DecisionKind, Format, Interest, OfferVia, Stage, Tone, Went } from '../facts-input.ts';

/** How the interview took place. */
export const FORMAT_LABELS: Record<Format, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video call',
  panel: 'Panel (several interviewers at once)',
  'agency-phone-screen': 'Phone screen with a recruiter or agency',
};

/** Which round it was. */
export const STAGE_LABELS: Record<Stage, string> = {
  screening: 'Screening',
  first: 'First interview',
  later: 'Second or later round',
  final: 'Final round',
};

/** How an offer came. */
export const OFFER_VIA_LABELS: Record<OfferVia, string> = {
  phone: 'By phone',
  written: 'By email or letter',
};

/** How it went. */
export const WENT_LABELS: Record<Went, string> = {
  well: 'Well',
  unsure: 'Not sure',
  badly: 'Badly',
};

/** Still interested? */
export const INTEREST_LABELS: Record<Interest, string> = {
  yes: 'Yes, I want this job',
  unsure: 'Not sure yet',
  no: "No, it isn't a fit",
};

/** Preferred thank-you channel. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  card: 'Handwritten card',
  phone: 'Phone call',
};

/** Tone of the drafts. */
export const TONE_LABELS: Record<Tone, string> = {
  formal: 'Formal',
  warm: 'Warm',
  concise: 'Concise',
};

/** What they said about a decision. */
export const DECISION_LABELS: Record<DecisionKind, string> = {
  none: "They didn't give a date",
  'decide-by': "They'll decide by a date",
  'will-call': "They'll call on a date",
};

/** The label of the date field for each kind of decision answer. */
export const DECISION_DATE_LABELS: Record<DecisionKind, string> = {
  none: 'Date',
  'decide-by': 'Date they said they would decide by',
  'will-call': 'Day they said they would call',
};

/** Options as `[value, label]` pairs in the engine's order, for radio groups and selects. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): [T, string][] {
  return values.map((value) => [value, labels[value]]);
}

/** Announced after a reorder: "Ada moved to position 1 of 2." */
export function movedMessage(name: string, position: number, count: number): string {
  return `${name.trim() || 'Interviewer'} moved to position ${position} of ${count}.`;
}

/** Announced after a removal. */
export function removedMessage(name: string): string {
  return `${name.trim() || 'Interviewer'} removed.`;
}
