/**
 * The current time and the reader's locale, as stores, so the domain gets
 * `now` as an argument and "today" moves on if the page stays open.
 */
import { atom, onMount } from 'nanostores';

/** Milliseconds since the epoch, refreshed every minute while anything listens. */
export const $now = atom<number>(Date.now());

onMount($now, () => {
  $now.set(Date.now());
  const timer = setInterval(() => $now.set(Date.now()), 60_000);
  return () => clearInterval(timer);
});

/** The reader's preferred locale for dates and times. */
export const locale: string = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB';
