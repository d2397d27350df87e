/** Step 1: when the interview was, with whom (the employer), and how. */
import { lazy, Show, Suspense, type JSX } from 'solid-js';
import { FORMATS, STAGES, type FactsInput } from '../../../domain/facts-input.ts';
import { FORMAT_LABELS, STAGE_LABELS, optionsOf } from '../../../domain/ui/labels.ts';
import { updateField } from '../../../stores/wizard.ts';
import { ChoiceField as ChoiceFieldNow, TextField } from '../Field.tsx';
import { mounted } from '../mounted.ts';
import { inNextTask, later } from '../next-task.ts';

// Time zones, public holidays and days away: this browser's zone, so never in the server's HTML;
// loaded just after the wizard mounts, with their data on demand.
// Rendered in a task after the one that evaluates its code.
const HolidayFields = lazy(() => import('./HolidayFields.tsx').then(inNextTask));

// The two sets of choices hydrate in a task after the text fields'.
const ChoiceField = later(ChoiceFieldNow) as typeof ChoiceFieldNow;

/** The interview's fields. */
export default function InterviewStep(props: { input: FactsInput }): JSX.Element {
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
      <ChoiceField
        path="interview.format"
        label="How did it take place?"
        options={optionsOf(FORMATS, FORMAT_LABELS)}
        value={iv().format}
        onValue={(v) => updateField('interview', 'format', v)}
      />
      <ChoiceField
        path="interview.stage"
        label="Which round was it?"
        options={optionsOf(STAGES, STAGE_LABELS)}
        value={iv().stage}
        onValue={(v) => updateField('interview', 'stage', v)}
      />
      <Show when={mounted()}>
        {/* Its own boundary: while it loads, only its place waits, not the whole planner. */}
        <Suspense>
          <HolidayFields input={props.input} />
        </Suspense>
      </Show>
    </>
  );
}
