// The theme script as it goes inline into every page: theme-init.js, minified. Shared by
// ThemeInit.astro (which writes it) and astro.config.mjs (which allows its hash in the CSP),
// so both always agree on the exact text.
import { transformSync } from 'esbuild';

/**
 * theme-init.js's source, minified.
 * @param {string} source
 * @returns {string}
 */
export function minifyThemeScript(source) {
  return transformSync(source, { minify: true, legalComments: 'none' }).code.trim();
}
