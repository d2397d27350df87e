/**
 * The plan's steps in order: when (date, time, relative), what, for whom, why
 * (with its guide), where sources disagree, optional steps marked; each can be
 * marked done or skipped, and opens its drafts once its interview has ended.
 * After an action, focus moves to a sensible heading and the change is said.
 */
import { createMemo, createSignal, For, onMount, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { guideHref } from '../../domain/guides.ts';
import type { Plan, Step } from '../../domain/plan/types.ts';
import { draftsLaterSentence, draftsOpen, roundTimes } from '../../domain/ui/interview-ahead.ts';
import { guideName, recipientLine, STATUS_LABELS, stepWhen, TIMING_LABELS } from '../../domain/ui/step-view.ts';
import { $now, locale } from '../../stores/clock.ts';
import { $activePlan } from '../../stores/plans.ts';
import { $nextUp, actOnStep } from '../../stores/plan-view.ts';
import { stepCalendarFile, stepCalendarLinks } from '../../stores/step-calendar.ts';
import { $stepFocus, stepShown } from '../../stores/wizard.ts';
import { downloadText } from './browser.ts';
import DraftPanel from './DraftPanel.tsx';
import StepLog from './StepLog.tsx';
import StepMove from './StepMove.tsx';

/** A DOM-safe id for a step id (step ids contain colons). */
export const anchorOf = (stepId: string): string => `step-${stepId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** A DOM-safe id for a step. */
export const stepAnchor = (step: Step): string => anchorOf(step.id);

/** Id of the element that takes focus when nothing is left to do. */
export const ALL_DONE_ID = 'plan-all-done';

/** Moves focus to a step's heading (or, with null, to the "all done" line) once the plan has re-rendered. */
export function focusStep(stepId: string | null): void {
  queueMicrotask(() => document.getElementById(stepId ? `${anchorOf(stepId)}-title` : ALL_DONE_ID)?.focus());
}

/** "Add to calendar": Google Calendar and Outlook (personal and work) links and a one-step .ics, built when opened. */
function StepCalendar(props: { step: Step }): JSX.Element {
  const saved = useStore($activePlan);
  const [open, setOpen] = createSignal(false);
  const links = createMemo(() => {
    if (!open()) return null;
    saved(); // rebuild when a draft or the plan changes
    return stepCalendarLinks(props.step);
  });
  const download = async () => {
    const text = await stepCalendarFile(props.step.id);
    if (text) downloadText(`${stepAnchor(props.step)}.ics`, text, 'text/calendar');
  };
  return (
    <details class="step-calendar" data-print-hide onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Add to calendar<span class="visually-hidden">: {props.step.title}</span>
      </summary>
      <Show when={links()}>
        {(l) => (
          <ul class="calendar-links">
            <li>
              <a href={l().google} target="_blank" rel="noopener noreferrer">
                Google Calendar<span class="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
            <li>
              <a href={l().outlook} target="_blank" rel="noopener noreferrer">
                Outlook.com<span class="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
            <li>
              <a href={l().outlookWork} target="_blank" rel="noopener noreferrer">
                Outlook for work or school<span class="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
            <li>
              <button type="button" class="link" onClick={() => void download()}>
                Other calendars (.ics file)
              </button>
            </li>
          </ul>
        )}
      </Show>
    </details>
  );
}

function StepCard(props: { step: Step; plan: Plan; next: boolean }): JSX.Element {
  const saved = useStore($activePlan);
  const now = useStore($now);
  // A link from the agenda or a calendar event asked for this step: open its drafts and bring it into view.
  const asked = $stepFocus.get() === props.step.id;
  const [open, setOpen] = createSignal(props.next || asked);
  let card: HTMLLIElement | undefined;
  onMount(() => {
    if (!asked || !card) return;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
    stepShown();
  });
  const when = () => stepWhen(props.step, now(), locale, props.plan.theirZone);
  const status = () => saved()?.statuses[props.step.id];
  const anchor = () => stepAnchor(props.step);
  const ready = () => draftsOpen(props.step, props.plan.facts, now());
  const round = () => roundTimes(props.plan.facts)[props.step.round - 1];
  const act = (action: 'done' | 'skipped' | 'undo') => {
    const outcome = actOnStep(props.step.id, action);
    if (outcome) focusStep(outcome.focus);
  };
  return (
    <li
      ref={(el) => (card = el)}
      class="step"
      id={anchor()}
      tabindex="-1"
      classList={{ done: status() === 'done', skipped: status() === 'skipped', next: props.next }}
    >
      <p class="step-when">
        <time datetime={when().iso}>{when().when}</time>
        <Show when={when().theirs}>{(theirs) => <span class="theirs">for you ({theirs()})</span>}</Show>
        <span class="relative">{when().relative}</span>
        <Show when={!status()}>
          <span class={`badge ${when().timing}`}>{TIMING_LABELS[when().timing]}</span>
        </Show>
        <Show when={props.step.optional}>
          <span class="badge optional">Optional</span>
        </Show>
      </p>
      <h3 id={`${anchor()}-title`} tabindex="-1">
        {props.step.title}
      </h3>
      <p class="step-for">{recipientLine(props.step.recipient)}</p>
      <Show when={!status() && when().onTime}>{(line) => <p class="step-on-time">{line()}</p>}</Show>
      <p class="step-why">
        {props.step.reason} <a href={guideHref(props.step.guide)}>{guideName(props.step.guide)}</a>
      </p>
      <Show when={props.step.timingNotes.length > 0}>
        <ul class="step-moves">
          <For each={props.step.timingNotes}>{(note) => <li>{note}</li>}</For>
        </ul>
      </Show>
      <Show when={props.step.disagreement}>
        {(d) => <p class="step-range">Sources disagree on timing: {d().range}.</p>}
      </Show>
      <Show when={saved()}>
        {(p) => (
          <StepMove step={props.step} planId={p().id} idBase={anchor()} settled={!!status()} onMoved={focusStep} />
        )}
      </Show>
      <div class="step-actions">
        <Show
          when={status()}
          fallback={
            <>
              <Show when={ready()}>
                <button type="button" class="button small" onClick={() => act('done')}>
                  Mark done<span class="visually-hidden">: {props.step.title}</span>
                </button>
              </Show>
              <button type="button" class="button secondary small" onClick={() => act('skipped')}>
                Skip<span class="visually-hidden">: {props.step.title}</span>
              </button>
            </>
          }
        >
          {(s) => (
            <>
              <span class="status-text">{STATUS_LABELS[s()]}</span>
              <button type="button" class="button secondary small" onClick={() => act('undo')}>
                Undo<span class="visually-hidden">: {props.step.title}</span>
              </button>
            </>
          )}
        </Show>
        <Show when={props.step.channel !== 'none' && ready()}>
          <button
            type="button"
            class="button secondary small"
            aria-expanded={open()}
            aria-controls={`${anchor()}-drafts`}
            onClick={() => setOpen(!open())}
          >
            {open() ? 'Hide drafts' : 'Show drafts'}
            <span class="visually-hidden">: {props.step.title}</span>
          </button>
        </Show>
      </div>
      <Show when={status() === 'done' && saved()?.log?.[props.step.id]}>
        {(log) => <StepLog step={props.step} log={log()} zone={props.plan.zone} idBase={anchor()} />}
      </Show>
      <StepCalendar step={props.step} />
      <Show when={props.step.channel !== 'none'}>
        <Show
          when={ready()}
          fallback={<Show when={round()}>{(r) => <p class="step-later">{draftsLaterSentence(r(), locale)}</p>}</Show>}
        >
          <div id={`${anchor()}-drafts`} class="drafts" hidden={!open()}>
            <DraftPanel
              step={props.step}
              facts={props.plan.facts}
              tone={saved()?.draftTones[props.step.id] ?? props.plan.facts.notes.tone}
              wording={saved()?.draftWordings?.[props.step.id] ?? 0}
              edits={saved()?.drafts ?? {}}
              idBase={anchor()}
            />
          </div>
        </Show>
      </Show>
    </li>
  );
}

/**
 * The ordered steps. Cards are keyed by step id, so a rebuilt plan (every
 * minute, or after an edit) updates each card in place and a form being
 * filled in on it stays open.
 */
export default function Timeline(props: { plan: Plan }): JSX.Element {
  const next = useStore($nextUp);
  const ids = createMemo(() => props.plan.steps.map((s) => s.id), undefined, {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  const byId = createMemo(() => new Map(props.plan.steps.map((s) => [s.id, s])));
  return (
    <ol class="timeline" aria-label="Your steps">
      <For each={ids()}>
        {(id) => (
          <Show when={byId().get(id)}>
            {(step) => <StepCard step={step()} plan={props.plan} next={next()?.step.id === id} />}
          </Show>
        )}
      </For>
    </ol>
  );
}
