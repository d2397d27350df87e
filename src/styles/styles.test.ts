import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every stylesheet under src/, and every <style> block in a component, as [file, CSS]. */
function styles(folder = SRC): [string, string][] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return styles(path);
    const text = /\.(css|astro|tsx)$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
    const css = entry.name.endsWith('.css')
      ? [text]
      : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    return css.map((block): [string, string] => [relative(SRC, path), block]);
  });
}

describe('the site’s styles', () => {
  // Vite runs PostCSS on a stylesheet only for @import or url(): with neither, no build loads it.
  it('need no PostCSS: no @import (import each file from its layout) and no url()', () => {
    const found = styles();
    expect(found.map(([file]) => file)).toContain('styles/base.css');
    const offending = found.filter(([, css]) => /@import|\burl\(/.test(css)).map(([file]) => file);
    expect(offending).toEqual([]);
  });
});
