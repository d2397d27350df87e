/**
 * Pagefind writes several UI bundles next to its search API (pagefind-ui.js,
 * pagefind-component-ui.js, …, a few hundred kB together). A site usually uses
 * one or none; precaching the rest would only cost visitors bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { siteFiles } from './site-files.ts';

/** Pagefind's optional UI files: everything but the API, its worker, the wasm and the index. */
const UI_BUNDLE = /^pagefind-[\w-]*ui\.(js|css)$|^pagefind-highlight\.js$/;

/** Glob patterns (relative to dist) for Pagefind UI bundles that no built HTML, JS or CSS mentions. */
export function unusedPagefindBundles(dist: string): string[] {
  const pagefindDir = join(dist, 'pagefind');
  if (!existsSync(pagefindDir)) return [];
  const bundles = readdirSync(pagefindDir).filter((name) => UI_BUNDLE.test(name));
  const text = siteText(dist);
  return bundles.filter((name) => !text.includes(name)).map((name) => `pagefind/${name}`);
}

/** All HTML, JS and CSS the site itself ships (not Pagefind's own files), as one string to search. */
function siteText(dist: string): string {
  return siteFiles(dist, /\.(html|js|css)$/)
    .filter((file) => !file.endsWith(`${sep}sw.js`))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
