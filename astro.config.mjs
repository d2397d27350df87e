// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';
import { generateHydrationScript } from 'solid-js/web';
import { minifyInlineScript } from './src/components/site/inline-script.mjs';
import { holidayFilesIntegration } from './src/lib/holidays/integration.ts';
import { solidCache } from './src/lib/build/solid-cache.ts';
import { narrowHooks } from './src/lib/build/narrow-hooks.ts';
import { quietLogs } from './src/lib/build/quiet-logs.ts';
import { unwrapCalls } from './src/lib/build/unwrap-calls.ts';
import { finishBuild } from './scripts/finish-build.ts';

/** sha256 CSP source for an inline script's text. */
const hashOf = (/** @type {string} */ text) =>
  /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);

// Solid's renderer inlines this hydration bootstrap on pages with islands; Astro
// does not know its text, so its hash is added by hand (the script is stable per
// solid-js version, and the CSP e2e test fails if it ever drifts).
const solidHydration = generateHydrationScript().replace(/^<script>|<\/script>.*$/gs, '');
/** An inline script's text as its component writes it (minified source). */
const inlineScript = (/** @type {string} */ path) =>
  minifyInlineScript(readFileSync(new URL(path, import.meta.url), 'utf8'));
// The theme is applied by a tiny inline script in <head> before first paint; another
// moves the site-wide module and the manifest link into the page after it (AfterPaint.astro).
const themeScript = inlineScript('./src/components/theme/theme-init.js');
const afterPaintScript = inlineScript('./src/components/site/after-paint.js');

/**
 * Vite wraps every dynamic `import()` in its preload helper (~0.9 kB gz, a chunk
 * of its own) to fetch the imported chunk's own imports alongside it. On this
 * site that is more than it saves: the lazy chunks (search, the plan screen,
 * home's "next up") are small and mostly import what their page has loaded
 * already, while the helper would be one more file on the pages that load the
 * least (vitejs/vite#13952). So this swaps the helper's import for a one-line
 * local function under the same name, and drops the preload tables: each lazy
 * chunk's imports load when it does.
 * @returns {import('vite').Plugin}
 */
function dropPreloadHelper() {
  return {
    name: 'follow-through:drop-preload-helper',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const helper = chunks.find((chunk) => chunk.moduleIds.some((id) => id.includes('vite/preload-helper')));
        if (!helper) return;
        const name = helper.fileName.split('/').pop()?.replace(/[.$]/g, '\\$&');
        const importRe = new RegExp(`import\\{(\\w+) as ([\\w$]+)\\}from"\\./${name}";`);
        for (const chunk of chunks) {
          const match = chunk.imports.includes(helper.fileName) && chunk.code.match(importRe);
          if (!match) continue;
          chunk.code = unwrapCalls(
            chunk.code
              .replace(match[0], `const ${match[2]}=(f)=>f();`)
              .replace(/^const __vite__mapDeps=.*\n/m, '')
              .replace(/,__vite__mapDeps\(\[[\d,]*\]\)/g, ''),
            /** @type {string} */ (match[2]),
          );
          if (chunk.code.includes('__vite__mapDeps')) throw new Error(`${chunk.fileName}: a preload table is left`);
          chunk.imports = chunk.imports.filter((file) => file !== helper.fileName);
        }
        if (!chunks.some((chunk) => chunk.imports.includes(helper.fileName))) delete bundle[helper.fileName];
      },
    },
  };
}

/**
 * The config, typed as defineConfig would (it returns its argument): importing it from
 * astro/config loads that entrypoint's every export, SVGO and the font providers among them
 * (about 45 ms at the start of every build, for features this site does not use).
 * @type {import('astro').AstroUserConfig}
 */
const config = {
  site: 'https://followthrough.example',
  trailingSlash: 'always',
  output: 'static',
  // finishBuild goes last: it finishes the pages, indexes them and writes the worker and headers.
  integrations: [mdx(), solid(), sitemap(), holidayFilesIntegration(), finishBuild()],
  markdown: {
    syntaxHighlight: false,
  },
  build: {
    // Each page's styles go inline: its first response is all it needs to render, with no
    // second round trip for a stylesheet, and it carries only the CSS its page type uses.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [
      dropPreloadHelper(),
      solidCache(fileURLToPath(new URL('.', import.meta.url))),
      narrowHooks(fileURLToPath(new URL('./src/', import.meta.url))),
    ],
    resolve: {
      // Solid islands start without solid-js/store: see src/components/solid-island-client.ts.
      alias: [
        {
          find: /^@astrojs\/solid-js\/client\.js$/,
          replacement: fileURLToPath(new URL('./src/components/solid-island-client.ts', import.meta.url)),
        },
      ],
    },
    build: {
      // Less one warning per guide about Astro's own marker (withastro/astro#18087).
      rolldownOptions: { onLog: quietLogs },
      // Vite gzips every chunk of both builds to report its size, a report Astro never
      // prints: about 0.1 s of every build.
      reportCompressedSize: false,
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles WebAssembly. It does so in a worker, which this page's
        // policy does not reach, but falls back to the main thread when the worker
        // fails or is slow to start: that needs 'wasm-unsafe-eval' (not 'unsafe-eval').
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [hashOf(solidHydration), hashOf(themeScript), hashOf(afterPaintScript)],
      },
    },
  },
};

export default config;
