/**
 * The checker's findings for the draft a panel shows: the subject and the
 * message each checked in their own format, with the recipient, the user's
 * other plans and the stage as context. The core checks always run; the
 * wording rules run once loaded (they load on demand, see `needsWording`).
 */
import type { Facts } from '../facts.ts';
import type { Step } from '../plan/types.ts';
import { stageOf, type CheckContext, type Elsewhere } from '../drafts/checker/context.ts';
import { coreFindings, orderFindings } from '../drafts/checker/core.ts';
import { mayNeedWording } from '../drafts/checker/screen.ts';
import type { WordingCheck } from '../drafts/checker/wording.ts';
import type { DraftFormat, Finding } from '../drafts/types.ts';
import type { SavedPlan } from './saved-plans.ts';

/** Which part of a draft a finding is in. */
export type CheckedPart = 'subject' | 'body';

/** A finding, with the part of the draft its place is in. */
export interface DraftFinding extends Finding {
  /** The subject line or the message. */
  part: CheckedPart;
}

/** What to check. */
export interface DraftChecksInput {
  /** The step the draft is for (its kind and recipient). */
  step: Step;
  /** The plan's facts. */
  facts: Facts;
  /** The checker format of the message (the subject is always 'subject'). */
  format: DraftFormat;
  /** The subject as shown, or null when the format has none. */
  subject: string | null;
  /** The message as shown. */
  body: string;
  /** Companies and people of the user's other plans. */
  elsewhere: Elsewhere;
}

/** Findings in the subject, then the message, each in the checker's order. */
export function draftFindings(input: DraftChecksInput, wording: WordingCheck | null): DraftFinding[] {
  const { step, facts } = input;
  const base = {
    facts,
    stepKind: step.kind,
    recipient: step.recipient,
    elsewhere: input.elsewhere,
    stage: stageOf(step.kind),
  };
  const run = (text: string, context: CheckContext, part: CheckedPart): DraftFinding[] =>
    orderFindings([...coreFindings(text, context), ...(wording ? wording(text, context) : [])]).map((f) => ({
      ...f,
      part,
    }));
  return [
    ...(input.subject === null ? [] : run(input.subject, { ...base, format: 'subject' }, 'subject')),
    ...run(input.body, { ...base, format: input.format }, 'body'),
  ];
}

/** Whether a draft needs the wording rules now: the user edited it, or their own words in the facts may trip one. */
export function needsWording(facts: Facts, edited: boolean): boolean {
  const { notes, contact } = facts;
  return (
    edited ||
    mayNeedWording([
      notes.strengths,
      notes.correction,
      notes.question,
      notes.userName,
      contact?.role,
      facts.interview.role,
    ])
  );
}

/** The companies and people of every saved plan but the open one, for the stray-name check. */
export function elsewhereOf(plans: readonly SavedPlan[], openId: string): Elsewhere {
  const others = plans.filter((p) => p.id !== openId).map((p) => p.input);
  const clean = (values: (string | undefined)[]) => [
    ...new Set(values.map((v) => (v ?? '').trim()).filter((v) => v.length > 1)),
  ];
  return {
    companies: clean(others.map((i) => i.interview.company)),
    people: clean(others.flatMap((i) => [...i.interviewers.map((p) => p.name), i.contact?.name])),
  };
}

/** A stretch of a text, and which findings (by their index in the list) mark it. */
export interface MarkedSegment {
  /** Where it starts in the text. */
  start: number;
  /** Its text. */
  text: string;
  /** Indices of the findings covering it; empty for unmarked text. */
  findings: number[];
}

/**
 * Cuts a text at every finding's start and end, so a highlight layer can
 * mark exactly those words (overlapping findings share a segment). The
 * pieces joined give back the text unchanged.
 */
export function markSegments(text: string, places: readonly { start: number; end: number }[]): MarkedSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = [...new Set([0, text.length, ...places.flatMap((p) => [clamp(p.start), clamp(p.end)])])].sort(
    (a, b) => a - b,
  );
  const segments: MarkedSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    const findings = places.flatMap((p, index) => (p.start <= start && end <= p.end && p.start < p.end ? [index] : []));
    segments.push({ start, text: text.slice(start, end), findings });
  }
  return segments;
}

/** What a finding's "show me" control reads: the words themselves, or what they are for a length finding. */
export const findingLabel = (finding: Finding): string =>
  finding.ruleId === 'too-long' ? 'The words past the limit' : finding.excerpt;
