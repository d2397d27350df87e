/**
 * How a step's drafts appear in the draft panel: which tab opens first, the
 * text each tab edits, the key an edit is saved under, and the text that goes
 * to the clipboard or the mail app.
 */
import type { Facts } from '../facts.ts';
import type { Tone } from '../facts-input.ts';
import type { Step, StepChannel } from '../plan/types.ts';
import { buildDrafts, wordingCount } from '../drafts/build-drafts.ts';
import { measureDraft } from '../drafts/checker/length.ts';
import { mailtoHref } from '../drafts/mailto.ts';
import type { DraftFormat, Drafts } from '../drafts/types.ts';
import { wordingLabel } from './draft-choice.ts';

/** The draft tabs, in order, with the checker format of their main text. */
export const DRAFT_TABS = [
  { id: 'email', label: 'Email', format: 'email' },
  { id: 'card', label: 'Card', format: 'card' },
  { id: 'linkedin', label: 'LinkedIn', format: 'linkedin-free' },
  { id: 'phone', label: 'Phone', format: 'phone' },
] as const satisfies readonly { id: string; label: string; format: DraftFormat }[];

/** One draft tab's id. */
export type DraftTab = (typeof DRAFT_TABS)[number]['id'];

/** The part of a draft being edited: an email's subject, or the main text. */
export type DraftPart = 'subject' | 'body';

/** The tab a step's panel opens on: its own channel (a note-to-self step opens on email). */
export function defaultTab(channel: StepChannel): DraftTab {
  return channel === 'none' ? 'email' : channel;
}

/** The template text of one tab: a subject (email only) and the main text. */
export function templateText(drafts: Drafts, tab: DraftTab): { subject: string | null; body: string } {
  switch (tab) {
    case 'email':
      return { subject: drafts.email.subject, body: drafts.email.body };
    case 'card':
      return { subject: null, body: drafts.card };
    case 'linkedin':
      return { subject: null, body: drafts.linkedin.free };
    case 'phone':
      return { subject: null, body: drafts.phone.map((line) => `• ${line}`).join('\n') };
  }
}

/** Where an edit is saved: per step, tab, tone and part, so switching back shows it again. */
export function draftKey(stepId: string, tab: DraftTab, tone: Tone, part: DraftPart): string {
  return `${stepId}|${tab}|${tone}|${part}`;
}

/** The text to show for one part: the user's edit when there is one, else the template. */
export function shownText(edits: Readonly<Record<string, string>>, key: string, template: string): string {
  return edits[key] ?? template;
}

/** One editable part of a draft, as shown. */
export interface DraftPartView {
  /** Where an edit of it is saved. */
  key: string;
  /** The text shown: the edit, or the template. */
  text: string;
  /** Whether the user has changed it. */
  edited: boolean;
}

/** Everything a draft panel shows for one tab. */
export interface DraftView {
  /** The email subject (email tab only). */
  subject: DraftPartView | null;
  /** The message itself. */
  body: DraftPartView;
  /** The checker format of the message (the subject is checked as 'subject'); findings: see draft-checks.ts. */
  format: DraftFormat;
  /** The mail-app link (email tab only), and whether it is too long to rely on. */
  mailto: { href: string; tooLong: boolean } | null;
  /** The message's length against its limit, e.g. "142 / 180 words", and whether it is over. */
  size: { label: string; over: boolean };
  /** How many wordings the tone offers (1: no choice), and which is shown, as "Wording 2 of 3". */
  wordings: { count: number; label: string };
  /** Whether the user changed any part of this tab. */
  edited: boolean;
}

/** What the draft panel needs to know. */
export interface DraftViewInput {
  /** The step. */
  step: Step;
  /** The facts the plan was built from. */
  facts: Facts;
  /** The tone chosen for this step. */
  tone: Tone;
  /** Which of the tone's wordings, from 0 (absent: the first). */
  wording?: number;
  /** The open tab. */
  tab: DraftTab;
  /** The user's saved edits. */
  edits: Readonly<Record<string, string>>;
}

const CHECK_FORMAT: Record<DraftTab, DraftFormat> = {
  email: 'email',
  card: 'card',
  linkedin: 'linkedin-free',
  phone: 'phone',
};

/** The draft for one step and tab, with the user's edits, the checker's findings and the mail link; null for steps with nothing to send. */
export function draftView({ step, facts, tone, wording = 0, tab, edits }: DraftViewInput): DraftView | null {
  const drafts = buildDrafts(step, facts, tone, wording);
  if (!drafts) return null;
  const template = templateText(drafts, tab);
  const part = (which: DraftPart, fallback: string): DraftPartView => {
    const key = draftKey(step.id, tab, tone, which);
    return { key, text: shownText(edits, key, fallback), edited: key in edits };
  };
  const body = part('body', template.body);
  const subject = template.subject === null ? null : part('subject', template.subject);
  const context = { format: CHECK_FORMAT[tab], stepKind: step.kind };
  const mailto = subject ? mailtoHref({ to: step.recipient.email, subject: subject.text, body: body.text }) : null;
  const { size, max, unit } = measureDraft(body.text, context);
  const count = wordingCount(step, facts, tone);
  return {
    subject,
    body,
    format: context.format,
    mailto,
    size: { label: `${size} / ${max} ${unit}`, over: size > max },
    wordings: { count, label: wordingLabel(wording, count) },
    edited: body.edited || !!subject?.edited,
  };
}
