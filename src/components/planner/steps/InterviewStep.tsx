/** Step 1: when the interview was, with whom (the employer), and how. */
import { For, type JSX } from 'solid-js';
import { FORMATS, STAGES, type FactsInput } from '../../../domain/facts-input.ts';
import { FORMAT_LABELS, STAGE_LABELS, optionsOf } from '../../../domain/ui/labels.ts';
import { timeZoneChoices } from '../../../stores/clock.ts';
import { updateField } from '../../../stores/wizard.ts';
import { ChoiceField, TextField } from '../Field.tsx';

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
      <TextField
        path="interview.timeZone"
        label="Time zone"
        hint="Your own zone: every step is planned in it. Start typing a city, e.g. Europe/London."
        list="planner-time-zones"
        value={iv().timeZone}
        onValue={(v) => updateField('interview', 'timeZone', v)}
      />
      <datalist id="planner-time-zones">
        <For each={timeZoneChoices()}>{(zone) => <option value={zone} />}</For>
      </datalist>
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
    </>
  );
}
