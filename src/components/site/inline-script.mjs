// An inline script as it goes into every page: its source file, minified. Shared by the
// component that writes it (ThemeInit.astro, AfterPaint.astro) and astro.config.mjs (which
// allows its hash in the CSP), so both always agree on the exact text.
//
// The minifier is Oxc's, through Rolldown (the bundler Vite already loads): it runs in
// this process. esbuild's transformSync started a worker thread and a child process of
// its own for each of the three processes that minify (about 0.1 s each, on the build's
// critical path, and a V8 heap more in the build's peak memory).
import { minifySync } from 'rolldown/utils';

/** Minified texts by source: a layout asks on every page it renders. */
const minified = new Map();

/**
 * An inline script's source, minified.
 * @param {string} source
 * @returns {string}
 */
export function minifyInlineScript(source) {
  let text = minified.get(source);
  if (text === undefined) {
    const { code, errors } = minifySync('inline.js', source, { compress: true, mangle: true });
    if (errors.length > 0) throw new Error(`inline script: ${errors.map((error) => error.message).join('; ')}`);
    text = code.trim();
    minified.set(source, text);
  }
  return text;
}
