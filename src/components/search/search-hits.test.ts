import { describe, expect, it } from 'vitest';
import { describeResults, pickBestSection, toSearchHit, type PagefindResultData } from './search-hits.ts';

const at = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));

const page: PagefindResultData = {
  url: '/guides/mistakes-to-avoid/',
  excerpt: 'Page <mark>salary</mark> excerpt',
  meta: { title: 'Mistakes that cost offers', description: 'The habits to drop.' },
  filters: { topic: ['Mistakes to avoid'] },
  sub_results: [
    {
      title: 'Mistakes that cost offers',
      url: '/guides/mistakes-to-avoid/',
      excerpt: 'Intro',
      weighted_locations: at(1),
    },
    {
      title: 'Asking about salary too soon',
      url: '/guides/mistakes-to-avoid/#salary',
      excerpt: 'Bringing up <mark>salary</mark> in a thank-you',
      anchor: { element: 'h2', id: 'salary' },
      weighted_locations: at(2, 3),
    },
  ],
};

describe('toSearchHit', () => {
  it('links to the sub-heading where the query scored best and shows its excerpt', () => {
    expect(toSearchHit(page)).toEqual({
      title: 'Mistakes that cost offers',
      url: '/guides/mistakes-to-avoid/#salary',
      section: 'Asking about salary too soon',
      excerpt: 'Bringing up <mark>salary</mark> in a thank-you',
      topic: 'Mistakes to avoid',
    });
  });

  it('links to the guide itself, with no sub-heading, when the best match is before the first heading', () => {
    const intro = { ...page, sub_results: [{ ...page.sub_results![0]!, weighted_locations: at(9) }] };
    expect(toSearchHit(intro)).toMatchObject({
      url: '/guides/mistakes-to-avoid/',
      section: undefined,
      excerpt: 'Page <mark>salary</mark> excerpt',
    });
  });

  it('falls back to the description when there is no excerpt, and to the URL when there is no title', () => {
    const bare = { url: '/guides/x/', excerpt: '', meta: { description: 'About x.' } };
    expect(toSearchHit(bare)).toMatchObject({ title: '/guides/x/', excerpt: 'About x.', topic: undefined });
  });
});

describe('pickBestSection', () => {
  it('keeps the earlier section when two score the same', () => {
    const [a, b] = [page.sub_results![1]!, { ...page.sub_results![1]!, url: '#later' }];
    expect(pickBestSection([a, b])).toBe(a);
  });

  it('returns nothing for a page without sections', () => {
    expect(pickBestSection([])).toBeUndefined();
  });
});

describe('describeResults', () => {
  it('counts guides in the singular and the plural', () => {
    expect(describeResults(1, 'salary')).toBe('1 guide found for “salary”.');
    expect(describeResults(3, 'salary')).toBe('3 guides found for “salary”.');
  });

  it('says plainly when nothing matched, naming the topic filter', () => {
    expect(describeResults(0, 'zebra', 'LinkedIn and networking')).toBe(
      'No guides found for “zebra” in LinkedIn and networking.',
    );
  });

  it('describes a topic listing without a query', () => {
    expect(describeResults(2, '', 'The thank-you')).toBe('2 guides in The thank-you.');
  });
});
