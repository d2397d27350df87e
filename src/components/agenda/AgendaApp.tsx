/**
 * The agenda island: what is overdue, due today and coming up this week across
 * every saved plan, each step linking straight to its drafts, with Done and
 * Skip (and Undo) right here, and a print button for a one-page copy.
 */
import { For, onMount, Show, type JSX } from 'solid-js';
import { useStore } from '../planner/use-store.ts';
import type { AgendaItem } from '../../domain/agenda/agenda.ts';
import { agendaLine, laterLine, markedLine, todayLine } from '../../domain/agenda/agenda-view.ts';
import { DUE_LABELS, type DueBucket } from '../../domain/agenda/due.ts';
import { planHref, stepHref } from '../../domain/ui/plan-links.ts';
import { $agenda, $agendaSources, $lastMarked, settleFromAgenda, undoLastMarked } from '../../stores/agenda.ts';
import { $now, locale } from '../../stores/clock.ts';
import { $planList, browserTimeZone } from '../../stores/plans.ts';
import './agenda.css';

const GROUPS: readonly Exclude<DueBucket, 'later'>[] = ['overdue', 'today', 'week'];

function Item(props: { item: AgendaItem }): JSX.Element {
  const now = useStore($now);
  const line = () => agendaLine(props.item, now(), locale);
  return (
    <li class="agenda-item" classList={{ overdue: props.item.bucket === 'overdue' }}>
      <p class="agenda-when">
        <time datetime={props.item.recommended.iso}>{line().when}</time>
        <span class="agenda-relative">{line().relative}</span>
        <Show when={props.item.optional}>
          <span class="badge optional">Optional</span>
        </Show>
      </p>
      <h3>
        <a href={stepHref(props.item.planId, props.item.stepId)}>{props.item.title}</a>
      </h3>
      <p class="agenda-meta">{line().meta}</p>
      <div class="agenda-actions" data-print-hide>
        <button
          type="button"
          class="button small"
          onClick={() => settleFromAgenda(props.item.planId, props.item.stepId, props.item.title, 'done')}
        >
          Done<span class="visually-hidden">: {props.item.title}</span>
        </button>
        <button
          type="button"
          class="button secondary small"
          onClick={() => settleFromAgenda(props.item.planId, props.item.stepId, props.item.title, 'skipped')}
        >
          Skip<span class="visually-hidden">: {props.item.title}</span>
        </button>
      </div>
    </li>
  );
}

/** The agenda. */
export default function AgendaApp(): JSX.Element {
  const agenda = useStore($agenda);
  const sources = useStore($agendaSources);
  const plans = useStore($planList);
  const last = useStore($lastMarked);
  const now = useStore($now);
  // What the agenda loads later (prefetched once it is up: see later-parts.ts).
  onMount(() => void import('../later-parts.ts').then((m) => m.addLaterParts()));
  const today = () => todayLine(now(), browserTimeZone(), locale);
  const empty = () => GROUPS.every((group) => agenda()[group].length === 0);

  return (
    <div class="agenda">
      <div class="agenda-bar">
        <p class="agenda-today">
          Today is <strong>{today()}</strong>.
        </p>
        <div class="agenda-tools" data-print-hide>
          <button type="button" class="button secondary small" onClick={() => window.print()}>
            Print this agenda
          </button>
          <a class="button secondary small" href="/plan/">
            Open the planner
          </a>
        </div>
      </div>
      <div class="agenda-status" role="status" data-print-hide>
        <Show when={last()}>
          {(marked) => (
            <p>
              {markedLine(marked().title, marked().status)}{' '}
              <button type="button" class="button secondary small" onClick={undoLastMarked}>
                Undo
              </button>
            </p>
          )}
        </Show>
      </div>
      <Show
        when={plans().length > 0}
        fallback={
          <div class="agenda-empty">
            <p>No saved plans yet. Plan the follow-up for an interview, and its steps will show up here.</p>
            <a class="button" href="/plan/">
              Plan my follow-up
            </a>
          </div>
        }
      >
        <Show when={empty() && sources().sources.length > 0}>
          <p class="agenda-empty">Nothing is due this week.</p>
        </Show>
        <For each={GROUPS}>
          {(group) => (
            <Show when={agenda()[group].length > 0}>
              <section class="agenda-group" classList={{ [group]: true }} aria-labelledby={`agenda-${group}`}>
                <h2 id={`agenda-${group}`}>
                  {DUE_LABELS[group]} <span class="agenda-count">({agenda()[group].length})</span>
                </h2>
                <ul>
                  <For each={agenda()[group]}>{(item) => <Item item={item} />}</For>
                </ul>
              </section>
            </Show>
          )}
        </For>
        <Show when={laterLine(agenda().later)}>{(text) => <p class="agenda-later">{text()}</p>}</Show>
        <Show when={sources().unfinished.length > 0}>
          <section class="agenda-unfinished" aria-labelledby="agenda-unfinished" data-print-hide>
            <h2 id="agenda-unfinished">Plans still being filled in</h2>
            <p>These plans have answers to finish or fix before their steps can be listed:</p>
            <ul>
              <For each={sources().unfinished}>
                {(plan) => (
                  <li>
                    <a href={planHref(plan.id)}>{plan.title}</a>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
      </Show>
    </div>
  );
}
