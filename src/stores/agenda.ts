/**
 * The agenda across every saved plan: each plan validated and planned by the
 * engine, its open steps grouped by how soon they are due, and Done / Skip
 * that write straight to the plan they belong to. It also refreshes the home
 * page's "next up" for every plan, with the same rule.
 */
import { atom, computed } from 'nanostores';
import { buildAgenda, nextPerPlan, type AgendaSource } from '../domain/agenda/agenda.ts';
import { summaryOf } from '../domain/agenda/agenda-view.ts';
import { buildPlan } from '../domain/plan/build-plan.ts';
import type { StepStatus } from '../domain/plan/types.ts';
import { withStatus } from '../domain/ui/plan-edits.ts';
import { planTitle } from '../domain/ui/plan-records.ts';
import { validateFacts } from '../domain/validate-facts.ts';
import { $now } from './clock.ts';
import { $holidayData, holidaysFor, requestHolidays } from './holidays.ts';
import type { HolidayNeed } from '../domain/holidays/loading.ts';
import { $nextUpSummaries } from './next-up.ts';
import { $planList, $plans, browserTimeZone, putPlan } from './plans.ts';

/** The reader's zone: "today" is their today. */
const zone = browserTimeZone();

/** Every saved plan the engine can plan, and those whose answers still need fixing. */
export const $agendaSources = computed([$planList, $now, $holidayData], (plans, now) => {
  const sources: AgendaSource[] = [];
  const unfinished: { id: string; title: string }[] = [];
  // Plans whose public holidays are still loading join a moment later, so no step shows on a holiday first.
  const waiting: HolidayNeed[] = [];
  for (const saved of plans) {
    const checked = validateFacts(saved.input, { now });
    if (!checked.ok) {
      unfinished.push({ id: saved.id, title: planTitle(saved) });
      continue;
    }
    const need = { picked: checked.facts.interview.region, theirZone: checked.facts.interview.theirTimeZone };
    const holidays = holidaysFor(need);
    if (holidays === 'loading') waiting.push(need);
    else
      sources.push({
        planId: saved.id,
        planTitle: planTitle(saved),
        plan: buildPlan(checked.facts, { now, holidays, moves: saved.moves ?? {}, statuses: saved.statuses }),
        statuses: saved.statuses,
      });
  }
  return { sources, unfinished, waiting };
});

// Fetch the holidays the waiting plans need (the zone map first, then each region's table).
$agendaSources.subscribe(({ waiting }) => waiting.forEach(requestHolidays));

/** Overdue, due today and this week, across all plans. */
export const $agenda = computed([$agendaSources, $now], ({ sources }, now) => buildAgenda(sources, now, zone));

/** The step marked last from the agenda, so it can be undone. */
export const $lastMarked = atom<{ planId: string; stepId: string; title: string; status: StepStatus } | null>(null);

/** Marks a step of any saved plan done or skipped (null: back to to-do). */
export function markAgendaStep(planId: string, stepId: string, status: StepStatus | null): void {
  const plan = $plans.get().plans[planId];
  if (plan) putPlan(planId, withStatus(plan, stepId, status, new Date().toISOString()));
}

/** Marks a step from the agenda and remembers it for Undo. */
export function settleFromAgenda(planId: string, stepId: string, title: string, status: StepStatus): void {
  markAgendaStep(planId, stepId, status);
  $lastMarked.set({ planId, stepId, title, status });
}

/** Puts the last marked step back on the agenda. */
export function undoLastMarked(): void {
  const last = $lastMarked.get();
  if (!last) return;
  markAgendaStep(last.planId, last.stepId, null);
  $lastMarked.set(null);
}

// The home page lists each plan's next step: keep every plan's current, by the agenda's own rule.
$agendaSources.subscribe(({ sources }) => {
  const summaries = Object.fromEntries(
    nextPerPlan(sources, $now.get(), zone).map((item) => [item.planId, summaryOf(item)]),
  );
  if (JSON.stringify(summaries) !== JSON.stringify($nextUpSummaries.get())) $nextUpSummaries.set(summaries);
});
