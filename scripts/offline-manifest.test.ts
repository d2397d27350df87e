import { describe, expect, it } from 'vitest';
import { describeSize, fillOfflineSize, offlineManifest, SIZE_PLACEHOLDER } from './offline-manifest.ts';
import { pageAssets } from './page-assets.ts';

const assets = pageAssets;

describe('offlineManifest', () => {
  const files = [
    '/index.html',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-ui.js',
    '/pagefind/pagefind-component-ui.css',
    '/pagefind/pagefind-highlight.js',
    '/pagefind/wasm.en.pagefind',
    '/pagefind/wasm.unknown.pagefind',
    '/pagefind/index/en_1.pf_index',
    '/pagefind/fragment/en_2.pf_fragment',
  ];
  const code: Record<string, string> = {
    '/_astro/site.js': 'import("./search-ui.js")',
    '/_astro/search-ui.js': 'const s="/_astro/search.abc.css";',
  };

  it("lists each page's styles, scripts and lazily loaded parts, with the stylesheets those scripts add", () => {
    const pages = [
      {
        path: '/guides/a/',
        assets: assets({ css: ['/_astro/base.css'], js: ['/_astro/site.js'], lazyJs: ['/_astro/search-ui.js'] }),
      },
    ];
    const manifest = offlineManifest(pages, files, (path) => code[path]);
    expect(manifest.pages['/guides/a/']).toEqual([
      '/_astro/base.css',
      '/_astro/search-ui.js',
      '/_astro/search.abc.css',
      '/_astro/site.js',
    ]);
  });

  it("lists Pagefind's library, wasm and index for search, without its UI bundles or the wasm for pages with no language", () => {
    expect(offlineManifest([], files, () => undefined).search).toEqual([
      '/pagefind/fragment/en_2.pf_fragment',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
    ]);
  });
});

describe('the size of saving every guide', () => {
  it('is rounded as a reader would say it', () => {
    expect(describeSize(231_400)).toBe('(≈ 230 kB)');
    expect(describeSize(48_000)).toBe('(≈ 50 kB)');
    expect(describeSize(1_200)).toBe('(≈ 5 kB)');
  });

  it('is written into every placeholder of a page', () => {
    const html = `<button>Save ${SIZE_PLACEHOLDER}</button><p>${SIZE_PLACEHOLDER}</p>`;
    expect(fillOfflineSize(html, 231_400)).toBe(
      '<button>Save <span data-offline-size>(≈ 230 kB)</span></button><p><span data-offline-size>(≈ 230 kB)</span></p>',
    );
  });
});
