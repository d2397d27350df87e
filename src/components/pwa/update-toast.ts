/**
 * "Updated — reload" (UpdatePrompt.astro): shows the note for a waiting new
 * version and wires its two buttons. Loaded only when there is an update.
 */
import { SKIP_WAITING } from '../../service-worker/messages.ts';

export { SKIP_WAITING };

let waiting: ServiceWorker | undefined;
let wired = false;

/** Shows the note for `worker`; Reload lets it take over, "Not now" hides the note. */
export function showUpdate(sw: ServiceWorkerContainer, worker: ServiceWorker): void {
  const toast = document.querySelector<HTMLElement>('.sw-toast');
  const message = toast?.querySelector('p');
  if (!toast || !message) return;
  waiting = worker;
  if (!wired) {
    wired = true;
    const [reload, dismiss] = toast.querySelectorAll('button');
    reload?.addEventListener('click', () => {
      if (waiting) activateUpdate(sw, waiting, () => location.reload());
    });
    dismiss?.addEventListener('click', () => {
      toast.hidden = true;
      message.textContent = '';
    });
  }
  toast.hidden = false;
  // Text is set when shown, so the live region announces it.
  message.textContent = 'Updated — reload to get the latest version.';
}

/** Lets the waiting worker take over, then reloads once it controls the page. */
export function activateUpdate(container: ServiceWorkerContainer, waiting: ServiceWorker, reload: () => void): void {
  container.addEventListener('controllerchange', reload, { once: true });
  waiting.postMessage(SKIP_WAITING);
}
