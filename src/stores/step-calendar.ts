/**
 * A step in someone's calendar: its Google Calendar and Outlook links (with
 * the draft as the user left it and a link back to the step) and a one-event
 * .ics file. Built when the user opens "Add to calendar", never before.
 */
import { shownDraft } from '../domain/calendar/step-draft.ts';
import { webCalendarLinks, type WebCalendarLinks } from '../domain/calendar/web-calendars.ts';
import type { Step } from '../domain/plan/types.ts';
import { draftChoiceOf } from '../domain/ui/draft-choice.ts';
import { stepHref } from '../domain/ui/plan-links.ts';
import { $plan, progressOf } from './plan-view.ts';
import { $activePlan } from './plans.ts';

/** The web calendar links for a step of the open plan (null when no plan is showing). */
export function stepCalendarLinks(step: Step): WebCalendarLinks | null {
  const plan = $plan.get();
  const saved = $activePlan.get();
  if (!plan || !saved) return null;
  const { tone, wording } = draftChoiceOf(saved, step.id, plan.facts.notes.tone);
  return webCalendarLinks({
    step,
    draft: shownDraft(step, plan.facts, tone, saved.drafts, wording),
    siteUrl: location.origin,
    planHref: stepHref(saved.id, step.id),
  });
}

/** One step as an .ics file, with the UID it has in the whole plan's file. */
export async function stepCalendarFile(stepId: string): Promise<string | null> {
  const plan = $plan.get();
  const saved = $activePlan.get();
  if (!plan || !saved) return null;
  const { toIcs } = await import('../domain/calendar/ics.ts');
  return toIcs(plan, {
    planId: saved.id,
    siteUrl: location.origin,
    revision: saved.updatedAt,
    onlyStep: stepId,
    ...progressOf(saved),
  });
}
