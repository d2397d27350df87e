/**
 * Estimates reading time from an MDX source. Counts the words a reader sees,
 * including example messages passed as props, and skips imports, component
 * names and attribute names.
 */

/** Typical silent reading speed for plain, practical prose. */
export const WORDS_PER_MINUTE = 220;

/** Counts the readable words in an MDX body (front matter, imports and markup left out). */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][\w.]*/g, ' ')
    .replace(/\b[\w-]+=/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[{}<>/`"=*#_[\]|]/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read an MDX body; never less than one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(mdx) / wordsPerMinute));
}
