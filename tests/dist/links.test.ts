import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, DIST, readBuiltPages } from './support/built-site';

const SITE = 'https://followthrough.example';
const pages = readBuiltPages();
const idsByPath = new Map(pages.map((p) => [p.path, new Set(attributeValues(p.html, 'id'))]));

/** Where an internal URL path lands in dist/, or undefined if nothing is there. */
function resolveFile(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  return candidates.map((c) => join(DIST, c)).find((f) => existsSync(f));
}

describe('internal links in the built site', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(2);
  });

  for (const page of pages) {
    it(`every internal link and #fragment on ${page.path} resolves`, () => {
      const broken: string[] = [];
      for (const href of attributeValues(page.html, 'href')) {
        if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
        const url = new URL(href, `${SITE}${page.path}`);
        if (url.origin !== SITE) continue;
        if (!resolveFile(url.pathname)) {
          broken.push(`${href} (no page at ${url.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsByPath.get(url.pathname)?.has(fragment)) broken.push(`${href} (no #${fragment} there)`);
      }
      expect(broken).toEqual([]);
    });
  }
});
