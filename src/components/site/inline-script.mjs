// An inline script as it goes into every page: its source file, minified. Shared by the
// component that writes it (ThemeInit.astro, AfterPaint.astro) and astro.config.mjs (which
// allows its hash in the CSP), so both always agree on the exact text.
import { transformSync } from 'esbuild';

/**
 * An inline script's source, minified.
 * @param {string} source
 * @returns {string}
 */
export function minifyInlineScript(source) {
  return transformSync(source, { minify: true, legalComments: 'none' }).code.trim();
}
