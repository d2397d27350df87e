import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register-sw';
import { activateUpdate, SKIP_WAITING } from './update-toast';

/** A worker whose state the test moves along, as the browser would. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  posted: unknown[] = [];
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  moveTo(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  startInstall(): FakeWorker {
    this.installing = new FakeWorker();
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
}

/** A ServiceWorkerContainer with or without a controlling worker. */
function fakeContainer(controlled: boolean, registration = new FakeRegistration()) {
  const register = vi.fn(() => Promise.resolve(registration));
  const container = Object.assign(new EventTarget(), { controller: controlled ? new FakeWorker() : null, register });
  return { container: container as unknown as ServiceWorkerContainer, registration, register };
}

describe('registerServiceWorker', () => {
  it('registers the generated worker at /sw.js', async () => {
    const { container, register } = fakeContainer(false);
    await registerServiceWorker(container, () => undefined);
    expect(register).toHaveBeenCalledWith('/sw.js');
  });

  it('stays quiet on the first install, when no older version controls the page', async () => {
    const { container, registration } = fakeContainer(false);
    const onWaiting = vi.fn();
    await registerServiceWorker(container, onWaiting);
    registration.startInstall().moveTo('installed');
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('reports a new version once it has installed while an older one controls the page', async () => {
    const { container, registration } = fakeContainer(true);
    const onWaiting = vi.fn();
    await registerServiceWorker(container, onWaiting);
    const worker = registration.startInstall();
    expect(onWaiting).not.toHaveBeenCalled();
    worker.moveTo('installed');
    expect(onWaiting).toHaveBeenCalledWith(worker);
  });

  it('reports a version that was already waiting when the page loaded', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const { container } = fakeContainer(true, registration);
    const onWaiting = vi.fn();
    await registerServiceWorker(container, onWaiting);
    expect(onWaiting).toHaveBeenCalledWith(registration.waiting);
  });
});

describe('activateUpdate', () => {
  it('asks the waiting worker to take over and reloads only once it controls the page', () => {
    const { container } = fakeContainer(true);
    const waiting = new FakeWorker();
    const reload = vi.fn();
    activateUpdate(container, waiting as unknown as ServiceWorker, reload);
    expect(waiting.posted).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
