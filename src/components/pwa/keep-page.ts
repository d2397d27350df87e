/**
 * The first page of a visit loads before the service worker exists, so the
 * worker never sees its files go by. Once the worker controls the page, this
 * hands it the page's path and every same-origin file the page has loaded
 * (and loads later), so this page works offline from the first visit on. The
 * worker fetches them again from the HTTP cache, not the network.
 */
import type { KeepMessage } from '../../service-worker/messages.ts';

/** Starts reporting this page's files to whichever worker controls it. */
export function keepPageOffline(sw: ServiceWorkerContainer): void {
  let files: string[] = [];
  const send = (): void => {
    if (!sw.controller) return;
    sw.controller.postMessage({ type: 'keep', page: location.pathname, files } satisfies KeepMessage);
    files = [];
  };
  new PerformanceObserver((entries) => {
    for (const { name } of entries.getEntries()) {
      const url = new URL(name);
      if (url.origin === location.origin) files.push(url.pathname);
    }
    send();
  }).observe({ type: 'resource', buffered: true });
  sw.addEventListener('controllerchange', send);
}
