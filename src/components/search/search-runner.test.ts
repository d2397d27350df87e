import { describe, expect, it, vi } from 'vitest';
import type { Pagefind, PagefindResult } from './pagefind-loader.ts';
import { createSearcher, loadHits } from './search-runner.ts';

const result = (url: string): PagefindResult => ({
  id: url,
  data: () => Promise.resolve({ url, excerpt: url, meta: { title: url } }),
});

/** A Pagefind whose debouncedSearch answers each call when the test says so. */
function controllablePagefind() {
  const pending: ((value: { results: PagefindResult[] }) => void)[] = [];
  const pagefind = {
    options: vi.fn(() => Promise.resolve()),
    init: vi.fn(() => Promise.resolve()),
    search: vi.fn(),
    debouncedSearch: vi.fn(() => new Promise((resolve) => pending.push(resolve))),
  } as unknown as Pagefind;
  return { pagefind, pending };
}

describe('createSearcher', () => {
  it('answers an empty query with no results without loading Pagefind', async () => {
    const load = vi.fn();
    await expect(createSearcher(load)('   ')).resolves.toEqual({ query: '', topic: undefined, results: [] });
    expect(load).not.toHaveBeenCalled();
  });

  it('drops an older answer that arrives after a newer query was asked', async () => {
    const { pagefind, pending } = controllablePagefind();
    const search = createSearcher(() => Promise.resolve(pagefind));
    const first = search('sal');
    const second = search('salary');
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!({ results: [result('/b/')] });
    pending[0]!({ results: [result('/a/')] });
    await expect(first).resolves.toBeNull();
    await expect(second).resolves.toMatchObject({ query: 'salary', results: [{ id: '/b/' }] });
  });

  it('lists every guide in a topic when the query is empty, through the topic filter', async () => {
    const { pagefind, pending } = controllablePagefind();
    const answer = createSearcher(() => Promise.resolve(pagefind))('', 'The thank-you');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]!({ results: [] });
    await answer;
    expect(pagefind.debouncedSearch).toHaveBeenCalledWith(null, { filters: { topic: 'The thank-you' } }, 80);
  });
});

describe('loadHits', () => {
  it('fetches only the requested slice of results, in order', async () => {
    const hits = await loadHits([result('/a/'), result('/b/'), result('/c/')], 1, 3);
    expect(hits.map((h) => h.url)).toEqual(['/b/', '/c/']);
  });
});
