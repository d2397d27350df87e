/**
 * The last screen: the next thing due, the tools for the whole plan (calendar,
 * print), the timeline with drafts, what changed, and "heard back?". When the
 * answers still have errors, it says where to fix them instead.
 */
import { createSignal, For, lazy, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import type { Facts } from '../../domain/facts.ts';
import { roundAhead } from '../../domain/ui/interview-ahead.ts';
import { planSummary } from '../../domain/ui/plan-summary.ts';
import { scheduleLine, TIMING_LABELS, stepWhen } from '../../domain/ui/step-view.ts';
import { stepOfPath, WIZARD_STEPS } from '../../domain/ui/wizard-steps.ts';
import { $now, locale } from '../../stores/clock.ts';
import { $activePlan } from '../../stores/plans.ts';
import { $announcement, $nextUp, $plan, $planLoading, $validation, calendarFile } from '../../stores/plan-view.ts';
import { goToStep } from '../../stores/wizard.ts';
import { downloadText } from './browser.ts';
import RecordEvent from './RecordEvent.tsx';
import Timeline, { ALL_DONE_ID, stepAnchor } from './Timeline.tsx';
import TimelineStrip from './TimelineStrip.tsx';
import './plan-view.css';

// Only while an interview is still ahead: its checklist loads when there is one.
const InterviewAhead = lazy(() => import('./InterviewAhead.tsx'));

// The link, its compression and the QR code load only when the user asks to share.
const ShareDialog = lazy(() => import('./ShareDialog.tsx').then((m) => m.stylesReady.then(() => m)));

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

/** Company, role, when and who: the first lines on screen and on paper. */
function PlanHeader(props: { facts: Facts }): JSX.Element {
  const summary = () => planSummary(props.facts, locale);
  return (
    <div class="plan-summary">
      <p class="plan-company">
        {summary().company}
        <Show when={summary().role}>{(role) => <span class="plan-role"> · {role()}</span>}</Show>
      </p>
      <p>
        Interview: {summary().when}, {summary().format}
      </p>
      <For each={summary().rounds}>{(round) => <p>{round}</p>}</For>
      <p>
        With {summary().people.join('; ')}
        <Show when={summary().contact}>{(contact) => <>. Contact: {contact()}</>}</Show>
      </p>
    </div>
  );
}

/** The plan screen. */
export default function PlanView(): JSX.Element {
  const plan = useStore($plan);
  const loading = useStore($planLoading);
  const saved = useStore($activePlan);
  const next = useStore($nextUp);
  const now = useStore($now);
  const announcement = useStore($announcement);
  const [calendarStatus, setCalendarStatus] = createSignal('');
  const [sharing, setSharing] = createSignal(false);
  let shareButton: HTMLButtonElement | undefined;

  const downloadCalendar = async () => {
    const text = await calendarFile();
    if (!text) return;
    downloadText('follow-up-plan.ics', text, 'text/calendar');
    setCalendarStatus('Calendar file downloaded: open it to add the steps to your calendar.');
  };

  return (
    <Show
      when={plan()}
      fallback={
        <Show when={loading()} fallback={<NeedsAttention />}>
          <p class="loading-plan">Checking public holidays…</p>
        </Show>
      }
    >
      {(current) => (
        <div class="plan-view">
          <PlanHeader facts={current().facts} />
          <p class="visually-hidden" role="status">
            {announcement().text}
          </p>
          <Show when={roundAhead(current().facts, now())}>
            {(round) => <InterviewAhead round={round()} format={current().facts.interview.format} locale={locale} />}
          </Show>
          <Show
            when={next()}
            fallback={
              <p class="next-up all-done" id={ALL_DONE_ID} tabindex="-1">
                Every step is done or skipped. Well followed through!
              </p>
            }
          >
            {(due) => {
              const when = () => stepWhen(due().step, now(), locale, current().theirZone);
              return (
                <section class="next-up" aria-labelledby="next-up-heading">
                  <h3 id="next-up-heading">Next up</h3>
                  <p class="next-title">
                    <a href={`#${stepAnchor(due().step)}`}>{due().step.title}</a>
                  </p>
                  <p>
                    <time datetime={when().iso}>{when().when}</time>
                    <Show when={when().theirs}>{(theirs) => <> for you ({theirs()})</>}</Show> · {when().relative} ·{' '}
                    <span class={`badge ${when().timing}`}>{TIMING_LABELS[when().timing]}</span>
                  </p>
                  <Show when={when().onTime}>{(line) => <p>{line()}</p>}</Show>
                </section>
              );
            }}
          </Show>
          <div class="plan-tools" data-print-hide>
            <button type="button" class="button secondary" onClick={() => void downloadCalendar()}>
              Download calendar (.ics)
            </button>
            <button
              type="button"
              class="button secondary"
              ref={(el) => (shareButton = el)}
              aria-haspopup="dialog"
              onClick={() => setSharing(true)}
            >
              Open on another device
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
          <Show when={sharing()}>
            <ShareDialog
              onClose={() => {
                setSharing(false);
                shareButton?.focus();
              }}
            />
          </Show>
          <p class="plan-schedule">{scheduleLine(current())}</p>
          <Show when={current().notes.length > 0}>
            <ul class="plan-notes">
              <For each={current().notes}>{(note) => <li>{note}</li>}</For>
            </ul>
          </Show>
          <TimelineStrip plan={current()} />
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
