/**
 * The last screen: the next thing due, the tools for the whole plan (calendar,
 * print), the timeline with drafts, what changed, and "heard back?". When the
 * answers still have errors, it says where to fix them instead.
 */
import { createSignal, For, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { TIMING_LABELS, stepWhen } from '../../domain/ui/step-view.ts';
import { stepOfPath, WIZARD_STEPS } from '../../domain/ui/wizard-steps.ts';
import { $now, locale } from '../../stores/clock.ts';
import { $activePlan } from '../../stores/plans.ts';
import { $nextUp, $plan, $validation, calendarFile } from '../../stores/plan-view.ts';
import { goToStep } from '../../stores/wizard.ts';
import { downloadText } from './browser.ts';
import RecordEvent from './RecordEvent.tsx';
import Timeline, { stepAnchor } from './Timeline.tsx';

/** Shown instead of the plan while some answers have errors. */
function NeedsAttention(): JSX.Element {
  const validation = useStore($validation);
  const errors = () => {
    const v = validation();
    return v && !v.ok ? v.errors : [];
  };
  return (
    <div class="needs-attention">
      <p>A few answers need fixing before your plan can be made:</p>
      <ul>
        <For each={errors()}>
          {(error) => {
            const step = stepOfPath(error.path) ?? 0;
            return (
              <li>
                {error.message}{' '}
                <button type="button" class="button secondary small" onClick={() => goToStep(step)}>
                  Go to “{WIZARD_STEPS[step]?.title}”
                </button>
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}

/** The plan screen. */
export default function PlanView(): JSX.Element {
  const plan = useStore($plan);
  const saved = useStore($activePlan);
  const next = useStore($nextUp);
  const now = useStore($now);
  const [calendarStatus, setCalendarStatus] = createSignal('');

  const downloadCalendar = async () => {
    const text = await calendarFile();
    if (!text) return;
    downloadText('follow-up-plan.ics', text, 'text/calendar');
    setCalendarStatus('Calendar file downloaded: open it to add the steps to your calendar.');
  };

  return (
    <Show when={plan()} fallback={<NeedsAttention />}>
      {(current) => (
        <div class="plan-view">
          <Show
            when={next()}
            fallback={<p class="next-up all-done">Every step is done or skipped. Well followed through!</p>}
          >
            {(due) => {
              const when = () => stepWhen(due().step, now(), locale);
              return (
                <section class="next-up" aria-labelledby="next-up-heading">
                  <h3 id="next-up-heading">Next up</h3>
                  <p class="next-title">
                    <a href={`#${stepAnchor(due().step)}`}>{due().step.title}</a>
                  </p>
                  <p>
                    <time datetime={when().iso}>{when().when}</time> · {when().relative} ·{' '}
                    <span class={`badge ${when().timing}`}>{TIMING_LABELS[when().timing]}</span>
                  </p>
                </section>
              );
            }}
          </Show>
          <div class="plan-tools" data-print-hide>
            <button type="button" class="button secondary" onClick={() => void downloadCalendar()}>
              Download calendar (.ics)
            </button>
            <button type="button" class="button secondary" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" class="button secondary" onClick={() => goToStep(0)}>
              Edit answers
            </button>
            <p class="tool-status" role="status">
              {calendarStatus()}
            </p>
          </div>
          <Show when={current().notes.length > 0}>
            <ul class="plan-notes">
              <For each={current().notes}>{(note) => <li>{note}</li>}</For>
            </ul>
          </Show>
          <Timeline plan={current()} />
          <Show when={current().cancelled.length > 0}>
            <section class="cancelled" aria-labelledby="cancelled-heading">
              <h3 id="cancelled-heading">No longer needed</h3>
              <ul>
                <For each={current().cancelled}>
                  {(step) => (
                    <li>
                      <s>{step.title}</s> {step.because}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </Show>
          <Show when={saved()}>{(p) => <RecordEvent input={p().input} />}</Show>
        </div>
      )}
    </Show>
  );
}
