/** Step 1: when the interview was, with whom (the employer), and how. */
import { For, lazy, onMount, Show, Suspense, type JSX } from 'solid-js';
import { FORMATS, STAGES, type FactsInput } from '../../../domain/facts-input.ts';
import { FORMAT_LABELS, STAGE_LABELS, optionsOf } from '../../../domain/ui/labels.ts';
import { updateField } from '../../../stores/wizard.ts';
import { ChoiceField as ChoiceFieldNow, TextField } from '../Field.tsx';
import { inNextTask, later } from '../next-task.ts';

// Time zones, public holidays and days away: this browser's zone, so never in the server's HTML.
// The code loads as soon as the wizard mounts (with their data on demand); the fields render once
// this browser's plan is open (one render, not one for the server's screen and one for the plan),
// each of their three parts in a task of its own after the one that opened it.
const loadHolidayFields = () => import('./HolidayFields.tsx');
const holidayParts = [0, 1, 2].map((part) =>
  lazy(() => loadHolidayFields().then((m) => inNextTask({ default: m.default[part]! }))),
);

// The two sets of choices hydrate after the text fields, each in a task of its own.
const FormatField = later(ChoiceFieldNow) as typeof ChoiceFieldNow;
const StageField = later(ChoiceFieldNow) as typeof ChoiceFieldNow;

/** The interview's fields (`waiting`: the server's first screen, until this browser's plan is open). */
export default function InterviewStep(props: { input: FactsInput; waiting: boolean }): JSX.Element {
  onMount(() => void loadHolidayFields());
  const iv = () => props.input.interview;
  return (
    <>
      <TextField
        path="interview.company"
        label="Company"
        required
        autocomplete="organization"
        value={iv().company}
        onValue={(v) => updateField('interview', 'company', v)}
      />
      <TextField
        path="interview.role"
        label="Job you interviewed for"
        autocomplete="organization-title"
        value={iv().role}
        onValue={(v) => updateField('interview', 'role', v)}
      />
      <div class="field-row">
        <TextField
          path="interview.date"
          label="Date"
          type="date"
          required
          value={iv().date}
          onValue={(v) => updateField('interview', 'date', v)}
        />
        <TextField
          path="interview.time"
          label="Start time"
          type="time"
          required
          value={iv().time}
          onValue={(v) => updateField('interview', 'time', v)}
        />
        <TextField
          path="interview.durationMinutes"
          label="Length in minutes"
          inputMode="numeric"
          value={String(iv().durationMinutes)}
          onValue={(v) => updateField('interview', 'durationMinutes', v)}
        />
      </div>
      <FormatField
        path="interview.format"
        label="How did it take place?"
        options={optionsOf(FORMATS, FORMAT_LABELS)}
        value={iv().format}
        onValue={(v) => updateField('interview', 'format', v)}
      />
      <StageField
        path="interview.stage"
        label="Which round was it?"
        options={optionsOf(STAGES, STAGE_LABELS)}
        value={iv().stage}
        onValue={(v) => updateField('interview', 'stage', v)}
      />
      <Show when={!props.waiting}>
        {/* Its own boundary: while it loads, only its place waits, not the whole planner. */}
        <Suspense>
          <For each={holidayParts}>{(Part) => <Part input={props.input} />}</For>
        </Suspense>
      </Show>
    </>
  );
}
