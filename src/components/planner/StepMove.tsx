/**
 * Moving a step: what a moved step says (moved by you, or moved with another
 * to keep its spacing; the rules its moment breaks), a reset, and the form
 * that picks a new day and time beside the recommended window. Every decision
 * is the engine's; this renders and calls `moveStep`.
 */
import { createSignal, Show, type JSX } from 'solid-js';
import type { Step } from '../../domain/plan/types.ts';
import {
  MOVED_BADGES,
  moveFormFor,
  movedLine,
  readMoveForm,
  recommendedLine,
  warningsLine,
} from '../../domain/ui/step-move.ts';
import type { FieldError } from '../../domain/validate-facts.ts';
import { locale } from '../../stores/clock.ts';
import { moveStep } from '../../stores/plan-view.ts';
import { TextField } from './Field.tsx';

/** A step's move notes, its Reset, and (while it is still to do) its Move form. */
export default function StepMove(props: {
  step: Step;
  planId: string;
  idBase: string;
  settled: boolean;
  onMoved: (focus: string | null) => void;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [form, setForm] = createSignal(moveFormFor(props.step));
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const path = (field: string) => `${props.idBase}.move.${field}`;
  let toggle: HTMLButtonElement | undefined;

  const openForm = () => {
    setForm(moveFormFor(props.step));
    setErrors([]);
    setOpen(true);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const read = readMoveForm(form(), props.step.recommended.zone);
    if (!read.ok) {
      setErrors(Object.entries(read.errors).map(([field, message]) => ({ path: path(field), message })));
      const first = event.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
      queueMicrotask(() => first?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setOpen(false);
    props.onMoved(moveStep(props.planId, props.step.id, read.at)?.focus ?? props.step.id);
  };
  const reset = () => props.onMoved(moveStep(props.planId, props.step.id, null)?.focus ?? props.step.id);

  return (
    <div class="step-move">
      <Show when={!props.settled && movedLine(props.step, locale)}>
        {(line) => (
          <p class="step-moved">
            <span class="badge moved">{MOVED_BADGES[props.step.moved?.by ?? 'you']}</span> {line()}{' '}
            <Show when={props.step.moved?.by === 'you'}>
              <button type="button" class="button secondary small" onClick={reset}>
                Reset<span class="visually-hidden">: {props.step.title}</span>
              </button>
            </Show>
          </p>
        )}
      </Show>
      <Show when={!props.settled && warningsLine(props.step)}>
        {(line) => (
          <p class="step-warning" id={`${props.idBase}-warnings`}>
            <span aria-hidden="true">⚠ </span>
            {line()}
          </p>
        )}
      </Show>
      <Show when={!props.settled}>
        <button
          type="button"
          class="button secondary small"
          ref={(el) => (toggle = el)}
          aria-expanded={open()}
          aria-controls={`${props.idBase}-move`}
          onClick={() => (open() ? setOpen(false) : openForm())}
        >
          {open() ? 'Cancel move' : 'Move'}
          <span class="visually-hidden">: {props.step.title}</span>
        </button>
        <Show when={open()}>
          <form class="move-form" id={`${props.idBase}-move`} novalidate onSubmit={submit}>
            <p class="move-window">{recommendedLine(props.step, locale)}</p>
            <div class="field-row">
              <TextField
                path={path('date')}
                label="New day"
                type="date"
                required
                value={form().date}
                onValue={(date) => setForm({ ...form(), date })}
                errors={errors}
              />
              <TextField
                path={path('time')}
                label="Time"
                type="time"
                required
                value={form().time}
                onValue={(time) => setForm({ ...form(), time })}
                errors={errors}
              />
            </div>
            <div class="step-actions">
              <button type="submit" class="button small">
                Move it<span class="visually-hidden">: {props.step.title}</span>
              </button>
              <button
                type="button"
                class="button secondary small"
                onClick={() => {
                  setOpen(false);
                  toggle?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        </Show>
      </Show>
    </div>
  );
}
