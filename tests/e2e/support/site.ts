import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = new URL('../../../dist/', import.meta.url).pathname;

/**
 * Every page in the production build, as a URL path ("/", "/guides/checking-in/",
 * "/404.html"), so a new page is covered by the site-wide tests without listing it.
 */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(DIST, full).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(DIST);
  if (pages.length === 0) throw new Error('No built pages found in dist/: run `npm run build` first.');
  return pages.sort();
}

/** The build folder, for tests that read files directly. */
export const distDir = DIST;
