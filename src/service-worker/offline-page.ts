/**
 * The page the service worker shows when the reader is offline and asks for a
 * page not saved on this device: it says so plainly and lists what is saved,
 * so the next tap opens something that works. Built by the worker itself
 * (nothing to download in advance); no script, one hashed style.
 */
import { isGuidePath } from './routes.ts';

/** A saved page, as the list shows it. */
export interface SavedPage {
  /** Its path, e.g. `/guides/checking-in/`. */
  path: string;
  /** Its title, without the site name. */
  title: string;
}

/** What the offline page reports. */
export interface OfflineState {
  /** The address the reader asked for. */
  requested: string;
  /** Saved pages, in any order. */
  saved: SavedPage[];
  /** Whether search works offline (one search was made online, or everything was saved). */
  searchSaved: boolean;
}

/** The page's only style (its hash goes in the response's CSP). The site's tokens, both themes. */
export const OFFLINE_STYLE =
  ':root{color-scheme:light dark;--bg:light-dark(#fbfaf7,#14161a);--text:light-dark(#1d1f23,#e9e7e2);' +
  '--muted:light-dark(#55595f,#b0b3b8);--accent:light-dark(#1f5f4a,#7fd1b0);--border:light-dark(#d9d5cc,#3a3f48)}' +
  'body{margin:0;background:var(--bg);color:var(--text);font:1.0625rem/1.6 system-ui,sans-serif}' +
  'header,main{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}header{border-bottom:1px solid var(--border)}' +
  'h1,h2{font-family:Georgia,serif;line-height:1.25}a{color:var(--accent)}' +
  '.brand{font-weight:700;text-decoration:none;color:var(--text)}.muted{color:var(--muted)}';

const SITE_SUFFIX = / · Follow Through$/;

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The title a saved page's HTML gives, without the site name (its path when it has none). */
export function titleOf(html: string, path: string): string {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
  if (!raw) return path;
  const decoded = raw.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
  return decoded.replace(SITE_SUFFIX, '') || path;
}

const list = (pages: SavedPage[]): string =>
  `<ul>${pages.map((p) => `<li><a href="${escape(p.path)}">${escape(p.title)}</a></li>`).join('')}</ul>`;

/** The whole offline page, as HTML. */
export function offlinePage({ requested, saved, searchSaved }: OfflineState): string {
  const byTitle = (a: SavedPage, b: SavedPage) => a.title.localeCompare(b.title);
  const guides = saved.filter((p) => isGuidePath(p.path)).sort(byTitle);
  const others = saved.filter((p) => !isGuidePath(p.path)).sort(byTitle);
  const sections = [
    guides.length > 0 ? `<h2>Guides</h2>${list(guides)}` : '',
    others.length > 0 ? `<h2>Other pages</h2>${list(others)}` : '',
  ].join('');
  const body =
    saved.length > 0
      ? `<p>This page isn't saved on this device, so it needs a connection. These pages are saved and open without one:</p>${sections}`
      : '<p>This page needs a connection, and nothing is saved on this device yet. Pages you read while online are saved as you go, and the guides page can save them all at once.</p>';
  const search = searchSaved
    ? '<p>Search works offline too.</p>'
    : '<p class="muted">Search works offline after you have searched once while online.</p>';
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>You're offline · Follow Through</title><style>${OFFLINE_STYLE}</style></head><body>` +
    '<header><a class="brand" href="/">Follow Through</a></header>' +
    `<main><h1>You're offline</h1>${body}${search}` +
    `<p><a href="${escape(requested)}">Try again</a> once you are back online.</p></main></body></html>`
  );
}
