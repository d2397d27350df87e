import { describe, expect, it } from 'vitest';
import { firstText, metaContent, readBuiltPages } from './support/built-site';

const pages = readBuiltPages();

describe('titles and descriptions', () => {
  it('every page has a title and a meta description', () => {
    const missing = pages
      .filter((p) => !firstText(p.html, 'title') || !metaContent(p.html, 'description'))
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('no two pages share a title', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of pages) {
      const title = firstText(p.html, 'title') ?? '';
      if (seen.has(title)) dupes.push(`${p.path} and ${seen.get(title)}: "${title}"`);
      seen.set(title, p.path);
    }
    expect(dupes).toEqual([]);
  });

  it('no two pages share a meta description', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of pages) {
      const description = metaContent(p.html, 'description') ?? '';
      if (seen.has(description)) dupes.push(`${p.path} and ${seen.get(description)}`);
      seen.set(description, p.path);
    }
    expect(dupes).toEqual([]);
  });
});
