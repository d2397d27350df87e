/**
 * The plan's steps in order: when (date, time, relative), what, for whom, why
 * (with its guide), where sources disagree, optional steps marked; each can be
 * marked done or skipped, and opens its drafts.
 */
import { createSignal, For, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { guideHref } from '../../domain/guides.ts';
import type { Plan, Step } from '../../domain/plan/types.ts';
import { guideName, recipientLine, STATUS_LABELS, stepWhen, TIMING_LABELS } from '../../domain/ui/step-view.ts';
import { $now, locale } from '../../stores/clock.ts';
import { $activePlan } from '../../stores/plans.ts';
import { $nextUp, markStep } from '../../stores/plan-view.ts';
import DraftPanel from './DraftPanel.tsx';

/** A DOM-safe id for a step (step ids contain colons). */
export const stepAnchor = (step: Step): string => `step-${step.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

function StepCard(props: { step: Step; plan: Plan; next: boolean }): JSX.Element {
  const saved = useStore($activePlan);
  const now = useStore($now);
  const [open, setOpen] = createSignal(props.next);
  const when = () => stepWhen(props.step, now(), locale);
  const status = () => saved()?.statuses[props.step.id];
  const anchor = () => stepAnchor(props.step);
  return (
    <li
      class="step"
      id={anchor()}
      tabindex="-1"
      classList={{ done: status() === 'done', skipped: status() === 'skipped', next: props.next }}
    >
      <p class="step-when">
        <time datetime={when().iso}>{when().when}</time>
        <span class="relative">{when().relative}</span>
        <Show when={!status()}>
          <span class={`badge ${when().timing}`}>{TIMING_LABELS[when().timing]}</span>
        </Show>
        <Show when={props.step.optional}>
          <span class="badge optional">Optional</span>
        </Show>
      </p>
      <h3 id={`${anchor()}-title`}>{props.step.title}</h3>
      <p class="step-for">{recipientLine(props.step.recipient)}</p>
      <p class="step-why">
        {props.step.reason} <a href={guideHref(props.step.guide)}>{guideName(props.step.guide)}</a>
      </p>
      <Show when={props.step.disagreement}>
        {(d) => <p class="step-range">Sources disagree on timing: {d().range}.</p>}
      </Show>
      <div class="step-actions">
        <Show
          when={status()}
          fallback={
            <>
              <button type="button" class="button small" onClick={() => markStep(props.step.id, 'done')}>
                Mark done<span class="visually-hidden">: {props.step.title}</span>
              </button>
              <button type="button" class="button secondary small" onClick={() => markStep(props.step.id, 'skipped')}>
                Skip<span class="visually-hidden">: {props.step.title}</span>
              </button>
            </>
          }
        >
          {(s) => (
            <>
              <span class="status-text">{STATUS_LABELS[s()]}</span>
              <button type="button" class="button secondary small" onClick={() => markStep(props.step.id, null)}>
                Undo<span class="visually-hidden">: {props.step.title}</span>
              </button>
            </>
          )}
        </Show>
        <Show when={props.step.channel !== 'none'}>
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
      <Show when={props.step.channel !== 'none'}>
        <div id={`${anchor()}-drafts`} class="drafts" hidden={!open()}>
          <DraftPanel
            step={props.step}
            facts={props.plan.facts}
            tone={saved()?.draftTones[props.step.id] ?? props.plan.facts.notes.tone}
            edits={saved()?.drafts ?? {}}
            idBase={anchor()}
          />
        </div>
      </Show>
    </li>
  );
}

/** The ordered steps. */
export default function Timeline(props: { plan: Plan }): JSX.Element {
  const next = useStore($nextUp);
  return (
    <ol class="timeline" aria-label="Your steps">
      <For each={props.plan.steps}>
        {(step) => <StepCard step={step} plan={props.plan} next={next()?.step.id === step.id} />}
      </For>
    </ol>
  );
}
