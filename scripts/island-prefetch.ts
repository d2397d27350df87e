/**
 * The parts an island loads later (its lazily imported chunks and theirs),
 * as `<link rel="prefetch">`s: the browser fetches them at the lowest
 * priority and runs none of them until they are needed. So the planner's
 * later screens and its plan view answer at once, and, since the service
 * worker keeps what the page loaded, work offline after one visit, without
 * evaluating them up front on the main thread (which a phone feels).
 * Search's files are never among them: they load when search is opened.
 *
 * The links wait in a `<template>` (inert: nothing is fetched) until the
 * island has opened and the page is idle (later-parts.ts adds them): fetched
 * while the page still paints, on a slow connection they would share its
 * bandwidth, and Lighthouse counts every request done before the largest
 * paint in its LCP (about 3 s instead of 1 on /plan/).
 */
import { collectPageAssets, staticClosure, type AssetReader } from './page-assets.ts';

/** The same-origin files the page's islands may load later, not loaded on first view. */
export function islandLaterParts(html: string, pagePath: string, read: AssetReader): string[] {
  const assets = collectPageAssets(html, pagePath, read);
  const components = assets.islandJs.filter((file) => !assets.rendererJs.includes(file));
  const now = new Set(assets.js);
  return staticClosure(components, read, { followDynamic: true }).files.filter(
    (file) => !now.has(file) && !file.startsWith('/pagefind/') && read(file) !== undefined,
  );
}

/** Where a page keeps its islands' prefetch links until later-parts.ts adds them to <head>. */
export const LATER_PARTS_ID = 'later-parts';

/** `html` with a prefetch link for each of `files`, kept in a template at the end of its <head> (none already there). */
export function withPrefetchLinks(html: string, files: readonly string[]): string {
  const links = files
    .filter((file) => !html.includes(`<link rel="prefetch" href="${file}"`))
    .map((file) => `<link rel="prefetch" href="${file}">`)
    .join('');
  if (!links) return html;
  const open = `<template id="${LATER_PARTS_ID}">`;
  return html.includes(open)
    ? html.replace(open, `${open}${links}`)
    : html.replace('</head>', `${open}${links}</template></head>`);
}
