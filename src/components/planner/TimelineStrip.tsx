/**
 * The plan at a glance, above the step list: a track from the interview to the
 * move-on date, a lane per person, a mark per step (icon = channel, shape and
 * words = state), and lines for today, the decision date and later rounds. It
 * is a labelled navigation: each mark is a link that brings its step into view
 * and focuses its heading. Positions come from timeline-layout.ts.
 */
import { createMemo, createSignal, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { Plan, StepChannel } from '../../domain/plan/types.ts';
import { layoutTimeline, MARK_STATE_LABELS, type MarkState } from '../../domain/ui/timeline-layout.ts';
import { $now, locale } from '../../stores/clock.ts';
import { $nextUp, $statuses } from '../../stores/plan-view.ts';
import { anchorOf, focusStep } from './Timeline.tsx';
import { useStore } from './use-store.ts';
import './timeline-strip.css';

/** Height of one row of marks and of a lane's name line, in pixels (kept in step with the CSS). */
const ROW = 36;
const NAME = 20;
/** Space left and right of the track so marks at either end are whole. */
const PAD = 24;

/** Each channel's 16-unit line icon (a path, drawn anew for each mark). */
const ICONS: Record<StepChannel, string> = {
  email: 'M2.5 4.5h11v7h-11zM2.5 4.5 8 9l5.5-4.5',
  phone:
    'M4 2.5h2.5l1 3-1.5 1a7 7 0 0 0 3.5 3.5l1-1.5 3 1V12A1.5 1.5 0 0 1 12 13.5 9.5 9.5 0 0 1 2.5 4 1.5 1.5 0 0 1 4 2.5z',
  card: 'M2.5 3.5h11v9h-11zM5 6.5h6M5 9h4',
  linkedin: 'M4 7v5M4 4.2v.1M7 12V7m0 2.5A2.5 2.5 0 0 1 12 9.5V12',
  none: 'M4 14V2.5m0 0h8l-2 3 2 3H4',
};

/** Each state's class, written out whole so the build's CSS pruning sees it. */
const STATE_CLASSES: Record<MarkState, string> = {
  done: 'tl-done',
  skipped: 'tl-skipped',
  moved: 'tl-moved',
  past: 'tl-past',
  ahead: 'tl-ahead',
};

/** The legend's order. */
const LEGEND: readonly MarkState[] = ['ahead', 'past', 'done', 'skipped', 'moved'];

function Icon(props: { channel: StepChannel }): JSX.Element {
  return (
    <svg class="tl-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d={ICONS[props.channel]} />
    </svg>
  );
}

/** The timeline of one plan. */
export default function TimelineStrip(props: { plan: Plan }): JSX.Element {
  const statuses = useStore($statuses);
  const next = useStore($nextUp);
  const now = useStore($now);
  const [width, setWidth] = createSignal(320);
  const [shown, setShown] = createSignal<string | null>(null);
  let chart: HTMLDivElement | undefined;

  onMount(() => {
    if (!chart) return;
    const measure = () => setWidth(Math.max(160, (chart?.clientWidth ?? 320) - 2 * PAD));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(chart);
    onCleanup(() => observer.disconnect());
  });

  const layout = createMemo(() =>
    layoutTimeline(props.plan, {
      statuses: statuses(),
      nextId: next()?.step.id ?? null,
      now: now(),
      locale,
      width: width(),
    }),
  );
  const top = (row: number, lane: number) => layout().lineRows * NAME + row * ROW + (lane + 1) * NAME;
  const x = (at: number) => `calc(${PAD}px + ${at} * (100% - ${2 * PAD}px))`;
  const height = () => top(layout().rows, layout().lanes.length - 1) + 4;
  const caption = () => {
    const id = shown();
    const marks = layout().marks;
    return (marks.find((m) => m.stepId === id) ?? marks.find((m) => m.next))?.label ?? '';
  };
  const reach = (event: MouseEvent, stepId: string) => {
    event.preventDefault();
    focusStep(stepId);
  };

  return (
    <nav class="tl" aria-labelledby="tl-heading">
      <h3 id="tl-heading">At a glance</h3>
      <p class="tl-caption">{layout().caption}. Pick a mark to go to its step.</p>
      <div class="tl-chart" ref={(el) => (chart = el)} style={{ height: `${height()}px` }}>
        <div aria-hidden="true">
          <For each={layout().lanes}>
            {(lane, i) => (
              <>
                <span class="tl-lane-name" style={{ top: `${top(lane.row, i()) - NAME}px` }}>
                  {lane.name}
                </span>
                <span class="tl-lane" style={{ top: `${top(lane.row, i())}px`, height: `${lane.rows * ROW}px` }} />
              </>
            )}
          </For>
          <For each={layout().lines}>
            {(line) => (
              <>
                <span class={`tl-line ${line.kind}`} style={{ left: x(line.at), top: `${line.row * NAME}px` }} />
                <span
                  class={`tl-line-label ${line.kind} ${line.align}`}
                  style={{ left: x(line.at), top: `${line.row * NAME}px` }}
                >
                  {line.outside === 'before' ? '◂ ' : ''}
                  {line.label}
                  {line.outside === 'after' ? ' ▸' : ''}
                </span>
              </>
            )}
          </For>
        </div>
        <ol class="tl-marks">
          <For each={layout().marks}>
            {(mark) => (
              <li style={{ left: x(mark.at), top: `${top(mark.row, mark.lane)}px` }}>
                <a
                  href={`#${anchorOf(mark.stepId)}`}
                  class={`tl-mark ${STATE_CLASSES[mark.state]}`}
                  classList={{ 'tl-next': mark.next }}
                  aria-label={mark.label}
                  onClick={(e) => reach(e, mark.stepId)}
                  onFocus={() => setShown(mark.stepId)}
                  onMouseEnter={() => setShown(mark.stepId)}
                >
                  <Icon channel={mark.channel} />
                </a>
              </li>
            )}
          </For>
        </ol>
      </div>
      <div class="tl-axis" aria-hidden="true">
        <For each={layout().ticks}>
          {(tick) => (
            <span class="tl-tick" style={{ left: x(tick.at) }}>
              {tick.label}
            </span>
          )}
        </For>
      </div>
      <Show when={caption()}>
        <p class="tl-shown" aria-hidden="true">
          {caption()}
        </p>
      </Show>
      <ul class="tl-legend" aria-hidden="true">
        <For each={LEGEND}>
          {(state) => (
            <li>
              <span class={`tl-mark tl-key ${STATE_CLASSES[state]}`} />
              {MARK_STATE_LABELS[state]}
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
