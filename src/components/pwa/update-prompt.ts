/**
 * The browser side of UpdatePrompt.astro: registers the service worker after
 * the page has loaded (production builds only), tells it what this page
 * loaded so the page works offline, and, when a new deploy is waiting, shows
 * the "Updated — reload" note and wires its two buttons.
 */
import { keepPageOffline } from './keep-page';
import { activateUpdate, registerServiceWorker } from './register-sw';

/** Wires the note rendered by UpdatePrompt.astro and starts registration. */
export function initUpdatePrompt(): void {
  const toast = document.querySelector<HTMLElement>('.sw-toast');
  const message = toast?.querySelector('p');
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  if (!toast || !message || !sw) return;
  const [reload, dismiss] = toast.querySelectorAll('button');
  let waiting: ServiceWorker | undefined;

  const showUpdate = (worker: ServiceWorker): void => {
    waiting = worker;
    toast.hidden = false;
    // Text is set when shown, so the live region announces it.
    message.textContent = 'Updated — reload to get the latest version.';
  };
  reload?.addEventListener('click', () => {
    if (waiting) activateUpdate(sw, waiting, () => location.reload());
  });
  dismiss?.addEventListener('click', () => {
    toast.hidden = true;
    message.textContent = '';
  });

  // No sw.js (a bare `astro build`): the site simply stays online-only.
  const start = (): void => {
    keepPageOffline(sw);
    void registerServiceWorker(sw, showUpdate).catch(() => undefined);
  };
  // Register after load, so the worker never competes with the first page's own files.
  if (import.meta.env.PROD) {
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }
}
