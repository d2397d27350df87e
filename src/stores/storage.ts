/**
 * Where the planner's data lives: the browser's localStorage, wrapped so a
 * full, blocked or missing storage never throws into the UI (the planner keeps
 * working in memory and says so), and a notice store for anything the user
 * should know about their saved data.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { StorageNotice } from '../domain/ui/notices.ts';

export type { StorageNotice };

/** The current notice, or null. */
export const $storageNotice = atom<StorageNotice | null>(null);

/**
 * localStorage, or null when there is none (the build's server render) or the
 * browser refuses it: some privacy modes throw on the very first access.
 */
function openStorage(): Storage | null {
  try {
    if (typeof localStorage === 'undefined') return null;
    localStorage.getItem('ft-plans');
    return localStorage;
  } catch {
    $storageNotice.set({ kind: 'unavailable' });
    return null;
  }
}

const storage = openStorage();

/** Whether anything the planner saves outlives the tab. */
export const storageAvailable = storage !== null;

/** A failed write: a full storage says so; anything else means storage is off. */
function reportWriteFailure(error: unknown): void {
  const name = error instanceof DOMException ? error.name : '';
  const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
  if ($storageNotice.get()?.kind !== 'conflict') $storageNotice.set({ kind: full ? 'full' : 'unavailable' });
}

/** The stored text under `key`, or null. Never throws. */
export function readItem(key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Stores `value` under `key`, whole or not at all (a failed write leaves the
 * previous value in place). False, with the notice raised, when it failed.
 */
export function writeItem(key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch (error) {
    reportWriteFailure(error);
    return false;
  }
}

/** Calls `onChange` with the new text whenever another tab changes `key`. */
export function onOtherTabWrite(key: string, onChange: (value: string | null) => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.storageArea === storage && event.key === key) onChange(event.newValue);
  });
}

// A plain-object view of localStorage (or of memory), the interface @nanostores/persistent expects.
const memory = new Map<string, string>();
const engine = new Proxy(
  {},
  {
    get: (_, key) => (typeof key === 'string' ? ((storage ? readItem(key) : memory.get(key)) ?? undefined) : undefined),
    has: (_, key) => typeof key === 'string' && (storage ? readItem(key) !== null : memory.has(key)),
    set: (_, key, value) => {
      if (!storage || !writeItem(String(key), String(value))) memory.set(String(key), String(value));
      return true;
    },
    deleteProperty: (_, key) => {
      memory.delete(String(key));
      try {
        storage?.removeItem(String(key));
      } catch {
        // Nothing to do: the value stays in memory either way.
      }
      return true;
    },
  },
);
const quiet = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(engine, typeof window === 'undefined' ? quiet : windowPersistentEvents);

/** Hides the notice. */
export function dismissNotice(): void {
  $storageNotice.set(null);
}
