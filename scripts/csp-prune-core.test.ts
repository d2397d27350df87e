import { describe, expect, it } from 'vitest';
import { cspHash, pruneCsp } from './csp-prune-core.ts';

const theme = 'document.documentElement.dataset.theme="dark"';
const island = 'customElements.define("astro-island",class{})';
const css = 'astro-island{display:contents}';

function page(policy: string, body: string): string {
  return `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

describe('pruneCsp', () => {
  it('keeps the hash of an inline script on the page and drops one that is not there', () => {
    const html = page(
      `default-src 'self'; script-src 'self' ${cspHash(theme)} ${cspHash(island)}`,
      `<script>${theme}</script>`,
    );
    const out = pruneCsp(html);
    expect(out).toContain(cspHash(theme));
    expect(out).not.toContain(cspHash(island));
    expect(out).toContain("default-src 'self'");
    expect(out).toContain("script-src 'self'");
  });

  it('ignores external scripts when deciding which hashes are used', () => {
    const html = page(`script-src 'self' ${cspHash('')}`, '<script type="module" src="/a.js"></script>');
    expect(pruneCsp(html)).not.toContain(cspHash(''));
  });

  it('keeps style hashes for inline styles that are present', () => {
    const html = page(`style-src 'self' ${cspHash(css)} ${cspHash('p{}')}`, `<style>${css}</style>`);
    const out = pruneCsp(html);
    expect(out).toContain(cspHash(css));
    expect(out).not.toContain(cspHash('p{}'));
  });

  it('leaves keywords such as wasm-unsafe-eval alone', () => {
    const html = page(`script-src 'self' 'wasm-unsafe-eval' ${cspHash(island)}`, '');
    expect(pruneCsp(html)).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('returns a page without a CSP meta unchanged', () => {
    expect(pruneCsp('<p>hi</p>')).toBe('<p>hi</p>');
  });
});
