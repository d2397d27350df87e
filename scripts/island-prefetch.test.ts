import { describe, expect, it } from 'vitest';
import { islandLaterParts, withPrefetchLinks } from './island-prefetch.ts';

const FILES: Record<string, string> = {
  '/_astro/App.js': 'import{a}from"./shared.js";const V=()=>import("./View.js");',
  '/_astro/shared.js': 'export const a=1;',
  '/_astro/View.js': 'import{a}from"./shared.js";import{w}from"./wording.js";const D=()=>import("./Drafts.js");',
  '/_astro/wording.js': 'export const w=1;',
  '/_astro/Drafts.js': 'export default 1;',
  '/_astro/client.js': 'export default 1;',
  '/_astro/layout.js': 'const s=()=>import("/pagefind/pagefind.js");',
  '/pagefind/pagefind.js': '',
};
const read = (path: string) => FILES[path];
const page =
  '<html><head><title>t</title></head><body>' +
  '<astro-island component-url="/_astro/App.js" renderer-url="/_astro/client.js"></astro-island>' +
  '<script type="module" src="/_astro/layout.js"></script></body></html>';

describe('prefetching what an island loads later', () => {
  it("lists the island's lazy chunks and their imports, not what the page loads at once, nor search", () => {
    expect(islandLaterParts(page, '/plan/', read).sort()).toEqual([
      '/_astro/Drafts.js',
      '/_astro/View.js',
      '/_astro/wording.js',
    ]);
  });

  it('lists nothing for a page without islands', () => {
    expect(islandLaterParts('<html><head></head><body></body></html>', '/', read)).toEqual([]);
  });

  it('keeps one prefetch link per file in a template at the end of <head>, once', () => {
    const once = withPrefetchLinks(page, ['/_astro/View.js']);
    expect(once).toContain('<template id="later-parts"><link rel="prefetch" href="/_astro/View.js"></template></head>');
    expect(withPrefetchLinks(once, ['/_astro/View.js'])).toBe(once);
    expect(withPrefetchLinks(once, ['/_astro/Drafts.js'])).toContain(
      '<template id="later-parts"><link rel="prefetch" href="/_astro/Drafts.js"><link rel="prefetch" href="/_astro/View.js"></template>',
    );
    expect(withPrefetchLinks(page, [])).toBe(page);
  });
});
