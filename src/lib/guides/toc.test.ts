import { describe, expect, it } from 'vitest';
import { buildToc, htmlToText } from './toc';

describe('buildToc', () => {
  it('nests each h3 under the h2 before it', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });

  it('leaves out h1 and h4 and deeper', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
    ]);
    expect(toc).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });

  it('keeps an h3 that comes before any h2 at the top level rather than dropping it', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});

describe('htmlToText', () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToText('Don&#x27;t <em>call</em> twice &amp; wait')).toBe("Don't call twice & wait");
  });

  it('collapses whitespace', () => {
    expect(htmlToText('  One\n   two ')).toBe('One two');
  });
});
