/**
 * Turns what a page loads (scripts/page-assets.ts) into gzipped byte counts, and prints
 * them as a table. The total is what the wire carries: the HTML gzipped as one
 * document (inline scripts and styles included), plus each referenced file
 * gzipped on its own, each counted once. The html / css / js columns split
 * that total: inline styles count as CSS and inline scripts as JS (each group
 * gzipped together, as they travel in one stream), the rest of the document as HTML.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectPageAssets, type AssetReader, type PageAssets } from '../../../scripts/page-assets.ts';

/** Bytes after gzip at the default level (what a typical static host serves). */
export function gzipSize(content: string): number {
  return content.length === 0 ? 0 : gzipSync(content).length;
}

/** Reads assets out of a build folder by URL path, caching each file. */
export function distReader(dist: string): AssetReader {
  const cache = new Map<string, string | undefined>();
  return (urlPath) => {
    if (!cache.has(urlPath)) {
      const file = join(dist, decodeURIComponent(urlPath));
      cache.set(urlPath, existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined);
    }
    return cache.get(urlPath);
  };
}

/** One script a page runs, by identity (file path or hash of inline text) and gzipped size. */
export interface ScriptCost {
  /** "/_astro/x.js" for files, "inline:<hash>" for inline scripts. */
  key: string;
  /** Gzipped bytes. */
  gz: number;
}

/** What a page costs on first visit, in gzipped bytes. */
export interface PageCost {
  /** URL path of the page. */
  path: string;
  /** The HTML document, less what its inline scripts and styles account for. */
  html: number;
  /** Stylesheets plus inline styles. */
  css: number;
  /** Scripts (files, their static imports, inline scripts). */
  js: number;
  /** html + css + js: the gzipped document plus every file it loads. */
  total: number;
  /** Modules reachable only through dynamic import(): loaded later, not counted in total. */
  lazyJs: number;
  /** Each script, gzipped on its own, so a test can tell site-wide scripts from a page's own. */
  scripts: ScriptCost[];
  /** What the page references, as found. */
  assets: PageAssets;
}

/** Measures one built page against the files in `read`. */
export function measurePage(path: string, html: string, read: AssetReader): PageCost {
  const assets = collectPageAssets(html, path, read);
  const fileGz = (file: string): number => gzipSize(read(file) ?? '');
  const scripts: ScriptCost[] = [
    ...assets.js.map((file) => ({ key: file, gz: fileGz(file) })),
    ...assets.inlineScripts.map((code) => ({ key: `inline:${hashOf(code)}`, gz: gzipSize(code) })),
  ];
  const documentGz = gzipSize(html);
  const inlineCss = gzipSize(assets.inlineStyles.join('\n'));
  const inlineJs = gzipSize(assets.inlineScripts.join('\n'));
  const css = sum(assets.css.map(fileGz)) + inlineCss;
  const js = sum(assets.js.map(fileGz)) + inlineJs;
  const htmlOnly = Math.max(0, documentGz - inlineCss - inlineJs);
  return {
    path,
    html: htmlOnly,
    css,
    js,
    total: htmlOnly + css + js,
    lazyJs: sum(assets.lazyJs.map(fileGz)),
    scripts,
    assets,
  };
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Bytes as kilobytes with one decimal (1 kB = 1000 bytes, as the budgets are written). */
export function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** A plain-text table of page costs, with the budget that applies to each row. */
export function formatBudgetTable(rows: { cost: PageCost; budget: string }[]): string {
  const header = ['page', 'html', 'css', 'js', 'total', 'budget', 'lazy js (not counted)'];
  const body = rows.map(({ cost, budget }) => [
    cost.path,
    kb(cost.html),
    kb(cost.css),
    kb(cost.js),
    kb(cost.total),
    budget,
    cost.lazyJs > 0 ? `${kb(cost.lazyJs)} (${cost.assets.lazyJs.length} files)` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    'First-visit cost per page, kB gzipped (1 kB = 1000 bytes)',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n');
}
