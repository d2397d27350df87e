/**
 * Post-build, one pass over every page:
 * 1. drops the CSS rules the page cannot use (css-purge-core.ts), so a page
 *    carries only the styles it can show, and puts the new style's hash in
 *    its CSP;
 * 2. drops from its CSP <meta> the script and style hashes it does not use
 *    (csp-prune-core.ts): Astro lists on every page each inline script any
 *    page might carry; a guide needs only the theme script's hash;
 * 3. gives a page with an island a prefetch link for each part the island
 *    loads later (island-prefetch.ts): fetched when the page is done, run
 *    only when needed.
 *
 * Runs as part of `astro build` (finish-build.ts); on its own:
 * node scripts/finish-pages.ts [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { cspHash, inlineTexts, pruneCsp } from './csp-prune-core.ts';
import { nameFinder, purgeCss } from './css-purge-core.ts';
import { collectPageAssets, type AssetReader } from './page-assets.ts';
import { islandLaterParts, withPrefetchLinks } from './island-prefetch.ts';
import { siteFiles } from './site-files.ts';

/**
 * Finishes every page of the build in `dist` (see above); resolves to what it did, in a line.
 * It lets the event loop run between pages, so that messages this process is sending
 * meanwhile (the pages going to Pagefind, finish-build.ts) keep flowing.
 */
export async function finishPages(dist: string): Promise<string> {
  const files = new Map<string, string | undefined>();
  const read: AssetReader = (path) => {
    if (!files.has(path)) {
      try {
        files.set(path, readFileSync(`${dist}${decodeURIComponent(path)}`, 'utf8'));
      } catch {
        files.set(path, undefined);
      }
    }
    return files.get(path);
  };

  let cssBefore = 0;
  let cssAfter = 0;
  let hashBytes = 0;
  let prefetched = 0;
  const pages = siteFiles(dist, /\.html$/);
  for (const file of pages) {
    const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    let html = readFileSync(file, 'utf8');
    const assets = collectPageAssets(html, path, read);
    const scripts = [...assets.js, ...assets.lazyJs].map((script) => read(script) ?? '');
    const appears = nameFinder([html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ''), ...scripts].join('\n'));
    for (const style of inlineTexts(html, 'style')) {
      const purged = purgeCss(style, appears);
      cssBefore += style.length;
      cssAfter += purged.length;
      if (purged !== style) html = html.replace(style, purged).replace(cspHash(style), cspHash(purged));
    }
    const later = islandLaterParts(html, path, read);
    prefetched += later.length;
    html = withPrefetchLinks(html, later);
    const pruned = pruneCsp(html);
    hashBytes += html.length - pruned.length;
    writeFileSync(file, pruned);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return `finish-pages: ${pages.length} pages; inline CSS ${cssBefore} → ${cssAfter} bytes; ${hashBytes} bytes of unused CSP hashes dropped; ${prefetched} later parts of islands prefetched.`;
}

if (import.meta.main) console.log(await finishPages(process.argv[2] ?? 'dist'));
