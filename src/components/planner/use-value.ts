/**
 * `useValue`: a nanostore as a plain Solid signal, for values a component
 * reads whole (a plan it passes on, a message, a list of errors).
 *
 * The planner's first screen uses it rather than `useStore` (use-store.ts):
 * it needs no fine-grained merging, so the page's first visit carries no
 * `solid-js/store` and hydration copies nothing. Nanostores here are
 * immutable: each change is a new value, so the signal holds the store's own
 * value, never a copy. A list whose rows keep their inputs (and focus) while
 * they change keys its rows by id (PeopleStep, HolidayFields).
 */
import { createSignal, onCleanup } from 'solid-js';
import type { ReadableAtom } from 'nanostores';

/** Subscribes the calling component to `store` for its lifetime. */
export function useValue<T>(store: ReadableAtom<T>): () => T {
  const [value, setValue] = createSignal<T>(store.get());
  const unsubscribe = store.listen((next) => setValue(() => next));
  // `listen` mounts the store; read again in case mounting changed it (persistent stores restore on mount).
  setValue(() => store.get());
  onCleanup(unsubscribe);
  return value;
}
