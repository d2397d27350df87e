/**
 * Registers /sw.js (src/service-worker/) and reports when a new version of the
 * site is installed and waiting, so the page can offer "Updated — reload"
 * rather than either swapping the site mid-visit or serving a stale one forever.
 */
/**
 * Registers `url` and calls `onWaiting` whenever a newer worker is ready while an
 * older one controls the page. The very first install is silent: there is
 * nothing stale to replace.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainer,
  onWaiting: (worker: ServiceWorker) => void,
  url = '/sw.js',
): Promise<ServiceWorkerRegistration> {
  const registration = await container.register(url);
  if (registration.waiting && container.controller) onWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) onWaiting(installing);
    });
  });
  return registration;
}
