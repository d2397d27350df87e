/**
 * Finds what a built page makes the browser download on first visit: the
 * stylesheets and scripts its HTML references, the island chunks Astro
 * hydrates, and every module those import statically. Dynamic `import()`s are
 * kept apart, because they load later (search, lazily loaded parts).
 */
import { decodeHTMLAttribute } from 'entities';
import { parse } from 'es-module-lexer/js';

/** Reads a same-origin asset by URL path ("/_astro/x.js"); undefined when no such file exists. */
export type AssetReader = (urlPath: string) => string | undefined;

/** What one page loads, as same-origin URL paths, plus its inline code. */
export interface PageAssets {
  /** Stylesheets loaded on first visit. */
  css: string[];
  /** Scripts loaded on first visit: referenced ones, island chunks and their static imports. */
  js: string[];
  /** Modules only reachable through dynamic import(): not loaded until used. */
  lazyJs: string[];
  /** Text of each inline <script> that the browser runs (not JSON data blocks). */
  inlineScripts: string[];
  /** Text of each inline <style>. */
  inlineStyles: string[];
  /** Island chunks (component-url, renderer-url, before-hydration-url of each <astro-island>). */
  islandJs: string[];
  /** The framework renderers those islands hydrate with (renderer-url). */
  rendererJs: string[];
  /** Other preloads and prefetches (fonts, data): listed, not counted. */
  otherPreloads: string[];
  /** Same-origin references that point at no file: a broken build, never silently zero bytes. */
  missing: string[];
}

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Attributes of every opening tag named `tag`, as name → decoded value maps. */
export function tagAttributes(html: string, tag: string): Map<string, string>[] {
  const tags = html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'));
  return [...tags].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs.set((a[1] ?? '').toLowerCase(), decodeHTMLAttribute(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    return attrs;
  });
}

/**
 * The specifiers a JS module imports, split into static (loaded with the module)
 * and dynamic (loaded on demand), read by es-module-lexer (a real lexer: an
 * "import" inside a string or comment is not one), plus Vite's preload map for
 * dynamic chunks (`__vite__mapDeps`… `["_astro/x.js"]`).
 */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  // A build's pages share most of their modules: each is read once, not once per page and pass.
  let found = importsByCode.get(code);
  if (!found) {
    found = readImports(code);
    importsByCode.set(code, found);
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

const importsByCode = new Map<string, { static: string[]; dynamic: string[] }>();

function readImports(code: string): { static: string[]; dynamic: string[] } {
  const statics = new Set<string>();
  const dynamics = new Set<string>();
  const [imports] = parse(code);
  for (const found of imports) {
    const specifier = found.specifier ?? undefined;
    if (!isModulePath(specifier)) continue;
    if (found.type === 'dynamic') dynamics.add(specifier);
    else if (found.type === 'static' || found.type === 'reexport-star') statics.add(specifier);
  }
  // Vite lists the chunks a dynamic import preloads in one array of dist-relative paths.
  const depsMap = /__vite__mapDeps[^[]*\[([^\]]*)\]/.exec(code);
  for (const m of depsMap?.[1]?.matchAll(/(["'`])([^"'`]+\.js)\1/g) ?? []) dynamics.add(`/${m[2] ?? ''}`);
  for (const s of statics) dynamics.delete(s);
  return { static: [...statics], dynamic: [...dynamics] };
}

/**
 * Built output imports files by path ("./x.js", "/pagefind/pagefind.js"); anything
 * else that looks like an import is text inside a string, not a module.
 */
function isModulePath(specifier: string | undefined): specifier is string {
  return !!specifier && /^(\.{1,2}\/|\/|https?:)/.test(specifier) && /\.m?js(\?[^/]*)?$/.test(specifier);
}

/** Resolves a reference against the URL path it appears in; undefined for other origins. */
export function resolveUrlPath(ref: string, from: string): string | undefined {
  if (/^(data|blob|javascript|mailto):/i.test(ref)) return undefined;
  const base = 'https://same.origin';
  const url = new URL(ref, new URL(from, base));
  return url.origin === base ? url.pathname : undefined;
}

/** A page that loads nothing, with `parts` filled in. */
export function pageAssets(parts: Partial<PageAssets> = {}): PageAssets {
  return {
    css: [],
    js: [],
    lazyJs: [],
    inlineScripts: [],
    inlineStyles: [],
    islandJs: [],
    rendererJs: [],
    otherPreloads: [],
    missing: [],
    ...parts,
  };
}

/** Everything `pagePath` loads on first visit, following static imports through every JS file. */
export function collectPageAssets(html: string, pagePath: string, read: AssetReader): PageAssets {
  const assets = pageAssets();
  const css = new Set<string>();
  const js = new Set<string>();
  const lazy = new Set<string>();
  const missing = new Set<string>();
  const add = (set: Set<string>, ref: string | undefined, from: string): string | undefined => {
    const path = ref ? resolveUrlPath(ref, from) : undefined;
    if (path) set.add(path);
    return path;
  };

  for (const link of tagAttributes(html, 'link')) {
    const rel = (link.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.get('href');
    if (rel.includes('stylesheet')) add(css, href, pagePath);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && link.get('as') === 'script')) {
      add(js, href, pagePath);
    } else if (rel.includes('preload') && link.get('as') === 'style') add(css, href, pagePath);
    else if (rel.includes('preload') || rel.includes('prefetch')) {
      const path = href ? resolveUrlPath(href, pagePath) : undefined;
      if (path) assets.otherPreloads.push(path);
    }
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = tagAttributes(`<script${m[1] ?? ''}>`, 'script')[0] ?? new Map<string, string>();
    if (!SCRIPT_TYPES.has((attrs.get('type') ?? '').toLowerCase())) continue;
    const src = attrs.get('src');
    if (src !== undefined) add(js, src, pagePath);
    else if ((m[2] ?? '').trim()) {
      assets.inlineScripts.push(m[2] ?? '');
      // An inline module can import files too.
      const imports = moduleImports(m[2] ?? '');
      for (const s of imports.static) add(js, s, pagePath);
      for (const d of imports.dynamic) add(lazy, d, pagePath);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) assets.inlineStyles.push(m[1] ?? '');
  for (const island of tagAttributes(html, 'astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const path = add(js, island.get(attr) || undefined, pagePath);
      if (path && !assets.islandJs.includes(path)) assets.islandJs.push(path);
      if (path && attr === 'renderer-url' && !assets.rendererJs.includes(path)) assets.rendererJs.push(path);
    }
  }

  const reached = staticClosure([...js], read);
  for (const file of reached.files) js.add(file);
  for (const file of reached.missing) missing.add(file);
  for (const file of reached.dynamic) lazy.add(file);
  // Lazy modules' own imports load with them, later: they are lazy too.
  for (const file of staticClosure([...lazy], read, { followDynamic: true }).files) lazy.add(file);
  for (const file of css) if (read(file) === undefined) missing.add(file);

  assets.css = [...css];
  assets.js = [...js];
  assets.lazyJs = [...lazy].filter((p) => !js.has(p));
  assets.missing = [...missing];
  return assets;
}

/** Files reachable from `entries` through static imports (and dynamic ones too, if asked). */
export function staticClosure(
  entries: string[],
  read: AssetReader,
  { followDynamic = false } = {},
): { files: string[]; dynamic: string[]; missing: string[] } {
  const files = new Set(entries);
  const dynamic = new Set<string>();
  const missing = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    const code = read(file);
    if (code === undefined) {
      missing.add(file);
      continue;
    }
    const imports = moduleImports(code);
    for (const d of imports.dynamic) {
      const path = resolveUrlPath(d, file);
      if (path) dynamic.add(path);
    }
    for (const s of followDynamic ? [...imports.static, ...imports.dynamic] : imports.static) {
      const path = resolveUrlPath(s, file);
      if (path && !files.has(path)) {
        files.add(path);
        queue.push(path);
      }
    }
  }
  for (const file of files) dynamic.delete(file);
  return { files: [...files], dynamic: [...dynamic], missing: [...missing] };
}
