/** The site's name, used in titles, the header and Open Graph tags. */
export const SITE_NAME = 'Follow Through';

/** One-line promise, used on the home page and in the footer. */
export const SITE_TAGLINE = 'What to do after a job interview, and when.';

/** Main navigation, in the order it appears in the header. */
export const NAV_LINKS = [
  { href: '/guides/', label: 'Guides' },
  { href: '/plan/', label: 'Planner' },
  { href: '/search/', label: 'Search' },
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
