/**
 * Build-time only: fewer calls from the bundler into JavaScript.
 *
 * Rolldown (Vite's bundler) calls a plugin's hook in JavaScript for every module, or every
 * import it resolves, unless the hook carries a filter, which Rolldown tests itself. A few
 * plugins this site's build runs have hooks without one that act on a single id or a few
 * files and pass everything else through: about 10,700 calls a build (counted per hook: Solid's
 * resolveId 2,160, Astro's session provider 2,230, the Markdown and MDX resolvers 1,360 in
 * the browser's build), each a round trip between the bundler's threads and Node's, for
 * nothing; about 3,000 are left, the Markdown and MDX resolvers in the server build, which
 * must see every import to find those from .md and .mdx files. Measured: the server build
 * 0.80 -> 0.70 s, the browser's 0.36 -> 0.29 s (medians of 8 alternating builds).
 *
 * This gives each of those hooks the filter its own first test amounts to (a superset: the
 * handler still runs its test), and leaves out of the browser's build the two plugins that
 * only resolve imports from Markdown and MDX files, which that build never has. Each rule
 * names the plugin and the hook shape it expects; if a plugin is missing or its hook
 * changes shape, the build fails rather than silently calling it for everything again.
 */
import type { Plugin } from 'vite';

type HookName = 'resolveId' | 'load' | 'transform';

/** One narrowing: the plugin, and the filter each of its hooks gets, or the environments it is left out of. */
interface Rule {
  plugin: string;
  filters?: Partial<Record<HookName, RegExp>>;
  /** Environments (by name) the plugin does nothing in. */
  notIn?: readonly string[];
}

/** The narrowings, each a superset of what its handler acts on (see the handler named). */
export function narrowingRules(pagesDir: string): Rule[] {
  const escaped = pagesDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const page = new RegExp(`^${escaped}`);
  return [
    // vite-plugin-solid: `if (id === runtimePublicPath)` in both hooks.
    { plugin: 'solid', filters: { resolveId: /^\/@solid-refresh$/, load: /^\/@solid-refresh$/ } },
    // astro/dist/core/session/vite-plugin.js: `if (!normalizePath(id).endsWith('/session/provider.js')) return null`.
    { plugin: 'astro:session-provider', filters: { resolveId: /provider\.js$/ } },
    // astro/dist/vite-plugin-routes and vite-plugin-scripts/page-ssr: `if (!isPage(...)) return` (files under src/pages/).
    { plugin: 'astro:routes', filters: { transform: page } },
    { plugin: 'astro:scripts:page-ssr', filters: { transform: page } },
    // Resolve imports only for an importer ending in .mdx / .md: none in the browser's build.
    { plugin: '@mdx-js/rolldown', notIn: ['client'] },
    { plugin: 'astro:markdown', notIn: ['client'] },
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
    if (rule.notIn) {
      if (plugin.applyToEnvironment) throw new Error(`narrow-hooks: ${rule.plugin} already chooses its environments`);
      const notIn = rule.notIn;
      plugin.applyToEnvironment = (environment) => !notIn.includes(environment.name);
    }
  }
}

/**
 * The Vite plugin: in a build, narrows the other plugins' hooks (see above) once they are all
 * known. `pagesDir` is the site's pages folder, as an absolute path ending in a slash.
 */
export function narrowHooks(pagesDir: string): Plugin {
  return {
    name: 'follow-through:narrow-hooks',
    apply: 'build',
    configResolved(config) {
      narrowHooksOf(config.plugins, narrowingRules(pagesDir));
    },
  };
}
