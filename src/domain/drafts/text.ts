/**
 * Text utilities shared by the drafts and the checker: one definition of a
 * "word" and of a character, and the placeholders for facts a message cannot
 * do without. Nothing here shortens text: drafts never cut the user's words.
 */

/** Words are whitespace-separated tokens containing a letter or digit (dashes and bullets do not count). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** Length in UTF-16 code units: never less than what LinkedIn or a subject field counts. */
export const countChars = (text: string): number => text.length;

/** Visible stand-ins for facts the user has not given, shown in square brackets. */
export const PLACEHOLDERS = {
  userName: '[your name]',
  role: '[job title]',
  strengths: '[a strength that fits the role]',
  correction: '[the point you want to clear up]',
} as const;

/** Finds `[placeholder]`-style brackets left in a text. */
export const PLACEHOLDER_PATTERN = /\[[^\]\n]{1,60}\]/g;
