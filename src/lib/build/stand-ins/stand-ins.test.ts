import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { standsIn } from './index.ts';
import { crawlFrameworkPkgs, crawlKey } from './vitefu.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const plugin = 'file:///project/node_modules/vite-plugin-solid/dist/esm/index.mjs';

/**
 * Compiles one component with vite-plugin-solid in a Node process of its own, with the stand-ins
 * (`lazy`) or without; says whether Babel was loaded before and after, and the output.
 */
function compileOnce(lazy: boolean): { before: boolean; after: boolean; code: string } {
  const script = `
    import { createRequire } from 'node:module';
    import { registerStandIns } from ${JSON.stringify(new URL('./index.ts', import.meta.url).href)};
    if (${lazy}) registerStandIns();
    const { default: solidPlugin } = await import('vite-plugin-solid');
    const babelLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((id) => id.includes('/@babel/core/'));
    const before = babelLoaded();
    const plugin = solidPlugin({ ssr: true });
    plugin.configResolved({ command: 'build', mode: 'production' });
    const source = 'export const A = (p: { n: number }) => <p class="x" onClick={() => p.n}>{p.n} item</p>;';
    const out = await plugin.transform.call({ environment: { config: { consumer: 'client' } } }, source, '/virtual/A.tsx');
    console.log(JSON.stringify({ before, after: babelLoaded(), code: out.code }));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output) as { before: boolean; after: boolean; code: string };
}

describe('Babel loaded when a Solid component is compiled', () => {
  it('is not loaded with the plugin, compiles the same output once called, and is loaded then', () => {
    const eager = compileOnce(false);
    const lazy = compileOnce(true);
    expect(eager.before).toBe(true);
    expect(lazy.before).toBe(false);
    expect(lazy.after).toBe(true);
    expect(lazy.code).toBe(eager.code);
    expect(lazy.code).toContain('template(');
  });

  it('stands in only for what the Solid plugins import of Babel and vitefu', () => {
    const integration = 'file:///project/node_modules/@astrojs/solid-js/dist/index.js';
    expect(standsIn('@babel/core', plugin)).toBe(true);
    expect(standsIn('babel-preset-solid', plugin)).toBe(true);
    expect(standsIn('solid-refresh/babel', plugin)).toBe(true);
    expect(standsIn('vitefu', plugin)).toBe(true);
    expect(standsIn('vitefu', integration)).toBe(true);
    expect(standsIn('@babel/core', integration)).toBe(false);
    expect(standsIn('vitefu', 'file:///project/node_modules/vite/dist/node/index.js')).toBe(false);
    expect(standsIn('@babel/core', 'file:///project/node_modules/some-other/index.js')).toBe(false);
    expect(standsIn('@babel/core', undefined)).toBe(false);
    expect(standsIn('toString', plugin)).toBe(false);
  });

  it('covers all the plugins use of them (a new use would need a stand-in of its own)', () => {
    const source = readFileSync(`${root}node_modules/vite-plugin-solid/dist/esm/index.mjs`, 'utf8');
    expect(source).toContain("import * as babel from '@babel/core';");
    expect(source).toContain("import solid from 'babel-preset-solid';");
    expect(source).toContain("import solidRefresh from 'solid-refresh/babel';");
    expect(new Set(source.match(/\bbabel\.\w+/g))).toEqual(new Set(['babel.transformAsync']));
    const integration = readFileSync(`${root}node_modules/@astrojs/solid-js/dist/index.js`, 'utf8');
    for (const importer of [source, integration])
      expect(importer.match(/import [^;]+ from ["']vitefu["']/g)).toEqual([
        expect.stringMatching(/^import \{ crawlFrameworkPkgs \} from ["']vitefu["']$/),
      ]);
  });
});

describe("the Solid plugins' dependency crawl", () => {
  const options = (extra: Record<string, unknown> = {}) => ({
    root,
    isBuild: true,
    isFrameworkPkgByJson: (pkg: { peerDependencies?: Record<string, string> }) => !!pkg.peerDependencies?.['solid-js'],
    ...extra,
  });

  it('answers the same question once, with the real answer, and a copy each time', async () => {
    const real = (await import('vitefu')) as { crawlFrameworkPkgs: (o: unknown) => Promise<unknown> };
    const first = await crawlFrameworkPkgs(options());
    expect(first).toEqual(await real.crawlFrameworkPkgs(options()));
    expect(JSON.stringify(first)).toContain('solid-js');
    const again = await crawlFrameworkPkgs(options());
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('tells questions apart by every setting vitefu reads, tests by their source and patterns as written', () => {
    const base = crawlKey(options());
    expect(crawlKey(options())).toBe(base);
    expect(crawlKey(options({ isBuild: false }))).not.toBe(base);
    expect(crawlKey(options({ root: '/elsewhere/' }))).not.toBe(base);
    expect(crawlKey(options({ isFrameworkPkgByJson: () => true }))).not.toBe(base);
    const ssr = (noExternal: unknown) => crawlKey(options({ viteUserConfig: { ssr: { noExternal } } }));
    expect(ssr([/^a/])).not.toBe(ssr([/^b/]));
    const excluded = (exclude: string[]) => crawlKey(options({ viteUserConfig: { optimizeDeps: { exclude } } }));
    expect(excluded(['a'])).not.toBe(excluded(['b']));
    // Settings vitefu does not read do not split the answer.
    expect(crawlKey(options({ viteUserConfig: { plugins: [{ name: 'x' }] } }))).toBe(
      crawlKey(options({ viteUserConfig: {} })),
    );
  });
});
