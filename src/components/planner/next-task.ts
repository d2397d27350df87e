/**
 * Long tasks are what a phone feels (and what Lighthouse's Total Blocking
 * Time counts). These helpers hand work on to a task of its own, after the
 * current one, so one long task becomes several short ones. Solid hydrates a
 * lazy part whenever it arrives, keeping the server's HTML meanwhile, so a
 * part wrapped in `later` hydrates in its own task too.
 */
import { lazy, type Component } from 'solid-js';
import { isServer } from 'solid-js/web';

/**
 * Resolves with `value` from a new task (a zero-delay timer), so the work that follows runs
 * apart: `await inNextTask()` between two steps puts each in a task of its own.
 */
export function inNextTask<T = void>(value?: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value as T)));
}

/**
 * `component`, rendered (or hydrated) the first time in a task after the one
 * that reaches it; at once from then on. Call once per part, at module level:
 * each call is its own cut.
 */
export function later<P extends object>(component: Component<P>): Component<P> {
  return lazy(() => (isServer ? settled({ default: component }) : inNextTask({ default: component })));
}

/**
 * On the server, a part rendered at once: Solid's server `lazy` renders in
 * place when its promise has settled by the time it asks, which only a
 * thenable that answers at once does. A real promise would make the page wait
 * on it and write an inline script of Suspense data (which the page's
 * Content-Security-Policy rightly blocks).
 */
function settled<T>(value: T): Promise<T> {
  return { then: (done: (value: T) => unknown) => settled(done(value)) } as unknown as Promise<T>;
}
