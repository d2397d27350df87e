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
import { join } from 'node:path';
import { cspHash, inlineTexts, pruneCsp } from './csp-prune-core.ts';
import { nameFinder, purgeCss } from './css-purge-core.ts';
import { collectPageAssets, type AssetReader } from './page-assets.ts';
import { islandLaterParts, withPrefetchLinks } from './island-prefetch.ts';
import { pagePath, readPages, type PageText } from './site-files.ts';

/** What finishing one page changed, in bytes and links. */
interface PageTally {
  cssBefore: number;
  cssAfter: number;
  hashBytes: number;
  prefetched: number;
}

/**
 * Finishes pages of the build in `dist` (see above). `ahead` finishes a page as soon as
 * Astro has rendered it (`sourcePath` is the file it writes), while it renders the others
 * (finish-build.ts sends them); once Astro is done, `writeAll` writes every page finished
 * (`pages`, as read by `readPages`, else read now): the one finished ahead when Astro wrote
 * exactly the HTML it was given, else finishing it then.
 */
export function pageFinisher(dist: string): {
  ahead: (sourcePath: string, html: string) => void;
  writeAll: (pages?: PageText[]) => Promise<string>;
} {
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
  const finished = new Map<string, { html: string; tally: PageTally }>();
  const key = (sourcePath: string, html: string): string => `${sourcePath}\0${html}`;

  const finish = (source: string, path: string): { html: string; tally: PageTally } => {
    const tally: PageTally = { cssBefore: 0, cssAfter: 0, hashBytes: 0, prefetched: 0 };
    let html = source;
    const assets = collectPageAssets(html, path, read);
    const scripts = [...assets.js, ...assets.lazyJs].map((script) => read(script) ?? '');
    const appears = nameFinder([html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ''), ...scripts].join('\n'));
    for (const style of inlineTexts(html, 'style')) {
      const purged = purgeCss(style, appears);
      tally.cssBefore += style.length;
      tally.cssAfter += purged.length;
      if (purged !== style) html = html.replace(style, purged).replace(cspHash(style), cspHash(purged));
    }
    const later = islandLaterParts(html, path, read);
    tally.prefetched = later.length;
    html = withPrefetchLinks(html, later);
    const pruned = pruneCsp(html);
    tally.hashBytes = html.length - pruned.length;
    return { html: pruned, tally };
  };

  return {
    ahead: (sourcePath, html) => {
      finished.set(key(sourcePath, html), finish(html, pagePath(sourcePath)));
    },
    writeAll: async (pages = readPages(dist)) => {
      const sum: PageTally = { cssBefore: 0, cssAfter: 0, hashBytes: 0, prefetched: 0 };
      let early = 0;
      for (const { sourcePath, content: source } of pages) {
        const ready = finished.get(key(sourcePath, source));
        if (ready) early += 1;
        const page = ready ?? finish(source, pagePath(sourcePath));
        for (const name of Object.keys(sum) as (keyof PageTally)[]) sum[name] += page.tally[name];
        if (page.html !== source) writeFileSync(join(dist, sourcePath), page.html);
        // Lets messages this process is sending meanwhile (pages going to Pagefind) flow.
        if (!ready) await new Promise((resolve) => setImmediate(resolve));
      }
      return (
        `finish-pages: ${pages.length} pages (${early} finished while Astro rendered the rest); inline CSS ` +
        `${sum.cssBefore} → ${sum.cssAfter} bytes; ${sum.hashBytes} bytes of unused CSP hashes dropped; ` +
        `${sum.prefetched} later parts of islands prefetched.`
      );
    },
  };
}

/** Finishes every page of the build in `dist` (see above); resolves to what it did, in a line. */
export function finishPages(dist: string): Promise<string> {
  return pageFinisher(dist).writeAll();
}

if (import.meta.main) console.log(await finishPages(process.argv[2] ?? 'dist'));
