/**
 * Fills the home page's "next up" list from the planner's summary store and
 * keeps it current (another tab may change a plan). Text goes in as text.
 */
import type { NextUpSummary } from '../../domain/ui/next-up.ts';
import { describeNextUp, LATE_NOTE } from '../../domain/ui/next-up-wording.ts';
import { locale } from '../../stores/clock.ts';
import { $nextUpList } from '../../stores/next-up.ts';

/** How many plans the home page lists. */
const SHOWN = 3;

function item(summary: NextUpSummary, now: number): HTMLLIElement {
  const line = describeNextUp(summary, now, locale);
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = `/plan/?plan=${encodeURIComponent(summary.planId)}`;
  link.textContent = summary.stepTitle;
  const plan = document.createElement('span');
  plan.className = 'plan';
  plan.textContent = summary.planTitle;
  const when = document.createElement('span');
  when.className = 'when';
  const time = document.createElement('time');
  time.dateTime = summary.recommended.iso;
  time.textContent = line.when;
  when.append(time, ` · ${line.relative}${line.late ? ` · ${LATE_NOTE}` : ''}`);
  li.append(link, plan, when);
  return li;
}

/** Shows the list when there are saved plans with something left to do. */
export function showNextUp(): void {
  const section = document.querySelector<HTMLElement>('[data-next-up]');
  const list = section?.querySelector('[data-next-up-list]');
  if (!section || !list) return;
  // Worded when shown and again every minute, so "today" and "late" move on while the page stays
  // open (a plain timer rather than the clock store keeps the home page's script small).
  const render = () => {
    const summaries = $nextUpList.get();
    const now = Date.now();
    list.replaceChildren(...summaries.slice(0, SHOWN).map((s) => item(s, now)));
    section.hidden = summaries.length === 0;
  };
  $nextUpList.subscribe(render);
  setInterval(render, 60_000);
}
