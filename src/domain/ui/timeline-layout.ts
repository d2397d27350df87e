/**
 * Where each step sits on the plan's visual timeline: a track from the
 * interview to the move-on date, one lane per person, a mark per step (its
 * channel as the icon, its state as the shape and in words), date ticks that
 * never crowd, and lines for today, the decision date and each later round.
 * Positions are fractions of the track (0 = start, 1 = end); the component
 * only draws them. Marks too close to share a row drop to a row of their own.
 */
import type { Plan, Step, StepChannel, StepStatus } from '../plan/types.ts';
import { dateOf, DAY, instantOf, localFrom, localOf } from '../time/wall-clock.ts';
import { formatClock } from '../time/format.ts';
import { momentMs } from '../time/zoned.ts';

/** How a mark looks, and what it says besides its step: settled, moved (by the user, or with a step they moved), past its date, or ahead. */
export type MarkState = 'done' | 'skipped' | 'moved' | 'past' | 'ahead';

/** The words for each state, shown in the legend and said with each mark. */
export const MARK_STATE_LABELS: Record<MarkState, string> = {
  done: 'Done',
  skipped: 'Skipped',
  moved: 'Moved',
  past: 'Date passed',
  ahead: 'To do',
};

/** How each channel reads after a step ("by email"). */
export const CHANNEL_WORDS: Record<StepChannel, string> = {
  email: 'by email',
  card: 'by card',
  phone: 'by phone',
  linkedin: 'on LinkedIn',
  none: 'a note to yourself',
};

/** One step on the timeline. */
export interface TimelineMark {
  /** The step's id (to reach it in the list). */
  stepId: string;
  /** Where it sits along the track, 0–1. */
  at: number;
  /** Its row from the top (lanes stack; a crowded lane takes more than one row). */
  row: number;
  /** Its lane's index (whose label sits above the lane's rows). */
  lane: number;
  /** How it is carried out: the mark's icon. */
  channel: StepChannel;
  /** Its state: the mark's shape. */
  state: MarkState;
  /** Whether it is the next thing to do. */
  next: boolean;
  /** Its day, short ("3 Nov"). */
  day: string;
  /** Everything the mark stands for, in words: "Email a thank-you to Ada Quill, by email: Tue 3 Nov, 10:45. To do." */
  label: string;
}

/** One person's lane. */
export interface TimelineLane {
  /** The recipient's kind and id (`interviewer:iv-ada`). */
  id: string;
  /** Their name as given ("You" for notes to yourself). */
  name: string;
  /** First row of the lane. */
  row: number;
  /** How many rows it takes. */
  rows: number;
}

/** A dated line across every lane. */
export interface TimelineLine {
  /** Today, the decision date, or the start of an interview round. */
  kind: 'today' | 'decision' | 'round';
  /** Where it sits, 0–1 (kept on the track when the day falls outside it). */
  at: number;
  /** What it says: "Today", "Decision due 20 Nov", "Round 2, 9 Nov". */
  label: string;
  /** The day falls before the track starts or after it ends; null when on it. */
  outside: 'before' | 'after' | null;
  /** Its label's row above the lanes, so labels of close lines never overlap. */
  row: number;
  /** Where the label hangs from the line: to its right, or (near the end) to its left. */
  align: 'start' | 'end';
}

/** A labelled day on the axis. */
export interface TimelineTick {
  /** Where it sits, 0–1. */
  at: number;
  /** "3 Nov". */
  label: string;
}

/** Everything the timeline draws. */
export interface TimelineLayout {
  /** What the track covers, in one sentence. */
  caption: string;
  /** Lanes, in the order their people first come up. */
  lanes: TimelineLane[];
  /** Rows in all. */
  rows: number;
  /** Marks in the plan's order (the order keyboard focus follows). */
  marks: TimelineMark[];
  /** Today, the decision date and later rounds. */
  lines: TimelineLine[];
  /** Rows of line labels above the lanes. */
  lineRows: number;
  /** Days labelled on the axis, never closer than `minTickGap`. */
  ticks: TimelineTick[];
}

/** What the layout needs besides the plan. */
export interface TimelineOptions {
  /** Saved statuses by step id. */
  statuses: Readonly<Record<string, StepStatus>>;
  /** The next step due, or null. */
  nextId: string | null;
  /** The current instant (epoch ms). */
  now: number;
  /** The reader's locale. */
  locale: string;
  /** Track width in pixels, to space marks and ticks (defaults to a phone's). */
  width?: number;
}

/** Smallest distance between two marks in one row, and between labelled ticks, in pixels. */
const MARK_GAP_PX = 30;
const TICK_GAP_PX = 56;
/** Room a line's label needs before the next label may share its row, in pixels. */
const LINE_LABEL_PX = 120;
/** Tick spacings tried, in days, smallest first. */
const TICK_STEPS = [1, 2, 7, 14, 28, 56];

const formatters = new Map<string, Intl.DateTimeFormat>();
function shortDay(instant: number, zone: string, locale: string): string {
  const key = `${locale}|${zone}`;
  let found = formatters.get(key);
  if (!found)
    formatters.set(key, (found = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: zone })));
  return found.format(instant);
}

/** The state a step's mark shows: what the user recorded first, then a move, then the clock. */
export function markState(step: Step, options: Pick<TimelineOptions, 'statuses' | 'now'>): MarkState {
  const status = options.statuses[step.id];
  if (status) return status;
  if (step.moved) return 'moved';
  return momentMs(step.recommended) < options.now ? 'past' : 'ahead';
}

/** The state in words; a moved step says who moved it. */
function stateWords(step: Step, state: MarkState): string {
  if (state !== 'moved') return MARK_STATE_LABELS[state];
  return step.moved?.by === 'you' ? 'Moved by you' : `Moved with “${step.moved?.leader?.title ?? ''}”`;
}

/** The lane a step belongs to: the person it is for. */
const laneOf = (step: Step): { id: string; name: string } => ({
  id: `${step.recipient.kind}:${step.recipient.id}`,
  name: step.recipient.kind === 'self' ? 'You' : step.recipient.name,
});

/** Puts each position in the first row whose last mark is at least `gap` before it; returns rows, from 0. */
export function packRows(positions: readonly number[], gap: number): number[] {
  const lastInRow: number[] = [];
  return positions.map((at) => {
    let row = lastInRow.findIndex((last) => at - last >= gap);
    if (row === -1) row = lastInRow.length;
    lastInRow[row] = at;
    return row;
  });
}

/** The plan's steps laid out on a track from the interview to the move-on date. */
export function layoutTimeline(plan: Plan, options: TimelineOptions): TimelineLayout {
  const { facts, zone } = plan;
  const width = Math.max(options.width ?? 320, 160);
  const start = momentMs(facts.interview.start);
  const decision = facts.decision.date ? instantOf(localFrom(facts.decision.date), zone) : null;
  const ends = plan.steps.map((s) => momentMs(s.recommended));
  const end = Math.max(start + DAY, ...ends, decision ?? start);
  const place = (instant: number) => (instant - start) / (end - start);
  const clamp = (at: number) => Math.min(1, Math.max(0, at));
  const day = (instant: number) => shortDay(instant, zone, options.locale);

  // Lanes in the order their people first come up; marks keep the plan's order.
  const lanes = new Map<string, { name: string; steps: number[] }>();
  plan.steps.forEach((step, index) => {
    const lane = laneOf(step);
    const found = lanes.get(lane.id) ?? { name: lane.name, steps: [] };
    found.steps.push(index);
    lanes.set(lane.id, found);
  });
  const rows: number[] = [];
  const laneIndex: number[] = [];
  const laneList: TimelineLane[] = [];
  let row = 0;
  for (const [id, lane] of lanes) {
    const packed = packRows(
      lane.steps.map((i) => place(ends[i] ?? start)),
      MARK_GAP_PX / width,
    );
    lane.steps.forEach((i, k) => {
      rows[i] = row + (packed[k] ?? 0);
      laneIndex[i] = laneList.length;
    });
    const count = Math.max(1, ...packed.map((r) => r + 1));
    laneList.push({ id, name: lane.name, row, rows: count });
    row += count;
  }

  const marks = plan.steps.map((step, i): TimelineMark => {
    const at = ends[i] ?? start;
    const state = markState(step, options);
    const when = `${day(at)}, ${formatClock(at, zone, options.locale)}`;
    return {
      stepId: step.id,
      at: place(at),
      row: rows[i] ?? 0,
      lane: laneIndex[i] ?? 0,
      channel: step.channel,
      state,
      next: step.id === options.nextId,
      day: day(at),
      label: `${step.title}, ${CHANNEL_WORDS[step.channel]}: ${when}. ${stateWords(step, state)}${step.id === options.nextId ? ', next up' : ''}.`,
    };
  });

  const line = (kind: TimelineLine['kind'], instant: number, label: string): Omit<TimelineLine, 'row'> => {
    const at = place(instant);
    const outside = at < 0 ? 'before' : at > 1 ? 'after' : null;
    return { kind, at: clamp(at), label, outside, align: clamp(at) > 0.6 ? 'end' : 'start' };
  };
  const lines = [line('today', options.now, 'Today')];
  if (decision !== null && facts.decision.date) {
    const said = facts.decision.kind === 'will-call' ? 'They call' : 'Decision due';
    lines.push(line('decision', decision, `${said} ${day(decision)}`));
  }
  const rounds = facts.events.flatMap((e) => (e.kind === 'another-round' ? [momentMs(e.start)] : []));
  rounds.forEach((at, i) => lines.push(line('round', at, `Round ${i + 2}, ${day(at)}`)));

  const placed = labelRows(lines, width);
  return {
    caption: `From your interview on ${day(start)} to ${day(end)}`,
    lanes: laneList,
    rows: row,
    marks,
    lines: placed,
    lineRows: Math.max(1, ...placed.map((l) => l.row + 1)),
    ticks: axisTicks(start, end, zone, width, day),
  };
}

/** Rows for line labels: a label hangs right of its line (left near the end), and shares a row only with labels clear of it. */
function labelRows(lines: readonly Omit<TimelineLine, 'row'>[], width: number): TimelineLine[] {
  const gap = LINE_LABEL_PX / width;
  const taken: { from: number; to: number }[][] = [];
  return lines.map((l) => {
    const from = l.align === 'start' ? l.at : l.at - gap;
    const to = from + gap;
    let row = taken.findIndex((spans) => spans.every((s) => to <= s.from || from >= s.to));
    if (row === -1) row = taken.push([]) - 1;
    taken[row]?.push({ from, to });
    return { ...l, row };
  });
}

/** Day starts along the track, every 1, 2, 7… days: the smallest spacing whose labels keep `TICK_GAP_PX` apart. */
function axisTicks(
  start: number,
  end: number,
  zone: string,
  width: number,
  day: (i: number) => string,
): TimelineTick[] {
  const span = end - start;
  const every = TICK_STEPS.find((d) => ((d * DAY) / span) * width >= TICK_GAP_PX) ?? 56;
  // The first day start on the track, then every `every` days.
  let local = localFrom(dateOf(localOf(start, zone)));
  if (instantOf(local, zone) < start) local += DAY;
  const ticks: TimelineTick[] = [];
  for (; instantOf(local, zone) <= end; local += every * DAY) {
    const instant = instantOf(local, zone);
    ticks.push({ at: (instant - start) / span, label: day(instant) });
  }
  return ticks;
}
