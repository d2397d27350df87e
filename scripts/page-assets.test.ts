import { describe, expect, it } from 'vitest';
import { PAGE, read } from '../tests/dist/support/budget-fixture.ts';
import { collectPageAssets, moduleImports, resolveUrlPath, staticClosure } from './page-assets.ts';

describe('collectPageAssets', () => {
  const assets = collectPageAssets(PAGE, '/plan/', read);

  it('finds stylesheets, scripts, island chunks and their static imports', () => {
    expect(assets.css).toEqual(['/_astro/base.css']);
    expect(assets.js.sort()).toEqual(
      [
        '/_astro/Planner.abc.js',
        '/_astro/client.xyz.js',
        '/_astro/opener.js',
        '/_astro/side-effect.js',
        '/_astro/solid.js',
      ].sort(),
    );
    expect(assets.islandJs).toEqual(['/_astro/Planner.abc.js', '/_astro/client.xyz.js']);
    expect(assets.rendererJs).toEqual(['/_astro/client.xyz.js']);
  });

  it('keeps dynamically imported modules, and what only they import, apart as lazy', () => {
    expect(assets.lazyJs.sort()).toEqual(
      ['/_astro/Drafts.def.js', '/_astro/drafts-only.js', '/pagefind/pagefind.js'].sort(),
    );
  });

  it('counts inline scripts and styles but not JSON data blocks', () => {
    expect(assets.inlineScripts).toEqual(['window.theme=1']);
    expect(assets.inlineStyles).toEqual(['.x{color:red}']);
  });

  it('lists other preloads without counting them', () => {
    expect(assets.otherPreloads).toEqual(['/fonts/a.woff2']);
  });

  it('reports references to files that do not exist', () => {
    const broken = collectPageAssets('<script type="module" src="/_astro/gone.js"></script>', '/', read);
    expect(broken.missing).toEqual(['/_astro/gone.js']);
  });
});

describe('moduleImports', () => {
  it('reads static and dynamic imports from minified output', () => {
    expect(moduleImports('import{a as b}from"./a.js";import"./b.js";export*from"./c.js";import(`./d.js`)')).toEqual({
      static: ['./a.js', './b.js', './c.js'],
      dynamic: ['./d.js'],
    });
  });

  it('reads the chunks Vite preloads for a dynamic import as dynamic', () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.js","_astro/x.css"])))=>i;';
    expect(moduleImports(code).dynamic).toEqual(['/_astro/x.js']);
  });

  it('ignores text that only looks like an import', () => {
    expect(moduleImports('const s="please import the file";const t=" import \'x\' ";')).toEqual({
      static: [],
      dynamic: [],
    });
  });
});

describe('resolveUrlPath', () => {
  it('resolves relative references and drops other origins', () => {
    expect(resolveUrlPath('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveUrlPath('https://cdn.example/x.js', '/')).toBeUndefined();
  });
});

describe('staticClosure', () => {
  it('visits each file once even when imports form a cycle', () => {
    const cyclic: Record<string, string> = { '/a.js': 'import"./b.js"', '/b.js': 'import"./a.js"' };
    expect(staticClosure(['/a.js'], (p) => cyclic[p]).files.sort()).toEqual(['/a.js', '/b.js']);
  });
});
