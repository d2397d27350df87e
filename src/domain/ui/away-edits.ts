/**
 * Edits to the days-away rows of the form. A module of its own, so it loads
 * with those fields rather than with the page.
 */
import type { AwayInput, FactsInput } from '../facts-input.ts';

/** A blank "days away" row with the id the form generated. */
export function blankAway(id: string): AwayInput {
  return { id, from: '', to: '' };
}

/** Adds a blank run of days away. */
export function addAwayTo(input: FactsInput, id: string): FactsInput {
  return { ...input, away: [...input.away, blankAway(id)] };
}

/** Changes the first or last day of one run of days away. */
export function setAwayField(input: FactsInput, id: string, key: 'from' | 'to', value: string): FactsInput {
  return { ...input, away: input.away.map((a) => (a.id === id ? { ...a, [key]: value } : a)) };
}

/** Removes a run of days away. */
export function removeAwayFrom(input: FactsInput, id: string): FactsInput {
  return { ...input, away: input.away.filter((a) => a.id !== id) };
}
