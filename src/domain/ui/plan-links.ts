/**
 * Links into the planner: one saved plan, or straight to one step's drafts.
 * The agenda, the calendar events and the home page all point here.
 */

/** The planner opened on one saved plan (site-relative). */
export function planHref(planId: string): string {
  return `/plan/?plan=${encodeURIComponent(planId)}`;
}

/** The planner opened on one plan's step, its drafts showing (site-relative). */
export function stepHref(planId: string, stepId: string): string {
  return `${planHref(planId)}&step=${encodeURIComponent(stepId)}`;
}
