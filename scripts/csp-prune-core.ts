import { createHash } from 'node:crypto';

/** A page's CSP <meta>, with its policy as the first group. */
export const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The CSP source (`'sha256-…'`) for one inline element's text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Texts of the inline (no src) <script> or <style> elements in a page. */
export function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(re)].filter((m) => !/\ssrc=/.test(m[1] ?? '')).map((m) => m[2] ?? '');
}

/**
 * Returns the page with its CSP meta keeping only the hashes of inline scripts
 * and styles that are actually in it; every other source is left as it was.
 */
export function pruneCsp(html: string): string {
  const match = CSP_META.exec(html);
  if (!match?.[1]) return html;
  const used = {
    'script-src': new Set(inlineTexts(html, 'script').map(cspHash)),
    'style-src': new Set(inlineTexts(html, 'style').map(cspHash)),
  };
  const policy = match[1]
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      const keep = sources.filter((s) => !s.startsWith("'sha256-") || used[name].has(s));
      return [name, ...keep].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
