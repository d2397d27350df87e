import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineTexts } from '../../scripts/csp-prune-core.ts';
import { pageUrl } from '../../scripts/headers-core.ts';
import { DIST } from './support/built-site.ts';

/** The rules of a `_headers` file: path pattern → header name (lower case) → value. */
function parseHeadersFile(text: string): Array<{ path: string; headers: Map<string, string> }> {
  const rules: Array<{ path: string; headers: Map<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ path: line.trim(), headers: new Map() });
    else {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)?.headers.set(name!.toLowerCase(), value.join(': '));
    }
  }
  return rules;
}

/** Netlify and Cloudflare Pages matching: exact, or a trailing `*` matching the rest. */
const matches = (pattern: string, url: string) =>
  pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : pattern === url;

const built = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((file) => file !== '_headers');
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

describe('dist/_headers', () => {
  it('sets Content-Security-Policy and Cache-Control exactly once for every file of the build', () => {
    for (const file of built) {
      const url = file.endsWith('.html') ? pageUrl(file) : `/${file}`;
      const matching = rules.filter((rule) => matches(rule.path, url));
      for (const header of ['content-security-policy', 'cache-control', 'x-content-type-options']) {
        expect(matching.filter((rule) => rule.headers.has(header)).length, `${header} for ${url}`).toBe(1);
      }
    }
  });

  it("allows every page's own inline scripts and styles by hash, and forbids framing", () => {
    for (const file of built.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const csp = rules.find((rule) => rule.path === pageUrl(file))?.headers.get('content-security-policy') ?? '';
      expect(csp, file).toContain("frame-ancestors 'none'");
      for (const text of inlineTexts(html, 'script')) expect(csp, file).toContain(cspHash(text));
      for (const text of inlineTexts(html, 'style')) expect(csp, file).toContain(cspHash(text));
    }
  });

  it('caches only content-hashed files as immutable', () => {
    for (const rule of rules.filter((r) => r.headers.get('cache-control')?.includes('immutable'))) {
      expect(rule.path, rule.path).toMatch(/^\/(_astro\/\*|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/);
    }
    const sw = rules.find((rule) => rule.path === '/sw.js');
    expect(sw?.headers.get('cache-control')).toBe('no-cache');
  });
});
