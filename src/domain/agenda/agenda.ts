/**
 * The agenda: every step still to do across all saved plans, sorted by when it
 * is recommended and grouped into overdue, due today and this week. Each item
 * carries what a list needs to name it (company, person, channel) and to link
 * straight to its drafts.
 */
import { nextDueStep } from '../plan/progress.ts';
import type { Plan, StepChannel, StepKind, StepStatus } from '../plan/types.ts';
import { momentMs, type Moment } from '../time/zoned.ts';
import { dueBucket, type DueBucket } from './due.ts';

/** One saved plan as the agenda reads it. */
export interface AgendaSource {
  /** The saved plan's id. */
  planId: string;
  /** Its name in lists. */
  planTitle: string;
  /** The engine's plan for it (plans whose answers have errors are left out by the caller). */
  plan: Plan;
  /** Its steps' statuses; a step without one is still to do. */
  statuses: Readonly<Record<string, StepStatus | undefined>>;
}

/** One step to do, as the agenda lists it. */
export interface AgendaItem {
  /** The plan it belongs to. */
  planId: string;
  /** The plan's name. */
  planTitle: string;
  /** The employer. */
  company: string;
  /** The step's id. */
  stepId: string;
  /** What to do. */
  title: string;
  /** What kind of step. */
  kind: StepKind;
  /** Who it is for ("" for a note to yourself). */
  person: string;
  /** How it is done. */
  channel: StepChannel;
  /** Whether it may be skipped. */
  optional: boolean;
  /** When it is recommended. */
  recommended: Moment;
  /** After this it is late. */
  latest: Moment;
  /** How soon it is due. */
  bucket: DueBucket;
}

/** The agenda, ready to show. */
export interface Agenda {
  /** Windows already closed, oldest first: still worth doing. */
  overdue: AgendaItem[];
  /** Recommended for today (or earlier, with the window still open). */
  today: AgendaItem[];
  /** Recommended in the next seven days. */
  week: AgendaItem[];
  /** How many steps come later than that. */
  later: number;
}

/** Whether a step is still to do. */
export const isOpen = (statuses: AgendaSource['statuses'], stepId: string): boolean => statuses[stepId] === undefined;

/** Every open step of the given plans, soonest first (ties: plan order, then step order). */
export function agendaItems(sources: readonly AgendaSource[], now: number, zone: string): AgendaItem[] {
  const items = sources.flatMap(({ planId, planTitle, plan, statuses }) =>
    plan.steps
      .filter((step) => isOpen(statuses, step.id))
      .map((step): AgendaItem => ({
        planId,
        planTitle,
        company: plan.facts.interview.company,
        stepId: step.id,
        title: step.title,
        kind: step.kind,
        person: step.recipient.kind === 'self' ? '' : step.recipient.name,
        channel: step.channel,
        optional: step.optional,
        recommended: step.recommended,
        latest: step.window.latest,
        bucket: dueBucket({ recommended: step.recommended, latest: step.window.latest }, now, zone),
      })),
  );
  // Array.prototype.sort is stable, so equal moments keep plan and step order.
  return items.sort((a, b) => momentMs(a.recommended) - momentMs(b.recommended));
}

/** The agenda across every given plan at `now`, with "today" in the reader's `zone`. */
export function buildAgenda(sources: readonly AgendaSource[], now: number, zone: string): Agenda {
  const items = agendaItems(sources, now, zone);
  const of = (bucket: DueBucket) => items.filter((item) => item.bucket === bucket);
  return { overdue: of('overdue'), today: of('today'), week: of('week'), later: of('later').length };
}

/**
 * Each plan's next step, as the home page lists them, soonest first: the same
 * step the plan screen shows as "Next up" (`nextDueStep`), bucketed like the agenda.
 */
export function nextPerPlan(sources: readonly AgendaSource[], now: number, zone: string): AgendaItem[] {
  const firsts = sources.flatMap((source) => {
    const next = nextDueStep(source.plan, source.statuses, now);
    return next ? agendaItems([{ ...source, plan: { ...source.plan, steps: [next.step] } }], now, zone) : [];
  });
  return firsts.sort((a, b) => momentMs(a.recommended) - momentMs(b.recommended));
}
