/**
 * Labelled form controls with their error wiring: each control's id comes
 * from its form path, and an error from the engine appears under it, linked
 * by aria-describedby and flagged with aria-invalid. Nothing here validates.
 */
import { For, Show, type JSX } from 'solid-js';
import { useValue } from './use-value.ts';
import { errorId, fieldId } from '../../domain/ui/wizard-steps.ts';
import { $stepErrors } from '../../stores/wizard.ts';
import type { FieldError } from '../../domain/validate-facts.ts';

/** The message for one path among the given errors (the wizard's, unless a form passes its own). */
function useError(path: () => string, errors?: () => readonly FieldError[]): () => string | undefined {
  const stepErrors = useValue($stepErrors);
  return () => (errors ? errors() : stepErrors()).find((e) => e.path === path())?.message;
}

const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/** Shared props of every field. */
interface Common {
  /** Form path, e.g. `interviewers.0.email`: gives the id and finds the error. */
  path: string;
  /** Visible label. */
  label: string;
  /** A short help line under the label. */
  hint?: string;
  /** Marks the label "(required)". */
  required?: boolean;
  /** Errors to read instead of the wizard's (for forms outside the wizard). */
  errors?: () => readonly FieldError[];
}

/** The error line under a control. */
export function ErrorText(props: { path: string; message: string | undefined }): JSX.Element {
  return (
    <Show when={props.message}>
      <p class="field-error" id={errorId(props.path)}>
        <span aria-hidden="true">⚠ </span>
        {props.message}
      </p>
    </Show>
  );
}

/** A single-line or multi-line text control. */
export function TextField(
  props: Common & {
    value: string;
    onValue: (value: string) => void;
    type?: 'text' | 'email' | 'date' | 'time';
    multiline?: boolean;
    inputMode?: 'numeric' | 'text' | 'email';
    autocomplete?: string;
    list?: string;
    placeholder?: string;
    /** Called when the control gets focus (e.g. to fill its suggestions only when they can be used). */
    onFocus?: () => void;
  },
): JSX.Element {
  const id = () => fieldId(props.path);
  const error = useError(() => props.path, props.errors);
  const aria = () => ({
    id: id(),
    'aria-invalid': error() ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props.hint && `${id()}-hint`, error() && errorId(props.path)),
    'aria-required': props.required ? ('true' as const) : undefined,
  });
  return (
    <div class="field" classList={{ invalid: !!error() }}>
      <label for={id()}>
        {props.label}
        <Show when={props.required}>
          <span class="req"> (required)</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${id()}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show
        when={props.multiline}
        fallback={
          <input
            {...aria()}
            type={props.type ?? 'text'}
            value={props.value}
            inputmode={props.inputMode}
            autocomplete={props.autocomplete ?? 'off'}
            list={props.list}
            placeholder={props.placeholder}
            dir="auto"
            onFocus={() => props.onFocus?.()}
            onInput={(e) => props.onValue(e.currentTarget.value)}
          />
        }
      >
        <textarea
          {...aria()}
          dir="auto"
          rows={3}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      </Show>
      <ErrorText path={props.path} message={error()} />
    </div>
  );
}

/** A set of radio buttons in a fieldset with a legend. */
export function ChoiceField<T extends string>(
  props: Common & { options: [T, string][]; value: T | ''; onValue: (value: T) => void },
): JSX.Element {
  const id = () => fieldId(props.path);
  const error = useError(() => props.path, props.errors);
  return (
    <fieldset
      class="field choices"
      classList={{ invalid: !!error() }}
      id={id()}
      tabindex="-1"
      aria-invalid={error() ? 'true' : undefined}
      aria-describedby={describedBy(props.hint && `${id()}-hint`, error() && errorId(props.path))}
    >
      <legend>
        {props.label}
        <Show when={props.required}>
          <span class="req"> (required)</span>
        </Show>
      </legend>
      <Show when={props.hint}>
        <p class="hint" id={`${id()}-hint`}>
          {props.hint}
        </p>
      </Show>
      <For each={props.options}>
        {([value, label]) => (
          <label class="choice">
            <input
              type="radio"
              name={id()}
              value={value}
              checked={props.value === value}
              onChange={() => props.onValue(value)}
            />
            <span>{label}</span>
          </label>
        )}
      </For>
      <ErrorText path={props.path} message={error()} />
    </fieldset>
  );
}

/** A single checkbox with its label. */
export function CheckField(props: {
  id: string;
  label: string;
  checked: boolean;
  onValue: (value: boolean) => void;
}): JSX.Element {
  return (
    <div class="field check">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}
