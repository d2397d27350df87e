/**
 * The wizard shell: progress, the current screen, Back/Next, and focus —
 * to the heading when the screen changes, to the first invalid field when
 * Next finds errors. Which screen and which errors is the store's business.
 */
import { createEffect, For, lazy, Match, on, Suspense, Switch, type JSX } from 'solid-js';
import { useValue } from './use-value.ts';
import { PLAN_STEP, stepCounter, WIZARD_STEPS } from '../../domain/ui/wizard-steps.ts';
import type { SavedPlan } from '../../domain/ui/saved-plans.ts';
import { $attention, goToStep, nextStep, previousStep } from '../../stores/wizard.ts';
import FirstStep from './steps/InterviewStep.tsx';
import { later } from './next-task.ts';

// The first screen comes with the page (the server renders it), and its fields hydrate in a task
// after the wizard's own, so neither task blocks for long. The other screens load when first
// shown (the page prefetches them: see PlannerApp).
const InterviewStep = later(FirstStep);
const PeopleStep = lazy(() => import('./steps/PeopleStep.tsx'));
const SaidStep = lazy(() => import('./steps/SaidStep.tsx'));
const NotesStep = lazy(() => import('./steps/NotesStep.tsx'));

// The plan screen carries the planning engine, drafts and checker: it loads when first shown.
const PlanView = lazy(() => import('./PlanView.tsx'));

/** Focuses the first invalid control in `root` (the first radio of an invalid group). */
function focusFirstInvalid(root: HTMLElement | undefined): void {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
  target?.focus();
}

/**
 * The wizard for `plan`: the open plan, or (`waiting`) the new plan's first
 * screen the server rendered, shown until this browser's own plan is open
 * (and for a task after, while the planner settles). A waiting form takes no
 * input: nothing typed into it could be kept.
 */
export default function Wizard(props: { plan: SavedPlan; waiting: boolean }): JSX.Element {
  const step = () => props.plan.step;
  const attention = useValue($attention);
  let heading: HTMLHeadingElement | undefined;
  let form: HTMLFormElement | undefined;
  let wizard: HTMLElement | undefined;

  // Hydration keeps the server's attributes as they are (the server's wizard is always waiting):
  // the form, and the step buttons above it, take input from when this browser's plan is open
  // (a step button pressed before that had no plan to move, and did nothing).
  createEffect(() => wizard && (wizard.inert = props.waiting));

  // A new screen (not the first render, and not this browser's plan taking over from the server's
  // first screen): move focus to its heading, so screen readers start there.
  createEffect(
    on(
      [step, () => props.waiting],
      ([now, waiting], before) => {
        if (!before || waiting || before[1] || now === before[0]) return;
        heading?.focus({ preventScroll: false });
      },
      { defer: true },
    ),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void nextStep().then((moved) => {
      if (!moved) queueMicrotask(() => focusFirstInvalid(form));
    });
  };
  const title = () => WIZARD_STEPS[step()]?.title ?? '';

  return (
    <section
      class="wizard"
      aria-labelledby="wizard-heading"
      ref={(el) => (wizard = el)}
      inert={props.waiting || undefined}
    >
      <nav class="progress" aria-label="Planner steps">
        <ol>
          <For each={WIZARD_STEPS}>
            {(item, index) => (
              <li classList={{ current: index() === step(), past: index() < step() }}>
                <button
                  type="button"
                  aria-current={index() === step() ? 'step' : undefined}
                  onClick={() => goToStep(index())}
                >
                  <span class="num" aria-hidden="true">
                    {index() + 1}
                  </span>
                  <span class="label">{item.title}</span>
                </button>
              </li>
            )}
          </For>
        </ol>
      </nav>
      <p class="counter">{stepCounter(step())}</p>
      <h2 id="wizard-heading" tabindex="-1" ref={(el) => (heading = el)}>
        {title()}
      </h2>
      <div class="attention" role="status" aria-live="polite" classList={{ shown: attention() !== '' }}>
        {attention()}
      </div>
      <Switch>
        <Match when={step() === PLAN_STEP}>
          <Suspense fallback={<p class="loading-plan">Building your plan…</p>}>
            <PlanView />
          </Suspense>
        </Match>
        <Match when={step() < PLAN_STEP}>
          <form ref={(el) => (form = el)} novalidate onSubmit={submit} class="step-form">
            <Suspense>
              <Switch>
                <Match when={step() === 0}>
                  <InterviewStep input={props.plan.input} waiting={props.waiting} />
                </Match>
                <Match when={step() === 1}>
                  <PeopleStep input={props.plan.input} />
                </Match>
                <Match when={step() === 2}>
                  <SaidStep input={props.plan.input} />
                </Match>
                <Match when={step() === 3}>
                  <NotesStep input={props.plan.input} />
                </Match>
              </Switch>
            </Suspense>
            <div class="step-nav">
              <button type="button" class="button secondary" disabled={step() === 0} onClick={previousStep}>
                Back
              </button>
              <button type="submit" class="button">
                {step() === PLAN_STEP - 1 ? 'See my plan' : 'Next'}
              </button>
            </div>
          </form>
        </Match>
      </Switch>
    </section>
  );
}
