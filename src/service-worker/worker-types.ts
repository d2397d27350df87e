/**
 * The few service-worker types the worker uses. The project compiles with the
 * DOM library, which has no worker scope; declaring these here keeps one
 * TypeScript program for the whole site.
 */

/** An event the worker may keep alive until some work is done. */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

/** A request from a page the worker controls. */
export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** A message from a page. */
export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}

/** The worker's global scope, as far as this worker uses it. */
export interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly active: object | null };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
