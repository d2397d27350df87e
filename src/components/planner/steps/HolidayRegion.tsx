/**
 * Step 1's public-holidays fieldset: which region's holidays count (from the
 * time zone, or picked as a country and a subdivision where holidays differ),
 * with a picker whose list loads the first time it opens.
 */
import { createSignal, For, Show, type JSX } from 'solid-js';
import type { FactsInput } from '../../../domain/facts-input.ts';
import { pickerValues, regionSummary, subdivisionsOf } from '../../../domain/ui/holiday-fields.ts';
import { fieldId } from '../../../domain/ui/wizard-steps.ts';
import { $regionTables, $zoneRegions } from '../../../stores/holidays.ts';
import { $regionIndex, loadRegionIndex } from '../../../stores/region-index.ts';
import { updateField } from '../../../stores/wizard.ts';
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

/** The holidays fieldset: whose holidays count, and a way to change it. */
export default function HolidayRegion(props: { input: FactsInput }): JSX.Element {
  // Read whole, never merged: each change is a new value.
  const zones = useValue($zoneRegions);
  const tables = useValue($regionTables);
  const [picking, setPicking] = createSignal(false);
  let changeButton: HTMLButtonElement | undefined;
  const pick = () => {
    loadRegionIndex();
    setPicking(true);
  };
  const done = () => {
    setPicking(false);
    queueMicrotask(() => changeButton?.focus());
  };
  return (
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
        <RegionPicker region={props.input.interview.region} onDone={done} />
      </Show>
    </fieldset>
  );
}
