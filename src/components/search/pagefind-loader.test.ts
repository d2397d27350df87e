import { describe, expect, it, vi } from 'vitest';
import {
  LOAD_FAILED_MESSAGE,
  NEEDS_BUILD_MESSAGE,
  SearchUnavailableError,
  createPagefindLoader,
  type Pagefind,
} from './pagefind-loader.ts';

const fakePagefind = (): Pagefind => ({
  options: vi.fn(() => Promise.resolve()),
  init: vi.fn(() => Promise.resolve()),
  search: vi.fn(() => Promise.resolve({ results: [] })),
  debouncedSearch: vi.fn(() => Promise.resolve({ results: [] })),
});

const missing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('createPagefindLoader', () => {
  it('tells a developer to run a production build when the library is missing under astro dev', async () => {
    const load = createPagefindLoader({ importer: missing, dev: true });
    await expect(load()).rejects.toThrow(SearchUnavailableError);
    await expect(load()).rejects.toThrow(NEEDS_BUILD_MESSAGE);
  });

  it('tells a reader to check their connection when the library fails to load on the live site', async () => {
    const load = createPagefindLoader({ importer: missing, dev: false });
    await expect(load()).rejects.toThrow(LOAD_FAILED_MESSAGE);
  });

  it('imports and configures the library once, however often search opens', async () => {
    const pagefind = fakePagefind();
    const importer = vi.fn(() => Promise.resolve(pagefind));
    const load = createPagefindLoader({ importer, dev: false });
    expect(await Promise.all([load(), load()])).toEqual([pagefind, pagefind]);
    await load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(pagefind.options).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failure, so search recovers once the network is back', async () => {
    const pagefind = fakePagefind();
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(pagefind);
    const load = createPagefindLoader({ importer, dev: false });
    await expect(load()).rejects.toThrow(LOAD_FAILED_MESSAGE);
    await expect(load()).resolves.toBe(pagefind);
  });
});
