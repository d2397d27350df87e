/**
 * After the first search made online, asks the service worker to keep all of
 * search (index, fragments, library), so any search works offline afterwards.
 * Said explicitly: Pagefind may search in a worker of its own, whose requests
 * the page cannot see and the service worker may not control.
 */
import type { SAVE_SEARCH } from '../../service-worker/messages.ts';

// Written out rather than imported, so search's chunk and the worker share no module; the type keeps them equal.
const MESSAGE: typeof SAVE_SEARCH = { type: 'save-search' };
let asked = false;

/** Asks once per page, as soon as a service worker controls it. */
export function keepSearchOffline(): void {
  const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (asked || !sw) return;
  asked = true;
  const ask = (): void => sw.controller?.postMessage(MESSAGE);
  if (sw.controller) ask();
  else sw.addEventListener('controllerchange', ask, { once: true });
}
