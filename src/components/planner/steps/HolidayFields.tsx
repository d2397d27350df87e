/**
 * Step 1's second half, rendered once this browser's plan is open, in three
 * parts (InterviewStep renders each in a task of its own, so none blocks a
 * phone for long): the user's time zone and theirs, whose public holidays
 * count (HolidayRegion.tsx), and the user's days away.
 */
import { createEffect, createSignal, For, Show, type JSX } from 'solid-js';
import type { FactsInput } from '../../../domain/facts-input.ts';
import { holidayNeedOf, theirZoneHint } from '../../../domain/ui/holiday-fields.ts';
import { removedMessage } from '../../../domain/ui/labels.ts';
import { fieldId } from '../../../domain/ui/wizard-steps.ts';
import { $zoneRegions, loadZoneRegions, requestHolidays } from '../../../stores/holidays.ts';
import { addAway, removeAway, timeZoneChoices, updateAway } from '../../../stores/holiday-fields.ts';
import { updateField } from '../../../stores/wizard.ts';
import { TextField } from '../Field.tsx';
import { useValue } from '../use-value.ts';
import HolidayRegion from './HolidayRegion.tsx';

/**
 * The user's time zone and theirs, with a hint when theirs has holidays of
 * its own. It also fetches what the region line needs: the zone map, then the
 * region's table (a few hundred bytes).
 */
function ZoneFields(props: { input: FactsInput }): JSX.Element {
  // Read whole, never merged: each change is a new value (the zone map alone has about 420 entries,
  // which useStore would copy and reconcile, 50-70 ms at 4x CPU when it arrives).
  const zones = useValue($zoneRegions);
  createEffect(() => {
    loadZoneRegions();
    zones();
    const need = holidayNeedOf(props.input);
    if (need) requestHolidays(need);
  });
  // The zone suggestions (about 420 options) are built when a zone field is first focused: building
  // them with the fields was the longest task after the planner opened (about 100 ms at 4x CPU).
  const [zoneChoices, setZoneChoices] = createSignal<string[]>([]);
  const suggestZones = () => {
    if (zoneChoices().length === 0) setZoneChoices(timeZoneChoices());
  };
  const iv = () => props.input.interview;
  return (
    <>
      <TextField
        path="interview.timeZone"
        label="Time zone"
        hint="Your own zone: every step is planned in it. Start typing a city, e.g. Europe/London."
        list="planner-time-zones"
        onFocus={suggestZones}
        value={iv().timeZone}
        onValue={(v) => updateField('interview', 'timeZone', v)}
      />
      <datalist id="planner-time-zones">
        <For each={zoneChoices()}>{(zone) => <option value={zone} />}</For>
      </datalist>
      <TextField
        path="interview.theirTimeZone"
        label="Their time zone"
        hint="The company's, if it isn't yours: messages are timed for their working day. Leave empty if it's the same."
        list="planner-time-zones"
        onFocus={suggestZones}
        value={iv().theirTimeZone}
        onValue={(v) => updateField('interview', 'theirTimeZone', v)}
      />
      <Show when={theirZoneHint(props.input, zones())}>
        {(hint) => (
          <p class="field-note" role="status">
            {hint()}
          </p>
        )}
      </Show>
    </>
  );
}

/** The user's own days off, as runs of days. */
function AwayFields(props: { input: FactsInput }): JSX.Element {
  const [status, setStatus] = createSignal('');
  let addButton: HTMLButtonElement | undefined;
  const removeRow = (id: string) => {
    removeAway(id);
    setStatus(removedMessage('Days away'));
    addButton?.focus();
  };
  const addRow = () => {
    setStatus('');
    const id = addAway();
    queueMicrotask(() =>
      document.getElementById(fieldId(`away.${props.input.away.findIndex((a) => a.id === id)}.from`))?.focus(),
    );
  };
  return (
    <fieldset class="field away">
      <legend>Days you're away</legend>
      <p class="hint">Time off of your own: no step is planned on these days.</p>
      {/* Keyed by id (a string), so a row keeps its inputs, and their focus, while its dates change. */}
      <For each={props.input.away.map((run) => run.id)}>
        {(id, index) => {
          const run = () => props.input.away.find((r) => r.id === id) ?? { id, from: '', to: '' };
          return (
            <div class="field-row away-row">
              <TextField
                path={`away.${index()}.from`}
                label="First day"
                type="date"
                value={run().from}
                onValue={(v) => updateAway(id, 'from', v)}
              />
              <TextField
                path={`away.${index()}.to`}
                label="Last day"
                type="date"
                value={run().to}
                onValue={(v) => updateAway(id, 'to', v)}
              />
              <button type="button" class="button secondary small" onClick={() => removeRow(id)}>
                Remove<span class="visually-hidden"> days away {index() + 1}</span>
              </button>
            </div>
          );
        }}
      </For>
      <button type="button" class="button secondary small" ref={(el) => (addButton = el)} onClick={addRow}>
        Add days away
      </button>
      <p class="visually-hidden" role="status">
        {status()}
      </p>
    </fieldset>
  );
}

/** The three parts, in the order they show. */
export default [ZoneFields, HolidayRegion, AwayFields];
