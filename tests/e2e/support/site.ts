import { DIST, readBuiltPages } from '../../dist/support/built-site';

/**
 * Every page in the production build, as a URL path ("/", "/guides/checking-in/",
 * "/404.html"), so a new page is covered by the site-wide tests without listing it.
 */
export function builtPages(): string[] {
  const pages = readBuiltPages().map((page) => page.path);
  if (pages.length === 0) throw new Error('No built pages found in dist/: run `npm run build` first.');
  return pages;
}

/** The build folder, for tests that read files directly. */
export const distDir = DIST;
