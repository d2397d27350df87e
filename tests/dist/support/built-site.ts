import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { siteFiles } from '../../../scripts/site-files.ts';

/** The production build these tests read. */
export const DIST = new URL('../../../dist/', import.meta.url).pathname;

/** One built HTML page: its URL path and its markup. */
export interface BuiltPage {
  /** URL path as a visitor types it: "/", "/guides/checking-in/", "/404.html". */
  path: string;
  /** File path relative to dist/. */
  file: string;
  /** The page's HTML. */
  html: string;
}

/** Every HTML page in dist/ (not Pagefind's own assets). Fails clearly when there is no build. */
export function readBuiltPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
  const pages = siteFiles(DIST, /\.html$/).map((full): BuiltPage => {
    const file = relative(DIST, full).split(sep).join('/');
    const path = file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
    return { path, file, html: readFileSync(full, 'utf8') };
  });
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Decodes HTML entities in an attribute value (one library for the whole project: `entities`). */
export function decodeAttr(value: string): string {
  return decodeHTMLAttribute(value);
}

/** Values of one attribute on every element that has it, e.g. all href or id values. */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decodeAttr(m[1] ?? ''));
}

/** The text of the first element matching a simple tag (title, h1). */
export function firstText(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return m?.[1]?.replace(/<[^>]+>/g, '').trim();
}

/** The content of <meta name="…">. */
export function metaContent(html: string, name: string): string | undefined {
  const m = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
  return m?.[1] === undefined ? undefined : decodeAttr(m[1]);
}
