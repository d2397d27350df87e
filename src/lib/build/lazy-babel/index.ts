/**
 * Build-time only: Babel loads when a Solid component is compiled, not when
 * the build starts.
 *
 * vite-plugin-solid (through @astrojs/solid-js, which astro.config.mjs loads)
 * imports Babel, Solid's preset and its refresh plugin at its top: about
 * 160-170 ms of the build's main thread, before Astro starts, for a compiler
 * that a build with nothing new to compile never calls (solid-cache.ts hands
 * back the last build's output). `deferBabel` puts stand-ins in their place for
 * that plugin only: `transformAsync` loads the real three the first time it is
 * called, and the preset and plugin stand-ins call the real ones, which are
 * loaded by then (Babel calls them only from inside `transformAsync`).
 * The output is the same: the same modules, resolved as the plugin would.
 *
 * `npm run build` (scripts/build.ts) registers it; the dev server, `astro check`
 * and the tests load Babel as usual.
 */
import { registerHooks } from 'node:module';

/** What the plugin imports, and the stand-in for each (a file beside this one). */
const STAND_INS = {
  '@babel/core': 'core.ts',
  'babel-preset-solid': 'preset.ts',
  'solid-refresh/babel': 'refresh.ts',
} as const;
type Deferred = keyof typeof STAND_INS;

/** The real modules' URLs, resolved from the plugin as it would have imported them. */
const realUrls = new Map<Deferred, string>();

const isDeferred = (specifier: string): specifier is Deferred => Object.hasOwn(STAND_INS, specifier);

/** Whether a module importing `specifier` from `parentUrl` gets a stand-in. */
export function standsIn(specifier: string, parentUrl: string | undefined): boolean {
  return isDeferred(specifier) && /\/node_modules\/vite-plugin-solid\//.test(parentUrl ?? '');
}

/**
 * From now on in this process, vite-plugin-solid imports the stand-ins. The hook stays only
 * until the plugin has asked for all three: a hook sits in the way of every import after it.
 */
export function deferBabel(): void {
  const hooks = registerHooks({
    resolve(specifier, context, nextResolve) {
      if (!isDeferred(specifier) || !standsIn(specifier, context.parentURL)) return nextResolve(specifier, context);
      realUrls.set(specifier, nextResolve(specifier, context).url);
      if (realUrls.size === Object.keys(STAND_INS).length) hooks.deregister();
      return { url: new URL(STAND_INS[specifier], import.meta.url).href, shortCircuit: true };
    },
  });
}

type Call = (...args: unknown[]) => unknown;

/** The real Babel, Solid's preset and the refresh plugin. */
export interface RealBabel {
  transformAsync: Call;
  preset: Call;
  refresh: Call;
}

let loading: Promise<RealBabel> | undefined;
let loaded: RealBabel | undefined;

/** Loads the real modules, once; resolves to them. */
export function loadBabel(): Promise<RealBabel> {
  const load = (name: Deferred) => import(realUrls.get(name) ?? name) as Promise<Record<string, unknown>>;
  loading ??= Promise.all([load('@babel/core'), load('babel-preset-solid'), load('solid-refresh/babel')]).then(
    ([core, preset, refresh]) => {
      const transformAsync = (core['transformAsync'] ??
        (core['default'] as Record<string, unknown>)['transformAsync']) as Call;
      loaded = { transformAsync, preset: preset['default'] as Call, refresh: refresh['default'] as Call };
      return loaded;
    },
  );
  return loading;
}

/** The real modules, which Babel's own `transformAsync` has loaded before it calls a preset or plugin. */
export function loadedBabel(): RealBabel {
  if (!loaded) throw new Error('lazy-babel: a Babel preset or plugin was called before Babel was loaded');
  return loaded;
}
