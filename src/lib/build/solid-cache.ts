/**
 * Build-time only: keeps Solid's compiled components between builds.
 *
 * Solid's JSX is compiled by Babel (vite-plugin-solid, through
 * @astrojs/solid-js), once for the server build and once for the browser's,
 * and that was the largest single cost of `astro build`: about 40% of each
 * Vite build, for some twenty components that rarely change between two builds.
 * This wraps the plugin's transform: a component whose source, build and
 * compiler are the same as last time gets last time's output back, and
 * anything else is compiled as before. Each build writes down what it
 * compiled (node_modules/.cache, like other build tools' caches), so the
 * kept copy never holds more than the last build's components; delete the
 * folder to compile everything afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** What the compiler turned one file into. */
export interface Compiled {
  code: string;
  map?: unknown;
}

/** The compiled files kept for one build (one Vite environment): by key, and whether the build changed them. */
export interface CompiledStore {
  /** The kept output for `key`, if any; marks it as used by this build. */
  get(key: string): Compiled | undefined;
  /** Keeps `compiled` under `key` for the next build. */
  set(key: string, compiled: Compiled): void;
  /** What the next build should find: what this one used or compiled, and whether that differs from what it found. */
  kept(): { entries: Record<string, Compiled>; changed: boolean };
}

/** A store over the entries a previous build kept: only what this build asks for or adds is kept again. */
export function compiledStore(previous: Record<string, Compiled>): CompiledStore {
  const used: Record<string, Compiled> = {};
  let added = false;
  return {
    get(key) {
      const found = previous[key];
      if (found) used[key] = found;
      return found;
    },
    set(key, compiled) {
      used[key] = compiled;
      added = true;
    },
    kept: () => ({
      entries: used,
      changed: added || Object.keys(used).length !== Object.keys(previous).length,
    }),
  };
}

/** The key of one file's output: everything the compiler's output depends on. */
export function compiledKey(parts: { compiler: string; environment: string; id: string; code: string }): string {
  return createHash('sha256')
    .update(`${parts.compiler}\0${parts.environment}\0${parts.id}\0${parts.code}`)
    .digest('base64url');
}

/** The packages whose versions make up the compiler, and the config that sets its options. */
const COMPILER_SOURCES = [
  'node_modules/vite-plugin-solid/package.json',
  'node_modules/babel-preset-solid/package.json',
  'node_modules/babel-plugin-jsx-dom-expressions/package.json',
  'node_modules/@babel/core/package.json',
  'node_modules/@astrojs/solid-js/package.json',
  'astro.config.mjs',
];

type TransformHook = (this: unknown, code: string, id: string, options?: unknown) => unknown;

/**
 * The Vite plugin: in a build, puts the cache around the transform of the plugin
 * named `solid`. Fails the build if that plugin is missing or its transform
 * changes shape, rather than silently compiling without it.
 */
export function solidCache(root: string, folder = join(root, 'node_modules/.cache/follow-through/solid')): Plugin {
  let compiler = '';
  const stores = new Map<string, CompiledStore>();
  const storeFile = (environment: string) => join(folder, `${environment}.json`);
  const storeFor = (environment: string): CompiledStore => {
    let store = stores.get(environment);
    if (!store) {
      let previous: Record<string, Compiled> = {};
      try {
        previous = JSON.parse(readFileSync(storeFile(environment), 'utf8')) as Record<string, Compiled>;
      } catch {
        // Nothing kept yet (or unreadable): compile everything.
      }
      store = compiledStore(previous);
      stores.set(environment, store);
    }
    return store;
  };
  const wrapped = new WeakSet<object>();
  /** The files the plugin compiles (its own test: a JSX or TSX file, whatever the query). */
  const SOLID_FILES = /\.[mc]?[tj]sx(\?.*)?$/i;

  return {
    name: 'follow-through:solid-cache',
    apply: 'build',
    configResolved(config) {
      const solid = config.plugins.find((plugin) => plugin.name === 'solid');
      if (solid && wrapped.has(solid)) return;
      if (!solid || typeof solid.transform !== 'function') {
        throw new Error('solid-cache: the `solid` Vite plugin or its transform function is missing');
      }
      wrapped.add(solid);
      compiler = COMPILER_SOURCES.map((path) => `${path}\0${readFileSync(join(root, path), 'utf8')}`).join('\0');
      const compile = solid.transform as TransformHook;
      const cached: TransformHook = async function (this: unknown, code, id, options) {
        // The files the plugin compiles (its own test); it passes everything else through untouched.
        if (!SOLID_FILES.test(id)) return compile.call(this, code, id, options);
        const environment = (this as { environment?: { name: string } }).environment?.name ?? 'unknown';
        const store = storeFor(environment);
        const key = compiledKey({ compiler, environment, id: id.startsWith(root) ? id.slice(root.length) : id, code });
        const kept = store.get(key);
        if (kept) return kept;
        const result = (await compile.call(this, code, id, options)) as Compiled | null | undefined;
        if (result && typeof result.code === 'string') store.set(key, { code: result.code, map: result.map });
        return result;
      };
      // As a filtered hook, the bundler does not call into JavaScript for the modules the
      // plugin would pass through (about 600 a build: Astro's, the pages', the libraries').
      (solid as { transform: unknown }).transform = { filter: { id: SOLID_FILES }, handler: cached };
    },
    buildEnd() {
      const environment = this.environment.name;
      const store = stores.get(environment);
      if (!store) return;
      stores.delete(environment);
      const { entries, changed } = store.kept();
      if (!changed) return;
      try {
        mkdirSync(dirname(storeFile(environment)), { recursive: true });
        writeFileSync(storeFile(environment), JSON.stringify(entries));
      } catch {
        // Nothing kept: the next build compiles again, nothing else changes.
      }
    },
  };
}
