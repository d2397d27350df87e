/**
 * The parts an island loads later (its lazily imported chunks and theirs),
 * as `<link rel="prefetch">`s: the browser fetches them when the page is done,
 * at the lowest priority, and runs none of them until they are needed. So the
 * planner's later screens and its plan view answer at once, and, since the
 * service worker keeps what the page loaded, work offline after one visit,
 * without evaluating them up front on the main thread (which a phone feels).
 * Search's files are never among them: they load when search is opened.
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

/** `html` with a prefetch link for each of `files` at the end of its <head> (none already there). */
export function withPrefetchLinks(html: string, files: readonly string[]): string {
  const links = files
    .filter((file) => !html.includes(`<link rel="prefetch" href="${file}"`))
    .map((file) => `<link rel="prefetch" href="${file}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}
