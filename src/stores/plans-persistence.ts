/**
 * Keeps `$plans` in localStorage, and in step with other tabs. Reading stored
 * data (schema, migrations) and merging another tab's save load only when
 * there is something to read or merge, so a first visit carries neither.
 *
 * - Nothing is ever lost: data that cannot be read is set aside under a key of
 *   its own before anything is written over it; if even that fails, it stays
 *   where it is (whole, or entry by entry). Data from a newer version of the
 *   site is never written over.
 * - A save is one `setItem`: whole or not at all. When it fails, the notice
 *   says so and the plans stay in memory.
 * - Each save carries a revision id and the revision it built on, so a tab
 *   receiving another tab's save merges against the state both last shared
 *   (see merge-plans.ts).
 */
import type { WritableAtom } from 'nanostores';
import { emptyState, STORAGE_VERSION, type PlansState } from '../domain/ui/saved-plans.ts';
import { $storageNotice, onOtherTabWrite, readItem, setAside, writeItem } from './storage.ts';

/** Where every saved plan lives, as one versioned envelope. */
export const PLANS_KEY = 'ft-plans';

/**
 * Loads the stored-plan reader ahead of need (the planner calls it once idle):
 * a first visit has nothing stored, but the next one will, and the service
 * worker keeps what was loaded, so that visit reads its plans even offline.
 */
export function preloadPlansReader(): void {
  void import('../domain/ui/read-plans.ts');
}

/** A save's revision id and the revision it built on ('' when unknown). */
interface Revision {
  rev: string;
  base: string;
}

/**
 * Loads the stored plans into `$plans` and saves every change from then on.
 * Returns a promise while stored data is being read (edits wait for it), or
 * null when there was nothing to read.
 */
export function persistPlans($plans: WritableAtom<PlansState>, makeId: () => string): Promise<void> | null {
  /** Stored entries that could not be read nor set aside: written back untouched, never dropped. */
  let carried = new Map<string, unknown>();
  /** Stored data from a newer version, or unreadable data not kept elsewhere: never written over. */
  let holdWrites = false;
  /** False until the stored plans are in `$plans`: nothing is saved over them before. */
  let loaded = false;
  /** States written or read, by revision, to find what another tab's save built on. */
  const history = new Map<string, PlansState>();
  /** The revision this tab's plans last built on: its own last save, or the last one it took in. */
  let head = '';
  /** The last revision taken in from another tab (or read at load): what both surely shared. */
  let received = '';

  const remember = (rev: string, state: PlansState) => {
    history.set(rev, state);
    if (history.size > 50) history.delete(history.keys().next().value ?? '');
  };
  const encode = (state: PlansState, revision: Revision) => {
    const plans = carried.size === 0 ? state.plans : { ...Object.fromEntries(carried), ...state.plans };
    return JSON.stringify({ version: state.version, ...revision, plans });
  };
  const save = (state: PlansState) => {
    if (!loaded || holdWrites || history.get(head) === state) return;
    const revision = { rev: makeId(), base: head };
    if (writeItem(PLANS_KEY, encode(state, revision))) {
      head = revision.rev;
      remember(head, state);
    }
  };
  $plans.listen(save);

  // Another tab saved: merge its plans with this tab's, one save at a time.
  let merging: Promise<void> = Promise.resolve();
  onOtherTabWrite(PLANS_KEY, (text) => {
    if (text === null) return;
    merging = merging.then(async () => {
      const [{ decodeState, revisionOf }, { mergePlansState, sameState }] = await Promise.all([
        import('../domain/ui/read-plans.ts'),
        import('../domain/ui/merge-plans.ts'),
      ]);
      const read = decodeState(text);
      if (read.problem || !loaded) return; // Not ours to merge; this tab's next save keeps its own plans.
      const { rev, base } = revisionOf(text);
      // A save built on one this tab never saw (a missed event, a third tab): merge against the last one it did.
      const shared = history.get(base) ?? history.get(received) ?? emptyState();
      const local = $plans.get();
      const { state, conflicts } = mergePlansState(shared, local, read.state);
      head = rev;
      received = rev;
      // What both tabs now hold is not saved again; only what the other tab lacks is.
      remember(rev, sameState(state, read.state) ? state : read.state);
      if (conflicts.length > 0) $storageNotice.set({ kind: 'conflict', conflicts });
      if (!sameState(state, local)) $plans.set(state);
      else save(state);
    });
  });

  if (readItem(PLANS_KEY) === null) {
    loaded = true;
    remember(head, $plans.get());
    return null;
  }
  return import('../domain/ui/read-plans.ts').then(({ decodeState, revisionOf }) => {
    // Read again: another tab may have saved while the reader loaded.
    const stored = readItem(PLANS_KEY) ?? '';
    const read = decodeState(stored);
    if (read.problem) {
      const key = setAside(stored);
      $storageNotice.set({ kind: read.problem, setAsideKey: key });
      holdWrites = read.problem === 'newer' || key === null;
    } else if (read.unreadable.size > 0) {
      const version = (JSON.parse(stored) as { version?: unknown }).version ?? STORAGE_VERSION;
      const key = setAside(JSON.stringify({ version, plans: Object.fromEntries(read.unreadable) }));
      if (key === null) carried = read.unreadable;
      $storageNotice.set({ kind: 'set-aside', count: read.unreadable.size, setAsideKey: key });
    }
    head = revisionOf(stored).rev;
    received = head;
    loaded = true;
    // Written back at once: migrated data in the current version, data set aside replaced.
    $plans.set(read.state);
    history.set(received, read.state);
  });
}
