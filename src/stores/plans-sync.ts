/**
 * The rarely needed half of keeping plans (see plans-persistence.ts): reading
 * what is stored, and merging another tab's save. Loaded only when there is
 * stored data or another tab saves.
 *
 * Nothing is ever lost: data that cannot be read is set aside under a key of
 * its own before anything is written over it; if even that fails, it stays
 * where it is (whole, or entry by entry). Data from a newer version of the
 * site is never written over.
 */
import { decodeState, revisionOf } from '../domain/ui/read-plans.ts';
import { mergePlansState, sameState } from '../domain/ui/merge-plans.ts';
import { emptyState, STORAGE_VERSION } from '../domain/ui/saved-plans.ts';
import { PLANS_KEY, remember, type SyncState } from './plans-persistence.ts';
import { $storageNotice, readItem, writeItem } from './storage.ts';

/** Prefix of keys under which unreadable data is kept, never deleted by the planner. */
const SET_ASIDE_PREFIX = 'ft-plans-set-aside-';

/** Keeps data the planner could not read under a key of its own; returns the key, or null when storage refused it. */
function setAside(raw: string): string | null {
  const key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
  return writeItem(key, raw) ? key : null;
}

/** Reads what is stored into `$plans`, setting aside what cannot be read, and writes it back in the current version. */
export function loadStored(sync: SyncState): void {
  // Read now, not when the page started: another tab may have saved while this module loaded.
  const stored = readItem(PLANS_KEY) ?? '';
  const read = decodeState(stored);
  if (read.problem) {
    const key = setAside(stored);
    $storageNotice.set({ kind: read.problem, setAsideKey: key });
    sync.holdWrites = read.problem === 'newer' || key === null;
  } else if (read.unreadable.size > 0) {
    const version = (JSON.parse(stored) as { version?: unknown }).version ?? STORAGE_VERSION;
    const key = setAside(JSON.stringify({ version, plans: Object.fromEntries(read.unreadable) }));
    if (key === null) sync.carried = read.unreadable;
    $storageNotice.set({ kind: 'set-aside', count: read.unreadable.size, setAsideKey: key });
  }
  sync.head = revisionOf(stored).rev;
  sync.received = sync.head;
  sync.loaded = true;
  // Written back at once: migrated data in the current version, data set aside replaced.
  sync.$plans.set(read.state);
  sync.history.set(sync.received, read.state);
}

/** Merges another tab's save with this tab's plans, field by field, against the state both last shared. */
export function mergeOtherTab(sync: SyncState, text: string): void {
  const read = decodeState(text);
  if (read.problem || !sync.loaded) return; // Not ours to merge; this tab's next save keeps its own plans.
  const { rev, base } = revisionOf(text);
  // A save built on one this tab never saw (a missed event, a third tab): merge against the last one it did.
  const shared = sync.history.get(base) ?? sync.history.get(sync.received) ?? emptyState();
  const local = sync.$plans.get();
  const { state, conflicts } = mergePlansState(shared, local, read.state);
  sync.head = rev;
  sync.received = rev;
  // What both tabs now hold is not saved again; only what the other tab lacks is.
  remember(sync, rev, sameState(state, read.state) ? state : read.state);
  if (conflicts.length > 0) $storageNotice.set({ kind: 'conflict', conflicts });
  if (!sameState(state, local)) sync.$plans.set(state);
  else sync.save(state);
}
