/**
 * Keeps a panel's notes apart when it has more people than a bank has
 * alternatives. With a bank of four, a fifth person must share some part
 * with somebody; what matters is which part and with whom. Moving one
 * alternative along per person made person 1 and person 5 share every
 * four-way part, so their notes read the same.
 *
 * Every person in a round draws on the same banks for the parts that do not
 * depend on who they are (the opening, interest, strengths, the question, the
 * close…), in the same order. `spreadTable` takes that list of parts and bank
 * sizes and, person by person and part by part, picks the alternative that
 * adds least to what this person already shares with each earlier one, so
 * shared parts are spread thinly over many pairs instead of stacking on one.
 * Up to the smallest bank's size everyone keeps an alternative of their own in
 * every part, exactly as before. Pure, and cached per list of parts.
 */
import { LIMITS } from '../facts.ts';

/**
 * A part of a message, the size of the bank it draws on and how many
 * sentences its alternatives have on average (two shared sentences weigh
 * twice one), in the order the message uses them.
 */
export type PartUse = readonly [part: string, size: number, sentences: number];

/** Every interviewer the form allows, then the contact and HR. */
export const PEOPLE = LIMITS.interviewers + 2;

/**
 * Offsets per part: `table.get(part)[person]` is where that person starts in
 * the part's bank, relative to the plan's first person. Greedy over people in
 * order, so a table for more people starts with the table for fewer.
 */
export function spreadTable(parts: readonly PartUse[], people: number): Map<string, number[]> {
  const table = new Map<string, number[]>(parts.map(([part]) => [part, []]));
  // How many parts each pair already shares.
  const shared = Array.from({ length: people }, () => new Array<number>(people).fill(0));
  for (let p = 0; p < people; p++)
    for (const [part, size, weight] of parts) {
      const column = table.get(part) ?? [];
      let best = p % size;
      let bestCost = Number.POSITIVE_INFINITY;
      // This person's own slot first, so ties (and every panel up to the bank's size) keep it.
      for (let k = 0; k < size; k++) {
        const offset = (p + k) % size;
        let cost = 0;
        for (let q = 0; q < p; q++) cost += ((shared[p]?.[q] ?? 0) + (column[q] === offset ? weight : 0)) ** 3;
        if (cost < bestCost) [best, bestCost] = [offset, cost];
      }
      column[p] = best;
      for (let q = 0; q < p; q++)
        if (column[q] === best) {
          const row = shared[p];
          const other = shared[q];
          if (row && other) other[p] = row[q] = (row[q] ?? 0) + weight;
        }
    }
  return table;
}

const cache = new Map<string, Map<string, number[]>>();

/**
 * One person's offsets for the parts a message uses, or nothing for parts
 * left out (they move one alternative along per person). Parts of one bank
 * size only count once; a bank of one alternative has nothing to spread.
 */
export function offsetsFor(parts: readonly PartUse[], person: number): ReadonlyMap<string, number> {
  const seen = new Set<string>();
  const list = parts.filter(([part, size]) => size > 1 && !seen.has(part) && seen.add(part));
  const key = list.map(([part, size, weight]) => `${part}:${size}:${weight}`).join('|');
  let table = cache.get(key);
  if (!table) {
    table = spreadTable(list, PEOPLE);
    if (cache.size > 200) cache.clear();
    cache.set(key, table);
  }
  const offsets = new Map<string, number>();
  for (const [part, column] of table) {
    const offset = column[person];
    if (offset !== undefined) offsets.set(part, offset);
  }
  return offsets;
}
