/**
 * What the wizard's time-zone, holiday and days-away fields need besides the
 * holiday data: the zone suggestions and the days-away actions. They load with
 * those fields, not with the page.
 */
import { addAwayTo, removeAwayFrom, setAwayField } from '../domain/ui/away-edits.ts';
import { makeId } from './plans.ts';
import { edit } from './wizard.ts';

/** Adds a blank run of days away and returns its id (for focusing its first field). */
export function addAway(): string {
  const id = makeId();
  edit((input) => addAwayTo(input, id));
  return id;
}

/** Changes the first or last day of a run of days away. */
export function updateAway(id: string, key: 'from' | 'to', value: string): void {
  edit((input) => setAwayField(input, id, key, value));
}

/** Removes a run of days away. */
export function removeAway(id: string): void {
  edit((input) => removeAwayFrom(input, id));
}

/** Every IANA time zone the browser knows, for the time zone fields' suggestions. */
export function timeZoneChoices(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
