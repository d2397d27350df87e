/**
 * Build-time only: stand-ins for two things the Solid plugins import, so that
 * `npm run build` does only the work its output needs.
 *
 * - **Babel loads when a Solid component is compiled, not when the build
 *   starts.** vite-plugin-solid (through @astrojs/solid-js, which
 *   astro.config.mjs loads) imports Babel, Solid's preset and its refresh
 *   plugin at its top: about 160-170 ms of the build's main thread, before
 *   Astro starts, for a compiler that a build with nothing new to compile never
 *   calls (solid-cache.ts hands back the last build's output). Its stand-in
 *   `transformAsync` loads the real three the first time it is called; the
 *   preset and plugin stand-ins call the real ones, which are loaded by then
 *   (Babel calls them only from inside `transformAsync`).
 * - **Each dependency crawl runs once.** Both plugins ask vitefu to read every
 *   dependency's package.json (and walk its exports) for each Vite config the
 *   build resolves, eight times a build with the same answers; the stand-in
 *   `crawlFrameworkPkgs` keeps each answer for the same question (vitefu.ts).
 *
 * The output is the same: the same modules, resolved as the plugins would.
 * `registerStandIns` registers the hook in scripts/build.ts; the dev server,
 * `astro check` and the tests load the real modules as usual.
 */
import { registerHooks } from 'node:module';

const SOLID_PLUGIN = /\/node_modules\/vite-plugin-solid\//;
const SOLID_INTEGRATION = /\/node_modules\/@astrojs\/solid-js\//;

/** What the plugins import, the stand-in for each (a file beside this one), and who gets it. */
const STAND_INS = {
  '@babel/core': { file: 'babel-core.ts', parents: [SOLID_PLUGIN] },
  'babel-preset-solid': { file: 'babel-preset.ts', parents: [SOLID_PLUGIN] },
  'solid-refresh/babel': { file: 'babel-refresh.ts', parents: [SOLID_PLUGIN] },
  vitefu: { file: 'vitefu.ts', parents: [SOLID_PLUGIN, SOLID_INTEGRATION] },
} as const;
type Replaced = keyof typeof STAND_INS;

/** The real modules' URLs, resolved from the importer as it would have imported them. */
const realUrls = new Map<Replaced, string>();

const isReplaced = (specifier: string): specifier is Replaced => Object.hasOwn(STAND_INS, specifier);

/** The importer pattern under which a module importing `specifier` from `parentUrl` gets a stand-in, if any. */
function standInFor(specifier: string, parentUrl: string | undefined): RegExp | undefined {
  return isReplaced(specifier)
    ? STAND_INS[specifier].parents.find((parent) => parent.test(parentUrl ?? ''))
    : undefined;
}

/** Whether a module importing `specifier` from `parentUrl` gets a stand-in. */
export const standsIn = (specifier: string, parentUrl: string | undefined): boolean =>
  standInFor(specifier, parentUrl) !== undefined;

/** The real module's URL for a stand-in, or its name to resolve from here. */
export const realUrl = (specifier: Replaced): string => realUrls.get(specifier) ?? specifier;

/**
 * From now on in this process, the Solid plugins import the stand-ins. The hook stays only
 * until each importer has asked for each of its stand-ins: a hook sits in the way of every
 * import after it.
 */
export function registerStandIns(): void {
  const seen = new Set<string>();
  const expected = Object.values(STAND_INS).reduce((sum, standIn) => sum + standIn.parents.length, 0);
  const hooks = registerHooks({
    resolve(specifier, context, nextResolve) {
      const importer = standInFor(specifier, context.parentURL);
      if (!importer || !isReplaced(specifier)) return nextResolve(specifier, context);
      const real = nextResolve(specifier, context);
      // One stand-in serves every importer: one that would get another copy gets its own.
      const known = realUrls.get(specifier);
      if (known !== undefined && known !== real.url) return real;
      realUrls.set(specifier, real.url);
      seen.add(`${specifier} ${String(importer)}`);
      if (seen.size === expected) hooks.deregister();
      return { url: new URL(STAND_INS[specifier].file, import.meta.url).href, shortCircuit: true };
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
  const load = (name: Replaced) => import(realUrl(name)) as Promise<Record<string, unknown>>;
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
  if (!loaded) throw new Error('stand-ins: a Babel preset or plugin was called before Babel was loaded');
  return loaded;
}
