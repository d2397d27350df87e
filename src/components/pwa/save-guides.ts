/**
 * The behaviour of SaveGuides.astro: says how many guides are saved on this
 * device, and on request asks the service worker to save the rest, reporting
 * its progress in the status line (a polite live region).
 */
import type { CACHES, SAVE_GUIDES, SaveProgress } from '../../service-worker/messages.ts';

// Written out rather than imported, so no chunk is shared with the site-wide script; the types keep them in step.
const PAGES: (typeof CACHES)['pages'] = 'ft-pages';
const SAVE: typeof SAVE_GUIDES = { type: 'save-guides' };

const GUIDE = /^\/guides\/[^/]+\/$/;

/** How many guides the worker has saved (0 when storage cannot be read). */
async function savedGuides(): Promise<number> {
  try {
    const pages = await caches.open(PAGES);
    return (await pages.keys()).filter((request) => GUIDE.test(new URL(request.url).pathname)).length;
  } catch {
    return 0;
  }
}

/** Wires the control, if this browser has a service worker to save into. */
export function initSaveGuides(): void {
  const section = document.querySelector<HTMLElement>('[data-save-guides]');
  const sw = 'serviceWorker' in navigator && 'caches' in window ? navigator.serviceWorker : undefined;
  if (!section || !sw || !import.meta.env.PROD) return;
  const button = section.querySelector('button')!;
  const status = section.querySelector('[role="status"]')!;
  const total = Number(section.dataset['total']);
  const say = (text: string): void => void (status.textContent = text);
  const describe = (saved: number): string =>
    saved >= total
      ? `All ${total} guides are saved on this device.`
      : saved > 0
        ? `${saved} of ${total} guides are saved on this device.`
        : '';
  section.hidden = false;
  void savedGuides().then((saved) => say(describe(saved)));

  sw.addEventListener('message', (event: MessageEvent<SaveProgress>) => {
    const progress = event.data;
    if (progress?.type !== 'save-progress') return;
    if (!progress.finished) return say(`Saving… ${progress.done} of ${progress.total} guides.`);
    button.disabled = false;
    say(
      progress.finished.ok
        ? `All ${progress.total} guides are saved: they open without a connection, and so does search.`
        : `${describe(progress.done) || 'No guides were saved.'} Some could not be saved: check your connection and try again.`,
    );
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    say('Saving the guides…');
    // The first visit's worker may still be starting: wait until it controls the page.
    const ask = (): void => sw.controller?.postMessage(SAVE);
    if (sw.controller) ask();
    else sw.addEventListener('controllerchange', ask, { once: true });
  });
}
