/** The site's name, used in titles, the header and Open Graph tags. */
export const SITE_NAME = 'Follow Through';

/** One-line promise, used on the home page and in the footer. */
export const SITE_TAGLINE = 'What to do after a job interview, and when.';

/** The search page, which the header's search control links to (and opens as a dialog with JS). */
export const SEARCH_HREF = '/search/';

/** Main navigation, in order; the header shows search as its own control. */
export const NAV_LINKS = [
  { href: '/guides/', label: 'Guides' },
  { href: '/plan/', label: 'Planner' },
  { href: SEARCH_HREF, label: 'Search' },
] as const;

/** A page's <title>: its own title, then the site name (the home page is just the name). */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`;
}

/** True when `pathname` is inside the section that `href` links to (for aria-current). */
export function isCurrentSection(pathname: string, href: string): boolean {
  const normal = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return normal === href || normal.startsWith(href);
}
