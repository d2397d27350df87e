/**
 * The HTTP headers the site is served with, decided from the build itself so
 * they never drift from it: one Content-Security-Policy per page (its own
 * script and style hashes, taken from the page's CSP <meta>), a locked-down
 * policy for every other file, cache lifetimes by whether a file name carries
 * a content hash, and the security headers every response gets. Rendered for
 * the static hosts that read a `_headers` file (Netlify, Cloudflare Pages) and
 * as nginx `map`s for deploy/nginx/follow-through.conf.
 */

/** One file of the build: its path under dist/ ("plan/index.html") and, for a page, its meta CSP. */
export interface BuiltFile {
  /** Path relative to dist/, with forward slashes. */
  file: string;
  /** The policy in the page's CSP <meta> (null for anything that is not a page). */
  metaPolicy: string | null;
}

/** HSTS for HTTPS deployments: two years, subdomains included (no preload: that is the owner's choice). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Browser features the site never uses, denied to it and to anything it could
 * ever embed. Copying drafts writes to the clipboard, so that stays allowed for
 * the site itself (as does Web Share, left at its default of the site only).
 * Only features Chromium recognises are named: an unknown one (Chromium 156
 * knows neither `bluetooth` nor, on Linux, `web-share`) is an error on every page.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'gamepad=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers every response carries, whatever it is. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * The policy for everything that is not a page. Such a file is only ever a
 * document when opened directly (an SVG) or a worker (the service worker and
 * Pagefind's): workers may load their own scripts, compile Pagefind's
 * WebAssembly and fetch from the site, and nothing else.
 */
export const RESOURCE_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Directives the header sets whatever the meta says: what a meta policy cannot carry, and the tightest base and form rules. */
const HEADER_ONLY: ReadonlyArray<[string, string]> = [
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * A page's header policy from its meta policy: the same sources for every
 * fetch the page makes, but `default-src 'none'` (anything the meta left to
 * its default is now refused), no <base>, forms only to the site, and no
 * framing at all. Never looser than the meta: every directive either stays or
 * narrows.
 */
export function headerPolicy(metaPolicy: string): string {
  const directives = new Map<string, string[]>();
  for (const part of metaPolicy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  directives.set('default-src', ["'none'"]);
  for (const [name, source] of HEADER_ONLY) {
    if (directives.get(name)?.join(' ') !== "'none'") directives.set(name, [source]);
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** A year, the longest lifetime worth asking for. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Always revalidate (an unchanged file costs a 304, never a stale page). */
const REVALIDATE = 'no-cache';

/**
 * Files whose names change with their content: Astro's `_astro/` assets and
 * Pagefind's index chunks, fragments, filters and metadata file. Everything
 * else (pages, `sw.js`, the manifest, Pagefind's entry files, icons) keeps its
 * name across deploys and must be revalidated.
 */
export function isHashed(file: string): boolean {
  return (
    /^_astro\//.test(file) ||
    /^pagefind\/(index|fragment|filter)\//.test(file) ||
    /^pagefind\/[^/]+\.pf_meta$/.test(file)
  );
}

/** The Cache-Control value for one built file. */
export function cacheControl(file: string): string {
  return isHashed(file) ? IMMUTABLE : REVALIDATE;
}

/** The URL a page is requested at ("plan/index.html" → "/plan/"; "404.html" → "/404.html"). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The files a visitor can request, in a stable order; a page without a CSP <meta> stops the build. */
function served(files: readonly BuiltFile[]): BuiltFile[] {
  for (const { file, metaPolicy } of files) {
    if (file.endsWith('.html') && !metaPolicy) throw new Error(`${file} has no CSP <meta>; every page needs one.`);
  }
  return files.filter(({ file }) => file !== '_headers').sort((a, b) => a.file.localeCompare(b.file));
}

/** What one rule of the headers says: the CSP and the caching for one path. */
export interface FileRule {
  /** The path the rule matches (`/_astro/*` for the whole hashed-asset folder). */
  path: string;
  /** Content-Security-Policy value. */
  csp: string;
  /** Cache-Control value. */
  cache: string;
}

/**
 * One rule per URL, and never two rules that set the same header for one
 * path: hosts disagree on what two matching rules do (Netlify keeps the last,
 * Cloudflare joins them with a comma, which for CSP means both policies).
 * The `_astro/` folder, all hashed, is one wildcard rule; every other file
 * has a rule of its own.
 */
export function fileRules(files: readonly BuiltFile[]): FileRule[] {
  // The planner's holiday tables (one small JSON file per region, hundreds of them) share one rule.
  const rules: FileRule[] = [
    { path: '/_astro/*', csp: RESOURCE_POLICY, cache: IMMUTABLE },
    { path: '/holidays/*', csp: RESOURCE_POLICY, cache: cacheControl('holidays/regions.json') },
  ];
  for (const { file, metaPolicy } of served(files)) {
    if (file.startsWith('_astro/') || file.startsWith('holidays/')) continue;
    rules.push({
      path: file.endsWith('.html') ? pageUrl(file) : `/${file}`,
      csp: metaPolicy ? headerPolicy(metaPolicy) : RESOURCE_POLICY,
      cache: cacheControl(file),
    });
  }
  return rules;
}

/**
 * The `_headers` file Netlify and Cloudflare Pages read: the common headers
 * (and HSTS: both hosts serve HTTPS only) for every path, then one rule per
 * file with its CSP and caching.
 */
export function renderHeadersFile(files: readonly BuiltFile[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    '# Generated by scripts/write-headers.ts from the build: do not edit.',
    block('/*', { ...COMMON_HEADERS, 'Strict-Transport-Security': HSTS }),
    ...fileRules(files).map((rule) =>
      block(rule.path, { 'Content-Security-Policy': rule.csp, 'Cache-Control': rule.cache }),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** An nginx string literal. */
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * nginx maps from the request's final URI (after `index` has turned `/plan/`
 * into `/plan/index.html`, or `error_page` a miss into `/404.html`) to the
 * CSP (`$ft_csp`) and Cache-Control (`$ft_cache`) for that file. A URI the
 * build does not have gets the resource policy and revalidation.
 */
export function renderNginxMaps(files: readonly BuiltFile[]): string {
  const csp: Array<[string, string]> = [];
  const cache: Array<[string, string]> = [];
  for (const { file, metaPolicy } of served(files)) {
    if (metaPolicy) csp.push([`/${file}`, headerPolicy(metaPolicy)]);
    if (isHashed(file) && !file.startsWith('_astro/')) cache.push([`/${file}`, IMMUTABLE]);
  }
  const longest = Math.max(...[...csp, ...cache].map(([key]) => key.length));
  const entries = (list: Array<[string, string]>) => list.map(([key, value]) => `    ${quote(key)} ${quote(value)};`);
  return [
    '# Generated by scripts/write-headers.ts from the build: do not edit.',
    '# Room for the longest file name below (nginx refuses to start when a key does not fit).',
    `map_hash_bucket_size ${bucketSize(longest)};`,
    '',
    'map $uri $ft_csp {',
    `    default ${quote(RESOURCE_POLICY)};`,
    ...entries(csp),
    '}',
    '',
    'map $uri $ft_cache {',
    `    default ${quote(REVALIDATE)};`,
    '    # Like /_astro/* in _headers: Astro names every file there by its content.',
    `    ~^/_astro/ ${quote(IMMUTABLE)};`,
    ...entries(cache),
    '}',
    '',
  ].join('\n');
}

/** A power of two that holds a key of this length and nginx's per-entry overhead. */
function bucketSize(longestKey: number): number {
  let size = 64;
  while (size < longestKey + 32) size *= 2;
  return size;
}
