/**
 * Keeps `$plans` in localStorage, and in step with other tabs. Only saving is
 * here; reading stored data and merging another tab's save (plans-sync.ts,
 * with the schema and the merge) load when there is something to read or
 * merge, so a first visit carries neither.
 *
 * - A save is one `setItem`: whole or not at all. When it fails, the notice
 *   says so and the plans stay in memory.
 * - Each save carries a revision id and the revision it built on, so a tab
 *   receiving another tab's save merges against the state both last shared.
 */
import type { WritableAtom } from 'nanostores';
import type { PlansState } from '../domain/ui/saved-plans.ts';
import { onOtherTabWrite, readItem, writeItem } from './storage.ts';

/** Where every saved plan lives, as one versioned envelope. */
export const PLANS_KEY = 'ft-plans';

/** What the saving side and plans-sync.ts share about this tab's saves. */
export interface SyncState {
  /** The plans store. */
  $plans: WritableAtom<PlansState>;
  /** Stored entries that could not be read nor set aside: written back untouched, never dropped. */
  carried: Map<string, unknown>;
  /** Stored data from a newer version, or unreadable data not kept elsewhere: never written over. */
  holdWrites: boolean;
  /** False until the stored plans are in `$plans`: nothing is saved over them before. */
  loaded: boolean;
  /** States written or read, by revision, to find what another tab's save built on. */
  history: Map<string, PlansState>;
  /** The revision this tab's plans last built on: its own last save, or the last one it took in. */
  head: string;
  /** The last revision taken in from another tab (or read at load): what both surely shared. */
  received: string;
  /** Saves a state (skipped when it is what `head` already holds). */
  save: (state: PlansState) => void;
}

/** Remembers a revision's state (the last 50 are plenty: tabs answer each other within moments). */
export function remember(sync: SyncState, rev: string, state: PlansState): void {
  sync.history.set(rev, state);
  if (sync.history.size > 50) sync.history.delete(sync.history.keys().next().value ?? '');
}

/**
 * Loads the stored plans into `$plans` and saves every change from then on.
 * Returns a promise while stored data is being read (edits wait for it), or
 * null when there was nothing to read.
 */
export function persistPlans($plans: WritableAtom<PlansState>, makeId: () => string): Promise<void> | null {
  const sync: SyncState = {
    $plans,
    carried: new Map(),
    holdWrites: false,
    loaded: false,
    history: new Map(),
    head: '',
    received: '',
    save(state) {
      if (!sync.loaded || sync.holdWrites || sync.history.get(sync.head) === state) return;
      const revision = { rev: makeId(), base: sync.head };
      const plans = sync.carried.size === 0 ? state.plans : { ...Object.fromEntries(sync.carried), ...state.plans };
      if (writeItem(PLANS_KEY, JSON.stringify({ version: state.version, ...revision, plans }))) {
        sync.head = revision.rev;
        remember(sync, sync.head, state);
      }
    },
  };
  $plans.listen(sync.save);
  const syncing = () => import('./plans-sync.ts');

  // Another tab saved: merge its plans with this tab's, one save at a time.
  let merging: Promise<void> = Promise.resolve();
  onOtherTabWrite(PLANS_KEY, (text) => {
    if (text !== null) merging = merging.then(() => syncing()).then((m) => m.mergeOtherTab(sync, text));
  });

  if (readItem(PLANS_KEY) === null) {
    sync.loaded = true;
    remember(sync, sync.head, $plans.get());
    return null;
  }
  // The reader's code (its schema) is set up in one task, the stored plans read in the next.
  return syncing().then((m) => new Promise((done) => setTimeout(() => done(m.loadStored(sync)))));
}
