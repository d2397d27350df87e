import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { hasMarkdownFiles, narrowHooks, narrowHooksOf, narrowingRules } from './narrow-hooks.ts';

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
    narrowHooksOf(list, narrowingRules(PAGES, { markdown: true }));
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
    narrowHooksOf(list, narrowingRules(PAGES, { markdown: true }));
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

  it('narrows the MDX resolver to the ids its fallback can change: neither absolute nor relative', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES, { markdown: true }));
    const mdx = filterOf(named(list, '@mdx-js/rolldown')['resolveId']);
    for (const id of ['astro/jsx-runtime', 'components/Callout.astro', 'astro:content'])
      expect(mdx.test(id), id).toBe(true);
    for (const id of ['./Callout.astro', '../../components/mdx/index.ts', '/site/src/x.ts'])
      expect(mdx.test(id), id).toBe(false);
  });

  /** Whether each plugin runs in the browser's, the prerendering and the server build. */
  const environments = (list: Plugin[], name: string) => {
    const apply = named(list, name).applyToEnvironment as (environment: { name: string }) => boolean;
    return ['client', 'prerender', 'ssr'].map((environment) => apply({ name: environment }));
  };

  it('leaves the Markdown and MDX resolvers out of the browser’s build, and no more, when the site has Markdown', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES, { markdown: true }));
    for (const name of ['@mdx-js/rolldown', 'astro:markdown'])
      expect(environments(list, name), name).toEqual([false, true, true]);
  });

  it('leaves Astro’s Markdown plugin out of every build when the site has no Markdown, and keeps MDX', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES, { markdown: false }));
    expect(environments(list, 'astro:markdown')).toEqual([false, false, false]);
    expect(environments(list, '@mdx-js/rolldown')).toEqual([false, true, true]);
  });

  it('narrows a plugin once, however many configs list it', () => {
    const list = plugins();
    narrowHooksOf(list, narrowingRules(PAGES, { markdown: true }));
    expect(() => narrowHooksOf(list, narrowingRules(PAGES, { markdown: true }))).not.toThrow();
  });

  it('fails the build when a plugin is missing or a hook has changed shape', () => {
    expect(() => narrowHooksOf(plugins().slice(1), narrowingRules(PAGES, { markdown: true }))).toThrow(
      /no Vite plugin named solid/,
    );
    const filtered = plugins();
    named(filtered, 'astro:routes')['transform'] = { filter: { id: /x/ }, handler: () => undefined };
    expect(() => narrowHooksOf(filtered, narrowingRules(PAGES, { markdown: true }))).toThrow(
      /astro:routes's transform hook/,
    );
    const refiltered = plugins();
    named(refiltered, '@mdx-js/rolldown')['resolveId'] = { filter: { id: /^[^/]/u }, handler: () => undefined };
    expect(() => narrowHooksOf(refiltered, narrowingRules(PAGES, { markdown: true }))).toThrow(
      /@mdx-js\/rolldown's resolveId filter/,
    );
    const chooses = plugins();
    named(chooses, 'astro:markdown').applyToEnvironment = () => true;
    expect(() => narrowHooksOf(chooses, narrowingRules(PAGES, { markdown: true }))).toThrow(
      /already chooses its environments/,
    );
  });
});

describe('where the narrowing applies', () => {
  it('applies to a build and to the content sync inside one, never to the dev server', () => {
    const apply = narrowHooks('/site/src/').apply as (
      config: object,
      env: { command: string; mode: string },
    ) => boolean;
    expect(apply({}, { command: 'build', mode: 'production' })).toBe(true);
    expect(apply({}, { command: 'serve', mode: 'production' })).toBe(true);
    expect(apply({}, { command: 'serve', mode: 'development' })).toBe(false);
  });
});

describe('finding Markdown in the site', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  /** A source folder holding `files` (paths relative to it). */
  const site = (files: string[]) => {
    const src = mkdtempSync(join(tmpdir(), 'narrow-hooks-'));
    folders.push(src);
    for (const file of files) {
      mkdirSync(join(src, file, '..'), { recursive: true });
      writeFileSync(join(src, file), '');
    }
    return src;
  };

  it('sees a Markdown file of any extension Astro reads, at any depth', () => {
    for (const file of ['pages/about.md', 'content/guides/a/b.markdown', 'x.MD', 'content/notes.mdown'])
      expect(hasMarkdownFiles(site(['pages/index.astro', file])), file).toBe(true);
  });

  it('finds none among MDX, Astro and other files', () => {
    expect(hasMarkdownFiles(site(['pages/index.astro', 'content/guides/a.mdx', 'lib/md.ts', 'styles/mdx.css']))).toBe(
      false,
    );
  });
});
