/**
 * Where the planner's data lives: the browser's localStorage, wrapped so a full
 * or blocked storage never throws into the UI (the planner keeps working in
 * memory and says so), and a notice store for anything the user should know
 * about their saved data.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { ReadProblem } from '../domain/ui/saved-plans.ts';

/** Something about saved data the page must tell the user. */
export type StorageNotice = { kind: ReadProblem; setAsideKey: string } | { kind: 'full' };

/** The current notice, or null. */
export const $storageNotice = atom<StorageNotice | null>(null);

/** Prefix of keys under which unreadable data is kept, never deleted by the planner. */
export const SET_ASIDE_PREFIX = 'ft-plans-set-aside-';

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some privacy modes throw on the very access.
  }
}

const storage = browserStorage();

if (storage) {
  // A plain-object view of localStorage, the interface @nanostores/persistent expects.
  const target: Record<string, string> = {};
  const safe = new Proxy(target, {
    get: (_, key) => (typeof key === 'string' ? (storage.getItem(key) ?? undefined) : undefined),
    has: (_, key) => typeof key === 'string' && storage.getItem(key) !== null,
    set: (_, key, value) => {
      try {
        storage.setItem(String(key), String(value));
      } catch {
        $storageNotice.set({ kind: 'full' });
      }
      return true;
    },
    deleteProperty: (_, key) => {
      try {
        storage.removeItem(String(key));
      } catch {
        // Nothing to do: the value stays in memory either way.
      }
      return true;
    },
  });
  const quiet = { addEventListener() {}, removeEventListener() {} };
  setPersistentEngine(safe, typeof window === 'undefined' ? quiet : windowPersistentEvents);
}

/** Keeps data the planner could not read under a key of its own, and raises the notice. */
export function setAside(raw: string, problem: ReadProblem): void {
  const key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
  try {
    storage?.setItem(key, raw);
  } catch {
    // Storage is full: the data cannot be kept twice. The notice still explains.
  }
  $storageNotice.set({ kind: problem, setAsideKey: key });
}

/** The text that was set aside, for the user to download (null when storage lost it). */
export function readSetAside(key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Hides the notice. */
export function dismissNotice(): void {
  $storageNotice.set(null);
}
