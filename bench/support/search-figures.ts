/**
 * Bookkeeping for the search benchmark: which downloaded file is which part
 * of search, what it weighs raw and gzipped, and medians across runs.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The parts of a search download, in the order the report lists them. */
export const PARTS = ['search UI', 'Pagefind library', 'index', 'fragments'] as const;

/** One part of a search download. */
export type Part = (typeof PARTS)[number];

/** Names the part of search a URL path belongs to, or undefined if it is not search. */
export function partOf(path: string): Part | undefined {
  if (/^\/_astro\/search[-.]/.test(path)) return 'search UI';
  if (/^\/pagefind\/fragment\//.test(path)) return 'fragments';
  if (/^\/pagefind\/(index|filter)\/|\.pf_meta$/.test(path)) return 'index';
  if (path.startsWith('/pagefind/')) return 'Pagefind library';
  return undefined;
}

/** Bytes of one file as served: raw, and gzipped as a typical host would send text. */
export interface FileSize {
  raw: number;
  gzip: number;
}

/**
 * Sizes a built file. Pagefind's index, fragments and WebAssembly are already
 * gzip streams (Pagefind inflates them itself), so they count as they are.
 */
export function sizeOf(distDir: string, path: string): FileSize {
  const bytes = readFileSync(`${distDir}${path.slice(1)}`);
  const compressible = /\.(js|css|json|html|svg)$/.test(path);
  return { raw: bytes.length, gzip: compressible ? gzipSync(bytes).length : bytes.length };
}

/** The middle value (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Kilobytes with one decimal (1 kB = 1000 bytes, as the budgets use). */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
