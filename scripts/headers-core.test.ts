import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  fileRules,
  headerPolicy,
  pageUrl,
  renderHeadersFile,
  renderNginxMaps,
  RESOURCE_POLICY,
  type BuiltFile,
} from './headers-core.ts';

const META =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  "script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self'";

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)] as const));

const FILES: BuiltFile[] = [
  { file: 'index.html', metaPolicy: META },
  { file: 'plan/index.html', metaPolicy: META.replace("'sha256-AAA='", "'sha256-AAA=' 'sha256-PLAN='") },
  { file: '404.html', metaPolicy: META },
  { file: '_astro/plans.BTbKhzpv.js', metaPolicy: null },
  { file: 'sw.js', metaPolicy: null },
  { file: 'manifest.webmanifest', metaPolicy: null },
  { file: 'pagefind/pagefind.js', metaPolicy: null },
  { file: 'pagefind/pagefind-entry.json', metaPolicy: null },
  { file: 'pagefind/pagefind.en_8fd2f188ae.pf_meta', metaPolicy: null },
  { file: 'pagefind/index/en_38ad9bb.pf_index', metaPolicy: null },
  { file: 'pagefind/fragment/en_391724c.pf_fragment', metaPolicy: null },
  { file: '_headers', metaPolicy: null },
];

describe('headerPolicy', () => {
  it('adds what a meta policy cannot carry and narrows base-uri and default-src', () => {
    const header = directives(headerPolicy(META));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'self'"]);
    expect(header.get('default-src')).toEqual(["'none'"]);
  });

  it('keeps every source the page needs, hashes included, and adds none', () => {
    const meta = directives(META);
    const header = directives(headerPolicy(META));
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='"]);
    for (const [name, sources] of header) {
      const allowed = meta.get(name) ?? [];
      expect(
        sources.filter((s) => s !== "'none'" && !allowed.includes(s)),
        name,
      ).toEqual([]);
    }
  });

  it('never widens a form-action the meta already narrowed', () => {
    expect(directives(headerPolicy("default-src 'self'; form-action 'none'")).get('form-action')).toEqual(["'none'"]);
  });
});

describe('cacheControl', () => {
  it('caches content-hashed files for a year and revalidates everything else', () => {
    expect(cacheControl('_astro/plans.BTbKhzpv.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('pagefind/index/en_38ad9bb.pf_index')).toContain('immutable');
    expect(cacheControl('pagefind/pagefind.en_8fd2f188ae.pf_meta')).toContain('immutable');
    for (const file of [
      'index.html',
      'sw.js',
      'manifest.webmanifest',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
    ]) {
      expect(cacheControl(file), file).toBe('no-cache');
    }
  });
});

describe('the rules', () => {
  it('gives each page its own policy at the URL it is requested at', () => {
    expect(pageUrl('plan/index.html')).toBe('/plan/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
    const plan = fileRules(FILES).find((rule) => rule.path === '/plan/');
    expect(plan?.csp).toContain("'sha256-PLAN='");
    expect(fileRules(FILES).find((rule) => rule.path === '/')?.csp).not.toContain("'sha256-PLAN='");
  });

  it('sets each header once per path: one wildcard for _astro/, one rule per other file, none for _headers', () => {
    const paths = fileRules(FILES).map((rule) => rule.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((path) => path.startsWith('/_astro/'))).toEqual(['/_astro/*']);
    expect(paths).not.toContain('/_headers');
    expect(fileRules(FILES).find((rule) => rule.path === '/sw.js')).toEqual({
      path: '/sw.js',
      csp: RESOURCE_POLICY,
      cache: 'no-cache',
    });
  });

  it('stops the build when a page has no CSP meta', () => {
    expect(() => fileRules([{ file: 'guides/x/index.html', metaPolicy: null }])).toThrow(/guides\/x\/index.html/);
  });
});

describe('rendering', () => {
  it('writes a _headers file with the common headers on /* and HSTS, since those hosts serve HTTPS', () => {
    const text = renderHeadersFile(FILES);
    expect(text).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n/m);
    expect(text).toContain('  Strict-Transport-Security: max-age=63072000; includeSubDomains');
    expect(text).toContain("/plan/\n  Content-Security-Policy: default-src 'none';");
    expect(text.match(/^\/\*$/gm)).toHaveLength(1);
  });

  it('writes nginx maps keyed by the file a URI ends on, with room for the longest key', () => {
    const text = renderNginxMaps([...FILES, { file: `guides/${'x'.repeat(120)}/index.html`, metaPolicy: META }]);
    expect(text).toContain('"/plan/index.html" "default-src \'none\';');
    expect(text).toContain('"/pagefind/index/en_38ad9bb.pf_index" "public, max-age=31536000, immutable";');
    expect(text).toContain('~^/_astro/ "public, max-age=31536000, immutable";');
    expect(text).toContain('map_hash_bucket_size 256;');
    expect(text).not.toContain('"/_headers"');
  });
});
