import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { narrowHooksOf, narrowingRules } from './narrow-hooks.ts';

const PAGES = '/site/src/pages/';

/** Plugins shaped like the real ones: the hooks the rules expect, unfiltered. */
function plugins(): Plugin[] {
  const passThrough = () => undefined;
  return [
    { name: 'solid', resolveId: passThrough, load: passThrough, transform: passThrough },
    { name: 'astro:session-provider', resolveId: passThrough },
    { name: 'astro:routes', transform: passThrough },
    { name: 'astro:scripts:page-ssr', transform: { handler: passThrough } },
    { name: '@mdx-js/rolldown', resolveId: { filter: { id: /^[^/]/ }, handler: passThrough } },
    { name: 'astro:markdown', resolveId: { filter: { id: /^[^/]/ }, handler: passThrough } },
    { name: 'other', resolveId: passThrough },
  ];
}

const named = (list: Plugin[], name: string) => list.find((p) => p.name === name) as Plugin & Record<string, unknown>;
const filterOf = (hook: unknown) => (hook as { filter: { id: RegExp } }).filter.id;

describe("narrowing the build's plugin hooks", () => {
  it('gives each hook a filter around the same handler, and leaves other hooks and plugins alone', () => {
    const list = plugins();
    const handlers = {
      solid: named(list, 'solid')['resolveId'],
      ssr: named(list, 'astro:scripts:page-ssr')['transform'],
    };
    narrowHooksOf(list, narrowingRules(PAGES));
    const solid = named(list, 'solid');
    expect((solid['resolveId'] as { handler: unknown }).handler).toBe(handlers.solid);
    expect(typeof solid['transform']).toBe('function');
    expect((named(list, 'astro:scripts:page-ssr')['transform'] as { handler: unknown }).handler).toBe(
      (handlers.ssr as { handler: unknown }).handler,
    );
    expect(typeof named(list, 'other')['resolveId']).toBe('function');
  });

  it('filters that let through every id the handlers act on', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES));
    const solid = named(list, 'solid');
    for (const hook of ['resolveId', 'load']) {
      expect(filterOf(solid[hook]).test('/@solid-refresh'), hook).toBe(true);
      expect(filterOf(solid[hook]).test('solid-js/web'), hook).toBe(false);
    }
    const session = filterOf(named(list, 'astro:session-provider')['resolveId']);
    expect(session.test('/site/node_modules/astro/dist/core/session/provider.js')).toBe(true);
    expect(session.test('./provider.js')).toBe(true);
    expect(session.test('/site/src/pages/index.astro')).toBe(false);
    for (const name of ['astro:routes', 'astro:scripts:page-ssr']) {
      const page = filterOf(named(list, name)['transform']);
      expect(page.test('/site/src/pages/guides/[slug].astro'), name).toBe(true);
      expect(page.test('/site/src/pages/plan.astro?astro&type=script'), name).toBe(true);
      expect(page.test('/site/src/components/Plan.tsx'), name).toBe(false);
      expect(page.test('/other/site/src/pages/index.astro'), name).toBe(false);
    }
  });

  it('leaves the Markdown and MDX resolvers out of the browser’s build only', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES));
    for (const name of ['@mdx-js/rolldown', 'astro:markdown']) {
      const apply = named(list, name).applyToEnvironment as (environment: { name: string }) => boolean;
      expect([apply({ name: 'client' }), apply({ name: 'prerender' }), apply({ name: 'ssr' })], name).toEqual([
        false,
        true,
        true,
      ]);
    }
  });

  it('narrows a plugin once, however many configs list it', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES));
    expect(() => narrowHooksOf(list, narrowingRules(PAGES))).not.toThrow();
  });

  it('fails the build when a plugin is missing or a hook has changed shape', () => {
    expect(() => narrowHooksOf(plugins().slice(1), narrowingRules(PAGES))).toThrow(/no Vite plugin named solid/);
    const filtered = plugins();
    named(filtered, 'astro:routes')['transform'] = { filter: { id: /x/ }, handler: () => undefined };
    expect(() => narrowHooksOf(filtered, narrowingRules(PAGES))).toThrow(/astro:routes's transform hook/);
    const chooses = plugins();
    named(chooses, 'astro:markdown').applyToEnvironment = () => true;
    expect(() => narrowHooksOf(chooses, narrowingRules(PAGES))).toThrow(/already chooses its environments/);
  });
});
