/**
 * The home page's "next up", loaded only when a saved plan has something next:
 * most visitors have no plan, so they download none of its code. What it shows
 * is next-up-home.ts's business (and may be swapped for another view of the
 * same plans); this only decides whether to load it.
 */
import type { NEXT_UP_KEY } from '../../stores/next-up-key.ts';

// Written out rather than imported, so this page's first script shares no chunk with
// the list's code; the type keeps it equal to the store's key.
const KEY: typeof NEXT_UP_KEY = 'ft-next-up';

/** Whether stored summaries name at least one plan ("{}", nothing, or blocked storage: none). */
export function hasStoredNextUp(read: () => string | null): boolean {
  try {
    const raw = read();
    return !!raw && /"[^"]+"\s*:/.test(raw);
  } catch {
    return false;
  }
}

/** Loads and shows the "next up" list if there is anything to list. */
export function loadNextUp(): void {
  if (hasStoredNextUp(() => localStorage.getItem(KEY))) {
    void import('./next-up-home.ts').then((view) => view.showNextUp());
  }
}
