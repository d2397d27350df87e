/**
 * What a done step records: when, how, the user's note and what came back,
 * with a form to change them, and, when a reply gave a new date, the offer to
 * re-plan from it. Wording and checks are the domain's (step-log.ts).
 */
import { createSignal, For, Show, type JSX } from 'solid-js';
import type { Step } from '../../domain/plan/types.ts';
import type { StepLog as Log } from '../../domain/ui/saved-plans.ts';
import {
  CHANNEL_OPTIONS,
  logFormFor,
  logLines,
  readLogForm,
  REPLY_OPTIONS,
  type LogForm,
} from '../../domain/ui/step-log.ts';
import { formatDay } from '../../domain/time/format.ts';
import type { FieldError } from '../../domain/validate-facts.ts';
import { $now, locale } from '../../stores/clock.ts';
import { replanFrom, saveLog } from '../../stores/plan-view.ts';
import { ChoiceField, TextField } from './Field.tsx';

/** A done step's log, its form, and the re-plan offer. */
export default function StepLog(props: { step: Step; log: Log; zone: string; idBase: string }): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [form, setForm] = createSignal<LogForm>(logFormFor(props.log, props.zone));
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [replan, setReplan] = createSignal('');
  const path = (field: string) => `${props.idBase}.log.${field}`;
  const set = (change: Partial<LogForm>) => setForm({ ...form(), ...change });
  let toggle: HTMLButtonElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const read = readLogForm(form(), props.zone, $now.get());
    if (!read.ok) {
      setErrors(Object.entries(read.errors).map(([field, message]) => ({ path: path(field), message })));
      queueMicrotask(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    saveLog(props.step.id, read.log);
    setOpen(false);
    queueMicrotask(() => toggle?.focus());
  };

  return (
    <div class="step-log">
      <ul class="log-lines">
        <For each={logLines(props.log, props.zone, locale)}>{(line) => <li>{line}</li>}</For>
      </ul>
      <Show when={props.log.reply === 'new-date' && props.log.newDate}>
        {(date) => (
          <p class="replan">
            <button type="button" class="button small" onClick={() => setReplan(replanFrom(props.step.id).message)}>
              Re-plan from {formatDay(date(), locale)}
            </button>{' '}
            <span role="status">{replan()}</span>
          </p>
        )}
      </Show>
      <button
        type="button"
        class="button secondary small"
        ref={(el) => (toggle = el)}
        aria-expanded={open()}
        aria-controls={`${props.idBase}-log`}
        onClick={() => {
          setForm(logFormFor(props.log, props.zone));
          setErrors([]);
          setOpen(!open());
        }}
      >
        {open() ? 'Close' : 'Log details'}
        <span class="visually-hidden">: {props.step.title}</span>
      </button>
      <Show when={open()}>
        <form class="log-form" id={`${props.idBase}-log`} novalidate onSubmit={submit}>
          <div class="field-row">
            <TextField
              path={path('date')}
              label="Day you did it"
              type="date"
              value={form().date}
              onValue={(date) => set({ date })}
              errors={errors}
            />
            <TextField
              path={path('time')}
              label="Time"
              type="time"
              value={form().time}
              onValue={(time) => set({ time })}
              errors={errors}
            />
          </div>
          <ChoiceField
            path={path('channel')}
            label="How"
            options={CHANNEL_OPTIONS}
            value={form().channel}
            onValue={(channel) => set({ channel })}
            errors={errors}
          />
          <TextField
            path={path('note')}
            label="Note (optional)"
            hint="For example: left a voicemail; she replied that they decide next week."
            multiline
            value={form().note}
            onValue={(note) => set({ note })}
            errors={errors}
          />
          <ChoiceField
            path={path('reply')}
            label="What came back?"
            options={REPLY_OPTIONS}
            value={form().reply}
            onValue={(reply) => set({ reply })}
            errors={errors}
          />
          <Show when={form().reply === 'new-date'}>
            <TextField
              path={path('newDate')}
              label="The date they gave"
              type="date"
              required
              value={form().newDate}
              onValue={(newDate) => set({ newDate })}
              errors={errors}
            />
          </Show>
          <div class="step-actions">
            <button type="submit" class="button small">
              Save<span class="visually-hidden">: {props.step.title}</span>
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
