import { describe, expect, it } from 'vitest';
import { isGuidePath, isSearchData, routeOf } from './routes.ts';

const ORIGIN = 'https://followthrough.example';
const route = (path: string, { method = 'GET', mode = 'cors', origin = ORIGIN } = {}) =>
  routeOf(new URL(path, origin), method, mode, ORIGIN);

describe('routeOf', () => {
  it('answers navigations as pages, network first', () => {
    expect(route('/guides/checking-in/', { mode: 'navigate' })).toBe('page');
    expect(route('/search/?q=thank+you', { mode: 'navigate' })).toBe('page');
  });

  it("serves Astro's hashed files and Pagefind's hashed index from the saved copy", () => {
    expect(route('/_astro/BaseLayout.Gj2xxk3w.css')).toBe('immutable');
    expect(route('/pagefind/index/en_38ad9bb.pf_index')).toBe('immutable');
    expect(route('/pagefind/fragment/en_8aa97af.pf_fragment')).toBe('immutable');
    expect(route('/pagefind/filter/en_1234567.pf_filter')).toBe('immutable');
    expect(route('/pagefind/pagefind.en_8fd2f188ae.pf_meta')).toBe('immutable');
    expect(route('/pagefind/wasm.en.pagefind')).toBe('immutable');
  });

  it('prefers the network for files whose name does not change with their content', () => {
    expect(route('/pagefind/pagefind.js')).toBe('fresh');
    expect(route('/pagefind/pagefind-entry.json?ts=1')).toBe('fresh');
    expect(route('/manifest.webmanifest')).toBe('fresh');
  });

  it('leaves other origins, other methods, the worker itself and the offline list to the browser', () => {
    expect(route('/', { mode: 'navigate', origin: 'https://elsewhere.example' })).toBe('pass');
    expect(route('/plan/', { method: 'POST', mode: 'navigate' })).toBe('pass');
    expect(route('/sw.js')).toBe('pass');
    expect(route('/offline.json')).toBe('pass');
  });
});

describe('isSearchData', () => {
  it('recognises the index and fragments one search reads, not the library', () => {
    expect(isSearchData('/pagefind/index/en_38ad9bb.pf_index')).toBe(true);
    expect(isSearchData('/pagefind/fragment/en_8aa97af.pf_fragment')).toBe(true);
    expect(isSearchData('/pagefind/pagefind.js')).toBe(false);
  });
});

describe('isGuidePath', () => {
  it('matches each guide, not the guides index or other pages', () => {
    expect(isGuidePath('/guides/checking-in/')).toBe(true);
    expect(isGuidePath('/guides/')).toBe(false);
    expect(isGuidePath('/plan/')).toBe(false);
  });
});
