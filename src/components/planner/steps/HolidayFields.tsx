/**
 * Step 1's second half, loaded just after the wizard: the user's time zone and
 * theirs, whose
 * public holidays count (from the time zone, or picked as a country and a
 * subdivision where holidays differ), and the user's days away.
 */
import { createEffect, createSignal, For, Show, type JSX } from 'solid-js';
import type { FactsInput } from '../../../domain/facts-input.ts';
import {
  holidayNeedOf,
  pickerValues,
  regionSummary,
  subdivisionsOf,
  theirZoneHint,
} from '../../../domain/ui/holiday-fields.ts';
import { removedMessage } from '../../../domain/ui/labels.ts';
import { fieldId } from '../../../domain/ui/wizard-steps.ts';
import { $regionTables, $zoneRegions, loadZoneRegions, requestHolidays } from '../../../stores/holidays.ts';
import { $regionIndex, loadRegionIndex } from '../../../stores/region-index.ts';
import { addAway, removeAway, timeZoneChoices, updateAway } from '../../../stores/holiday-fields.ts';
import { updateField } from '../../../stores/wizard.ts';
import { TextField } from '../Field.tsx';
import { useValue } from '../use-value.ts';

/** Country and subdivision selects for the region. */
function RegionPicker(props: { region: string; onDone: () => void }): JSX.Element {
  const index = useValue($regionIndex);
  const ready = () => {
    const value = index();
    return value && typeof value === 'object' ? value : null;
  };
  const values = () => pickerValues(props.region);
  const subdivisions = () => {
    const i = ready();
    return i ? subdivisionsOf(i, values().country) : [];
  };
  const countryName = () => ready()?.countries.find((c) => c.id === values().country)?.name ?? '';
  return (
    <div class="region-picker">
      <Show
        when={ready()}
        fallback={
          <p class="hint" role="status">
            {index() === 'failed' ? 'The list of regions could not be loaded. Are you offline?' : 'Loading regions…'}
          </p>
        }
      >
        {(i) => (
          <div class="field-row">
            <div class="field">
              <label for="f-region-country">Country</label>
              <select
                id="f-region-country"
                ref={(el) => queueMicrotask(() => el.focus())}
                value={values().country}
                onChange={(e) => updateField('interview', 'region', e.currentTarget.value)}
              >
                <option value="">From the time zone</option>
                <For each={i().countries}>{(c) => <option value={c.id}>{c.name}</option>}</For>
              </select>
            </div>
            <Show when={subdivisions().length > 0}>
              <div class="field">
                <label for="f-region-subdivision">Part of {countryName()}</label>
                <select
                  id="f-region-subdivision"
                  value={values().subdivision}
                  onChange={(e) => updateField('interview', 'region', e.currentTarget.value)}
                >
                  <option value={values().country}>All of {countryName()}</option>
                  <For each={subdivisions()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
                </select>
              </div>
            </Show>
          </div>
        )}
      </Show>
      <button type="button" class="button secondary small" onClick={() => props.onDone()}>
        Done
      </button>
    </div>
  );
}

/** Their time zone, the holiday region and days away. */
export default function HolidayFields(props: { input: FactsInput }): JSX.Element {
  // Read whole, never merged: each change is a new value (the zone map alone has about 420 entries,
  // which useStore would copy and reconcile, 50-70 ms at 4x CPU when it arrives).
  const zones = useValue($zoneRegions);
  const tables = useValue($regionTables);
  const [picking, setPicking] = createSignal(false);
  const [status, setStatus] = createSignal('');
  // The zone suggestions (about 420 options) are built when a zone field is first focused: building
  // them with the fields was the longest task after the planner opened (about 100 ms at 4x CPU).
  const [zoneChoices, setZoneChoices] = createSignal<string[]>([]);
  const suggestZones = () => {
    if (zoneChoices().length === 0) setZoneChoices(timeZoneChoices());
  };
  const iv = () => props.input.interview;
  let changeButton: HTMLButtonElement | undefined;
  let addButton: HTMLButtonElement | undefined;

  // Fetch what the summary line needs: the zone map, then the region's table (a few hundred bytes).
  createEffect(() => {
    loadZoneRegions();
    zones();
    const need = holidayNeedOf(props.input);
    if (need) requestHolidays(need);
  });

  const pick = () => {
    loadRegionIndex();
    setPicking(true);
  };
  const done = () => {
    setPicking(false);
    queueMicrotask(() => changeButton?.focus());
  };
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
      <fieldset class="field holidays" id={fieldId('interview.region')} aria-describedby="holidays-hint">
        <legend>Public holidays</legend>
        <p class="hint" id="holidays-hint">
          No step lands on a public holiday there. Dates from the{' '}
          <a href="https://github.com/commenthol/date-holidays">date-holidays</a> project (CC BY-SA 3.0).
        </p>
        <p class="region-now" aria-live="polite">
          {regionSummary(props.input, zones(), tables())}
        </p>
        <Show
          when={picking()}
          fallback={
            <button type="button" class="button secondary small" ref={(el) => (changeButton = el)} onClick={pick}>
              Change region
            </button>
          }
        >
          <RegionPicker region={iv().region} onDone={done} />
        </Show>
      </fieldset>
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
    </>
  );
}
