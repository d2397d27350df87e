/**
 * Build-time only: fewer calls from the bundler into JavaScript.
 *
 * Rolldown (Vite's bundler) calls a plugin's hook in JavaScript for every module, or every
 * import it resolves, unless the hook carries a filter, which Rolldown tests itself. A few
 * plugins this site's build runs have hooks without one that act on a single id or a few
 * files and pass everything else through: about 10,700 calls a build (counted per hook: Solid's
 * resolveId 2,160, Astro's session provider 2,230, the Markdown and MDX resolvers 1,360 in
 * the browser's build), each a round trip between the bundler's threads and Node's, for
 * nothing. Measured: the server build 0.80 -> 0.70 s, the browser's 0.36 -> 0.29 s (medians
 * of 8 alternating builds).
 *
 * This gives each of those hooks the filter its own first test amounts to (a superset: the
 * handler still runs its test), and leaves out of the browser's build the two plugins that
 * only resolve imports from Markdown and MDX files, which that build never has. While the
 * site has no Markdown file (its guides are MDX), Astro's Markdown plugin is left out of
 * every build (1,500 more calls: the server build 0.67 -> 0.60 s); it is back as soon as one
 * is added. The MDX resolver, in the server build, no longer sees relative imports, where its
 * fallback is the import itself (about 1,400 more calls). Each rule names the plugin and the hook
 * shape it expects; if a plugin is missing or its hook changes shape, the build fails rather
 * than silently calling it for everything again.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

type HookName = 'resolveId' | 'load' | 'transform';

/** One narrowing: the plugin, the filter each of its hooks gets, and the environments it runs in. */
interface Rule {
  plugin: string;
  /** A filter for each hook that has none. */
  filters?: Partial<Record<HookName, RegExp>>;
  /** A narrower id filter for a hook that has one: the one it must have now, and the one it gets. */
  narrower?: Partial<Record<HookName, { from: RegExp; to: RegExp }>>;
  /** Whether the plugin runs in the environment of this name (every one when absent). */
  runsIn?: (environment: string) => boolean;
}

/** The file extensions Astro reads as Markdown (SUPPORTED_MARKDOWN_FILE_EXTENSIONS in astro/dist/core/constants.js). */
const MARKDOWN_FILE = /\.(md|markdown|mdown|mkdn|mkd|mdwn)$/i;

/** Whether any file under `folder` is Markdown (not MDX): a page or an entry Astro's Markdown plugin would load. */
export function hasMarkdownFiles(folder: string): boolean {
  return readdirSync(folder, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? hasMarkdownFiles(join(folder, entry.name)) : MARKDOWN_FILE.test(entry.name),
  );
}

/**
 * The narrowings, each a superset of what its handler acts on (see the handler named), for a
 * site whose pages are in `pagesDir` (an absolute path ending in a slash) and which has
 * Markdown files or not.
 */
export function narrowingRules(pagesDir: string, { markdown }: { markdown: boolean }): Rule[] {
  const page = new RegExp(`^${pagesDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const notInBrowser = (environment: string) => environment !== 'client';
  return [
    // vite-plugin-solid: `if (id === runtimePublicPath)` in both hooks.
    { plugin: 'solid', filters: { resolveId: /^\/@solid-refresh$/, load: /^\/@solid-refresh$/ } },
    // astro/dist/core/session/vite-plugin.js: `if (!normalizePath(id).endsWith('/session/provider.js')) return null`.
    { plugin: 'astro:session-provider', filters: { resolveId: /provider\.js$/ } },
    // astro/dist/vite-plugin-routes and vite-plugin-scripts/page-ssr: `if (!isPage(...)) return` (files under src/pages/).
    { plugin: 'astro:routes', filters: { transform: page } },
    { plugin: 'astro:scripts:page-ssr', filters: { transform: page } },
    // @astrojs/mdx's resolver acts only for an importer ending in .mdx (none in the browser's
    // build): it resolves the import as usual, then tries './' + the id. For a relative id
    // that second try is the first again, so its filter (not absolute) can leave those out.
    { plugin: '@mdx-js/rolldown', narrower: { resolveId: { from: /^[^/]/, to: /^[^/.]/ } }, runsIn: notInBrowser },
    // Loads .md files and resolves imports from them: nothing to do in a site without any.
    { plugin: 'astro:markdown', runsIn: markdown ? notInBrowser : () => false },
  ];
}

type Hook = ((...args: never[]) => unknown) | { handler: (...args: never[]) => unknown; filter?: unknown };

/** Plugins already narrowed: a plugin object can be in more than one resolved config. */
const narrowed = new WeakSet<object>();

/** Applies `rules` to `plugins` in place; throws when a plugin or hook is not as a rule expects. */
export function narrowHooksOf(plugins: readonly Plugin[], rules: readonly Rule[]): void {
  for (const rule of rules) {
    const plugin = plugins.find((p) => p.name === rule.plugin);
    if (!plugin) throw new Error(`narrow-hooks: no Vite plugin named ${rule.plugin}`);
    if (narrowed.has(plugin)) continue;
    narrowed.add(plugin);
    // The hooks by name: each keeps its own type, and the filter is what Rolldown reads.
    const hooks = plugin as unknown as Record<HookName, Hook | undefined>;
    for (const [name, id] of Object.entries(rule.filters ?? {}) as [HookName, RegExp][]) {
      const hook = hooks[name];
      if (typeof hook === 'function') hooks[name] = { filter: { id }, handler: hook };
      else if (hook && typeof hook.handler === 'function' && !hook.filter) hooks[name] = { ...hook, filter: { id } };
      else throw new Error(`narrow-hooks: ${rule.plugin}'s ${name} hook is not an unfiltered function`);
    }
    for (const [name, { from, to }] of Object.entries(rule.narrower ?? {}) as [
      HookName,
      { from: RegExp; to: RegExp },
    ][]) {
      const hook = hooks[name];
      const id = typeof hook === 'object' ? (hook.filter as { id?: unknown } | undefined)?.id : undefined;
      if (!(id instanceof RegExp) || id.source !== from.source || id.flags !== from.flags)
        throw new Error(`narrow-hooks: ${rule.plugin}'s ${name} filter is not ${String(from)}`);
      hooks[name] = { ...(hook as object), filter: { id: to } } as Hook;
    }
    if (rule.runsIn) {
      if (plugin.applyToEnvironment) throw new Error(`narrow-hooks: ${rule.plugin} already chooses its environments`);
      const runsIn = rule.runsIn;
      plugin.applyToEnvironment = (environment) => runsIn(environment.name);
    }
  }
}

/**
 * The Vite plugin: in a build (content sync included), narrows the other plugins' hooks (see
 * above) once they are all known. `srcDir` is the site's source folder, as an absolute path ending in a slash.
 */
export function narrowHooks(srcDir: string): Plugin {
  let rules: Rule[] | undefined;
  return {
    name: 'follow-through:narrow-hooks',
    // A build, and the Vite server Astro runs inside a build to sync content (command
    // 'serve', mode 'production'); never the dev server.
    apply: (_config, { command, mode }) => command === 'build' || mode === 'production',
    configResolved(config) {
      rules ??= narrowingRules(`${srcDir}pages/`, { markdown: hasMarkdownFiles(srcDir) });
      narrowHooksOf(config.plugins, rules);
    },
  };
}
