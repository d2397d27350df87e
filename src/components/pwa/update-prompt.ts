/**
 * The browser side of UpdatePrompt.astro: registers the service worker after
 * the page has loaded (production builds only) and tells it what this page
 * loaded, so the page works offline. When a new deploy is waiting, the note's
 * code (update-toast.ts) loads and shows "Updated — reload": most visits never
 * need it, so it is not part of every page.
 */
import { keepPageOffline } from './keep-page';
import { registerServiceWorker } from './register-sw';

/** Starts registration, and the update note when there is an update. */
export function initUpdatePrompt(): void {
  // Missing in old browsers and on pages not served over HTTPS.
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!sw || !import.meta.env.PROD) return;
  const onWaiting = (worker: ServiceWorker): void => {
    void import('./update-toast').then((toast) => toast.showUpdate(sw, worker));
  };
  // No sw.js (a bare `astro build`): the site simply stays online-only.
  const start = (): void => {
    keepPageOffline(sw);
    void registerServiceWorker(sw, onWaiting).catch(() => undefined);
  };
  // Register after load, so the worker never competes with the first page's own files.
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
