/**
 * What the preview of an arriving plan says before anything is added: whose
 * interview, when, with whom, what the link left out, and where the steps
 * stand. Worded here so the component only renders.
 */
import type { Plan } from '../plan/types.ts';
import { STATUS_LABELS } from '../ui/step-view.ts';
import { planTitle } from '../ui/plan-records.ts';
import type { SavedPlan } from '../ui/saved-plans.ts';
import { formatMoment } from '../time/format.ts';
import { editedDraftCount, hasNotes } from './shared-plan.ts';

/** One step as the preview lists it. */
export interface PreviewStep {
  /** Step id, for keys. */
  id: string;
  /** What to do. */
  title: string;
  /** When, e.g. "Tuesday 3 November at 17:00". */
  when: string;
  /** "✓ Done", "Skipped", or "" while still to do. */
  status: string;
}

/** The preview's content. */
export interface SharedPreview {
  /** The plan's name. */
  title: string;
  /** The interview's start, e.g. "Tuesday 3 November at 10:00". */
  interview: string;
  /** "Ada Quill, Head of Design" for each interviewer. */
  people: string[];
  /** What came with the plan besides the facts, e.g. "Your notes are included, and 2 edited drafts." */
  extras: string;
  /** "2 of 7 steps done or skipped." */
  progress: string;
  /** Every step, in plan order. */
  steps: PreviewStep[];
}

/** The preview of a saved plan that arrived, with the engine's plan for it. */
export function sharedPreview(saved: SavedPlan, plan: Plan, locale: string): SharedPreview {
  const settled = plan.steps.filter((step) => saved.statuses[step.id] !== undefined).length;
  const drafts = editedDraftCount(saved);
  const draftWords = drafts === 1 ? '1 edited draft' : `${drafts} edited drafts`;
  const withNotes = hasNotes(saved);
  const extras =
    drafts === 0
      ? withNotes
        ? 'Your notes are included.'
        : 'No notes or edited drafts are in this link.'
      : withNotes
        ? `Your notes are included, and ${draftWords}.`
        : `${draftWords[0]!.toUpperCase()}${draftWords.slice(1)} ${drafts === 1 ? 'is' : 'are'} included; no notes.`;
  return {
    title: planTitle(saved),
    interview: formatMoment(plan.facts.interview.start, locale),
    people: plan.facts.interviewers.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name)),
    extras,
    progress: `${settled} of ${plan.steps.length} steps done or skipped.`,
    steps: plan.steps.map((step) => {
      const status = saved.statuses[step.id];
      return {
        id: step.id,
        title: step.title,
        when: formatMoment(step.recommended, locale),
        status: status ? STATUS_LABELS[status] : '',
      };
    }),
  };
}

/** When a saved plan last changed, e.g. "Wednesday 4 November at 08:30", in the reader's zone ("" if unknown). */
function changedAt(iso: string, locale: string, zone: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? '' : formatMoment({ iso: new Date(at).toISOString(), zone }, locale);
}

/**
 * What the user is asked when the arriving plan has the id of one already
 * here: the two plans' last changes, so they can tell which is newer.
 */
export function clashQuestion(existing: SavedPlan, arriving: SavedPlan, locale: string, zone: string): string {
  const mine = changedAt(existing.updatedAt, locale, zone);
  const theirs = changedAt(arriving.updatedAt, locale, zone);
  const dates = mine && theirs ? ` The one here last changed ${mine}; the one in the link, ${theirs}.` : '';
  return `“${planTitle(existing)}” is already in this browser.${dates} Replace it with the plan from the link, or keep both?`;
}
