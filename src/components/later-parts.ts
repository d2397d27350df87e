/**
 * `addLaterParts`: fetches what the page's islands load later, when the page
 * is idle. The build keeps their prefetch links in a `<template>`
 * (scripts/island-prefetch.ts), so none of them competes with the page's
 * first paint; moved into <head>, they fetch at the lowest priority, and the
 * service worker keeps them (so the planner works offline after one visit).
 *
 * Starting a fetch costs the main thread a little (now and then several ms
 * on a phone), so the links move over one or two at a time, in idle time:
 * all 36 of the planner's at once made a task of 80–170 ms at 4× CPU, and
 * 4 ms slices still took 4-7 ms of CPU each in Lighthouse's traces (the last
 * link of a slice runs over it).
 */

/** The template the build writes (LATER_PARTS_ID in scripts/island-prefetch.ts). */
const TEMPLATE_ID = 'later-parts';

/** Main-thread time after which no further link moves in this slice, in ms: well under a long task's 50, even at 4× CPU. */
const SLICE_MS = 1;

/** Moves the page's kept prefetch links into <head>, a few each time the browser is idle (again: nothing left to move). */
export function addLaterParts(): void {
  const links = (document.getElementById(TEMPLATE_ID) as HTMLTemplateElement | null)?.content;
  // Safari has no idle callbacks: a timer will do.
  const whenIdle = 'requestIdleCallback' in window ? requestIdleCallback : setTimeout;
  const moveSome = () => {
    const end = performance.now() + SLICE_MS;
    while (links?.firstChild && performance.now() < end) document.head.append(links.firstChild);
    if (links?.firstChild) whenIdle(moveSome);
  };
  whenIdle(moveSome);
}
