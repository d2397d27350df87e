/**
 * Reads untrusted data (a saved plan, an imported file) through a Valibot
 * schema without losing what is good in it: every value the schema refuses is
 * replaced by the blank the caller names for that place (or the entry is
 * dropped), and the places are reported, so one odd field never costs the
 * rest. Never throws.
 */
import { safeParse, type GenericSchema } from 'valibot';

/** Returned by a `blankAt` callback: remove this entry (a record's key, say) instead of blanking it. */
export const REMOVE: unique symbol = Symbol('remove');

/** The value read, and the dotted places whose value had to be replaced. */
export interface Conformed<T> {
  /** What the schema produced once every refused value was replaced. */
  value: T;
  /** Dotted paths (`input.interview.date`) of values that were there but refused, in order. */
  reset: string[];
}

type Key = string | number;
type Container = Record<Key, unknown>;
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** A deep copy of JSON-like data, as plain objects and arrays (anything else is left out by JSON's rules). */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The value at `path` inside `root`, or undefined. */
function valueAt(root: Container, path: readonly Key[]): unknown {
  let value: unknown = root;
  for (const key of path) value = isContainer(value) ? value[key] : undefined;
  return value;
}

/** Sets `value` at `path` inside `root` (which must be a container); false when the parent is missing. */
function setAt(root: Container, path: readonly Key[], value: unknown): boolean {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined;
  const last = path.at(-1);
  if (!isContainer(parent) || last === undefined) return false;
  if (value === REMOVE) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else parent[last] = value;
  return true;
}

/** Orders paths so that later array indexes (and later keys) come first. */
function compareDesc(a: readonly Key[], b: readonly Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i]!, b[i]!];
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? y - x : String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

/**
 * `raw` read through `schema`. Each refused or missing value at a path gets
 * `blankAt(path)` (the shortest refused path wins: a section that is not an
 * object becomes its blank whole); `reset` lists the refused ones (a missing
 * value, from data older than a field, is just blank). If the data still fails after that (a
 * `blankAt` that does not fit the schema), the result is `fallback`.
 */
export function conform<T>(
  schema: GenericSchema<unknown, T>,
  raw: unknown,
  blankAt: (path: readonly Key[]) => unknown,
  fallback: () => T,
): Conformed<T> {
  const data = { root: copy(raw) } as Container;
  const reset: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    const result = safeParse(schema, data['root']);
    if (result.success) return { value: result.output, reset };
    const paths = result.issues
      .map((issue) => (issue.path ?? []).map((item) => item.key as Key))
      .sort((a, b) => a.length - b.length);
    if (paths[0]?.length === 0) return { value: fallback(), reset: [...reset, ''] };
    const kept: Key[][] = [];
    for (const path of paths) {
      const under = (outer: Key[]) => outer.every((key, i) => path[i] === key);
      if (!kept.some(under)) kept.push(path);
    }
    // Removing from an array shifts what follows: work from the last place back.
    const backwards = [...kept].sort((a, b) => compareDesc(a, b));
    // A value that was there and refused is reported; one that was simply missing is just blank.
    const present = kept.filter((path) => valueAt(data, ['root', ...path]) !== undefined);
    for (const path of backwards) setAt(data, ['root', ...path], blankAt(path));
    reset.push(...present.map((path) => path.join('.')));
  }
  return { value: fallback(), reset: [...reset, ''] };
}
