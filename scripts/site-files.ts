import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir` whose name matches `name`, recursively, skipping
 * Pagefind's own folder: the build's pages and assets, as the post-build
 * steps and the checks over the build read them.
 */
export function siteFiles(dir: string, name: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') found.push(...siteFiles(full, name));
    } else if (name.test(entry.name)) found.push(full);
  }
  return found;
}

/** A page of the build: its file, relative to the output folder (`guides/x/index.html`), and its HTML. */
export interface PageText {
  sourcePath: string;
  content: string;
}

/** The page's URL path for its file in the build (`guides/x/index.html` → `/guides/x/`). */
export function pagePath(sourcePath: string): string {
  return `/${sourcePath}`.replace(/index\.html$/, '');
}

/**
 * The file Astro writes for the page it rendered at `urlPath`: `/x/` → `x/index.html`, but
 * its error pages `/404/` and `/500/` → `404.html` and `500.html`; undefined for any other
 * path (not named by a folder), whose file is not known in advance.
 */
export function builtPage(urlPath: string): string | undefined {
  if (!urlPath.endsWith('/')) return undefined;
  return /^\/(404|500)\/$/.test(urlPath) ? `${urlPath.slice(1, -1)}.html` : `${urlPath.slice(1)}index.html`;
}

/** Every page of the build in `dist`, in order of their files. */
export function readPages(dist: string): PageText[] {
  return siteFiles(dist, /\.html$/)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .sort()
    .map((sourcePath) => ({ sourcePath, content: readFileSync(join(dist, sourcePath), 'utf8') }));
}
