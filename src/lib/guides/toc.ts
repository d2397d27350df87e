/**
 * Turns the flat heading list Astro gives for an MDX entry into the nested
 * list the "On this page" navigation shows: h2s, each with its h3s.
 */
import { decodeHTML } from 'entities';

/** A heading as Astro reports it from `render(entry)`. */
export interface FlatHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of the table of contents, with the h3s that follow an h2. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Nests h3s under the h2 before them; other levels are left out. An h3 before any h2 becomes a top-level item. */
export function buildToc(headings: readonly FlatHeading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    const item: TocItem = { slug, text, children: [] };
    const parent = items.at(-1);
    if (depth === 2 || (depth === 3 && !parent)) items.push(item);
    else if (depth === 3 && parent) parent.children.push(item);
  }
  return items;
}

/** The plain text of a small piece of rendered HTML (a heading), for labels such as "Link to section: …". */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
