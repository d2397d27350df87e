/**
 * The "next up" summary the home page shows for each saved plan. The planner
 * writes it whenever a plan's next step changes; the home page only reads it,
 * so it needs none of the engine's code. How a summary reads is in
 * `next-up-wording.ts`.
 */
import type { Moment } from '../time/zoned.ts';

/** One plan's next step, as the home page lists it. */
export interface NextUpSummary {
  /** The plan it belongs to. */
  planId: string;
  /** The plan's name in the list. */
  planTitle: string;
  /** What to do, e.g. "Email a thank-you to Ada Quill". */
  stepTitle: string;
  /** When the site recommends doing it. */
  recommended: Moment;
  /** After this it is late. */
  latest: Moment;
}

const isMoment = (value: unknown): value is Moment =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Moment).iso === 'string' &&
  typeof (value as Moment).zone === 'string' &&
  !Number.isNaN(Date.parse((value as Moment).iso));

/** Reads the stored summaries, dropping anything malformed (never throws). */
export function decodeSummaries(stored: string): Record<string, NextUpSummary> {
  const out: Record<string, NextUpSummary> = {};
  try {
    const data: unknown = JSON.parse(stored);
    if (typeof data !== 'object' || data === null) return out;
    for (const [id, raw] of Object.entries(data as Record<string, unknown>)) {
      const s = raw as Partial<NextUpSummary> | null;
      if (
        s &&
        typeof s.planTitle === 'string' &&
        typeof s.stepTitle === 'string' &&
        isMoment(s.recommended) &&
        isMoment(s.latest)
      ) {
        out[id] = {
          planId: id,
          planTitle: s.planTitle,
          stepTitle: s.stepTitle,
          recommended: s.recommended,
          latest: s.latest,
        };
      }
    }
  } catch {
    // Unreadable summaries are only a cache: the planner rewrites them.
  }
  return out;
}

/** Soonest recommended first. */
export function soonestFirst(summaries: Record<string, NextUpSummary>): NextUpSummary[] {
  return Object.values(summaries).sort((a, b) => Date.parse(a.recommended.iso) - Date.parse(b.recommended.iso));
}

/**
 * The summaries after a change: plans that no longer exist drop out, titles
 * follow renames, and (when given) the open plan's next step is replaced.
 */
export function updateSummaries(
  current: Readonly<Record<string, NextUpSummary>>,
  titles: Readonly<Record<string, string>>,
  open?: {
    planId: string;
    next: { title: string; recommended: Moment; window: { latest: Moment } } | null;
  },
): Record<string, NextUpSummary> {
  const out: Record<string, NextUpSummary> = {};
  for (const [id, summary] of Object.entries(current)) {
    const planTitle = titles[id];
    if (planTitle !== undefined) out[id] = { ...summary, planTitle };
  }
  const openTitle = open ? titles[open.planId] : undefined;
  if (open && openTitle !== undefined) {
    delete out[open.planId];
    if (open.next) {
      const { title, recommended, window } = open.next;
      out[open.planId] = {
        planId: open.planId,
        planTitle: openTitle,
        stepTitle: title,
        recommended,
        latest: window.latest,
      };
    }
  }
  return out;
}
