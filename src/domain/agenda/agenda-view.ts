/**
 * How an agenda item reads: when (in the reader's locale, in the step's zone),
 * how far off, and one line naming the company, the person and the channel.
 * Also what the home page's "next up" keeps for each plan.
 */
import type { StepChannel } from '../plan/types.ts';
import { describeWhen, formatDay } from '../time/format.ts';
import { dateOf, localOf } from '../time/wall-clock.ts';
import type { NextUpSummary } from '../ui/next-up.ts';
import type { AgendaItem } from './agenda.ts';

/** How each channel is named in a list. */
export const CHANNEL_NAMES: Record<StepChannel, string> = {
  email: 'Email',
  card: 'Handwritten card',
  phone: 'Phone call',
  linkedin: 'LinkedIn',
  none: 'Note to self',
};

/** One item's wording. */
export interface AgendaLine {
  /** e.g. "Tuesday 3 November at 17:00". */
  when: string;
  /** e.g. "today", "was due yesterday", "in 3 days" (worded as the plan and the home page word it). */
  relative: string;
  /** e.g. "Northwind Traders · Ada Quill · Email". */
  meta: string;
}

/** The wording for one item at `now`. */
export function agendaLine(item: AgendaItem, now: number, locale: string): AgendaLine {
  const { when, relative } = describeWhen(item.recommended, item.latest, now, locale);
  return { when, relative, meta: [item.company, item.person, CHANNEL_NAMES[item.channel]].filter(Boolean).join(' · ') };
}

/** "3 more steps come after this week." (empty when none). */
export function laterLine(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '1 more step comes after this week.' : `${count} more steps come after this week.`;
}

/** A plan's next step as the home page keeps it. */
export function summaryOf(item: AgendaItem): NextUpSummary {
  return {
    planId: item.planId,
    planTitle: item.planTitle,
    stepTitle: item.title,
    recommended: item.recommended,
    latest: item.latest,
  };
}

/** Today's date for the agenda's heading line, e.g. "Tuesday 3 November", in the reader's zone. */
export function todayLine(now: number, zone: string, locale: string): string {
  return formatDay(dateOf(localOf(now, zone)), locale);
}

/** What the agenda says after Done or Skip, before Undo. */
export function markedLine(title: string, status: 'done' | 'skipped'): string {
  return status === 'done' ? `Marked done: “${title}”.` : `Skipped: “${title}”.`;
}
