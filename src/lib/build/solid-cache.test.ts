import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin, ResolvedConfig } from 'vite';
import { compiledKey, compiledStore, solidCache } from './solid-cache.ts';

const ROOT = process.cwd() + '/';
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A stand-in for vite-plugin-solid that counts what it compiles. */
function fakeSolid() {
  const compiled: string[] = [];
  const plugin = {
    name: 'solid',
    transform(code: string, id: string) {
      if (!id.endsWith('.tsx')) return null;
      compiled.push(id);
      return { code: `compiled(${code})`, map: { mappings: 'AAAA' } };
    },
  };
  return { plugin, compiled };
}

/** One build of one environment through the cache: the transforms of `files`, then the end of the build. */
async function build(folder: string, files: Record<string, string>, environment = 'client') {
  const solid = fakeSolid();
  const cache = solidCache(ROOT, folder);
  (cache.configResolved as (config: ResolvedConfig) => void)({ plugins: [solid.plugin] } as unknown as ResolvedConfig);
  const context = { environment: { name: environment } };
  // The cache replaced the plugin's transform with a filtered hook: read it back from the
  // plugin, and call it only for the files its filter lets through, as the bundler does.
  const { filter, handler } = Reflect.get(solid.plugin, 'transform') as unknown as {
    filter: { id: RegExp };
    handler: (this: unknown, code: string, id: string) => Promise<unknown>;
  };
  const outputs: unknown[] = [];
  for (const [id, code] of Object.entries(files))
    outputs.push(filter.id.test(id) ? await handler.call(context, code, `${ROOT}${id}`) : null);
  (cache.buildEnd as (this: unknown) => void).call(context);
  return { compiled: solid.compiled, outputs };
}

const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'solid-cache-'));
  folders.push(folder);
  return folder;
};

describe('the key of a compiled file', () => {
  const base = { compiler: 'babel 7', environment: 'client', id: 'src/A.tsx', code: '<a/>' };

  it('is the same for the same file, build and compiler', () => {
    expect(compiledKey(base)).toBe(compiledKey({ ...base }));
  });

  it('changes with the source, the file, the build (server or browser) or the compiler', () => {
    for (const change of [{ code: '<b/>' }, { id: 'src/B.tsx' }, { environment: 'prerender' }, { compiler: 'babel 8' }])
      expect(compiledKey({ ...base, ...change }), JSON.stringify(change)).not.toBe(compiledKey(base));
  });
});

describe('the store of compiled files', () => {
  it('keeps for the next build only what this build used or compiled', () => {
    const store = compiledStore({ used: { code: 'u' }, gone: { code: 'g' } });
    expect(store.get('used')).toEqual({ code: 'u' });
    store.set('new', { code: 'n' });
    expect(store.kept()).toEqual({ entries: { used: { code: 'u' }, new: { code: 'n' } }, changed: true });
  });

  it('reports no change when the build used exactly what it found', () => {
    const store = compiledStore({ a: { code: 'a' } });
    store.get('a');
    expect(store.kept().changed).toBe(false);
  });
});

describe('the Solid compile cache', () => {
  it('gives a second build the first build’s output without compiling again', async () => {
    const folder = tempFolder();
    const first = await build(folder, { 'src/A.tsx': 'a', 'src/b.ts': 'b' });
    const second = await build(folder, { 'src/A.tsx': 'a', 'src/b.ts': 'b' });
    expect(first.compiled).toEqual([`${ROOT}src/A.tsx`]);
    expect(second.compiled).toEqual([]);
    expect(second.outputs).toEqual(first.outputs);
  });

  it('is a hook the bundler calls only for the files Solid compiles, queries and all', () => {
    const solid = fakeSolid();
    const cache = solidCache(ROOT, tempFolder());
    (cache.configResolved as (config: ResolvedConfig) => void)({
      plugins: [solid.plugin],
    } as unknown as ResolvedConfig);
    const { filter } = Reflect.get(solid.plugin, 'transform') as unknown as { filter: { id: RegExp } };
    for (const id of ['src/A.tsx', 'src/B.jsx', 'src/C.mtsx', 'src/A.tsx?astro&type=script', 'src/D.TSX'])
      expect(filter.id.test(`${ROOT}${id}`), id).toBe(true);
    for (const id of ['src/b.ts', 'src/page.astro', 'src/style.css?inline', 'node_modules/solid-js/web/dist/web.js'])
      expect(filter.id.test(`${ROOT}${id}`), id).toBe(false);
  });

  it('wraps the plugin once when Vite resolves the config for each environment', () => {
    const solid = fakeSolid();
    const cache = solidCache(ROOT, tempFolder());
    const resolve = cache.configResolved as (config: ResolvedConfig) => void;
    resolve({ plugins: [solid.plugin] } as unknown as ResolvedConfig);
    const hook = Reflect.get(solid.plugin, 'transform') as unknown;
    expect(() => resolve({ plugins: [solid.plugin] } as unknown as ResolvedConfig)).not.toThrow();
    expect(Reflect.get(solid.plugin, 'transform')).toBe(hook);
  });

  it('compiles a component again when its source changed', async () => {
    const folder = tempFolder();
    await build(folder, { 'src/A.tsx': 'a' });
    const edited = await build(folder, { 'src/A.tsx': 'a, edited' });
    expect(edited.compiled).toEqual([`${ROOT}src/A.tsx`]);
    expect(edited.outputs).toEqual([{ code: 'compiled(a, edited)', map: { mappings: 'AAAA' } }]);
  });

  it('keeps the server and browser builds apart', async () => {
    const folder = tempFolder();
    await build(folder, { 'src/A.tsx': 'a' }, 'client');
    const server = await build(folder, { 'src/A.tsx': 'a' }, 'prerender');
    expect(server.compiled).toEqual([`${ROOT}src/A.tsx`]);
    expect(readdirSync(folder).sort()).toEqual(['client.json', 'prerender.json']);
  });

  it('fails the build when there is no `solid` plugin to wrap', () => {
    const cache = solidCache(ROOT, tempFolder()) as Plugin & { configResolved: (config: unknown) => void };
    expect(() => cache.configResolved({ plugins: [] })).toThrow(/solid/);
  });
});
