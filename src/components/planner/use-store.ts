/**
 * `useStore`: a nanostore as a Solid accessor, with fine-grained updates.
 *
 * Like `@nanostores/solid`'s `useStore`, except that Solid's store gets a copy
 * of each value. Solid's `reconcile` merges the new value into the previous one
 * in place; with `@nanostores/solid` that previous value is the nanostore's own
 * object, which immutable updates share with the next state — switching from
 * one saved plan to another overwrote the first plan with the second. Stores
 * here hold JSON data, so `structuredClone` is a safe, cheap copy.
 */
import { onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { ReadableAtom } from 'nanostores';

const copy = <T>(value: T): T => (value !== null && typeof value === 'object' ? structuredClone(value) : value);

/** Subscribes the calling component to `store` for its lifetime. */
export function useStore<T>(store: ReadableAtom<T>): () => T {
  const [state, setState] = createStore({ value: copy(store.get()) });
  const unsubscribe = store.listen((value) => setState('value', reconcile(copy(value), { key: 'id' })));
  // `listen` mounts the store; read again in case mounting changed it (persistent stores restore on mount).
  setState('value', reconcile(copy(store.get()), { key: 'id' }));
  onCleanup(unsubscribe);
  return () => state.value;
}
