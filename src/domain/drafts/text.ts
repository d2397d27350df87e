/**
 * Text utilities shared by the drafts and the checker: one definition of a
 * "word", placeholders, and trimming that keeps a draft inside its limit by
 * shortening the user's own long facts with an ellipsis.
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

/**
 * Words people often start a note with ("Ten years of…", "My work on…") that
 * read wrongly capitalised once the note is dropped mid-sentence ("I would
 * bring …"). Only these are lowered: a leading proper noun ("Python", "Figma")
 * must keep its capital, and we cannot tell those apart in general.
 */
const LEAD_WORDS = new Set(
  (
    'a an the my our some several many more over about nearly almost strong deep solid proven broad extensive ' +
    'hands-on practical real recent direct experience expertise knowledge skills years two three four five six ' +
    'seven eight nine ten eleven twelve fifteen twenty'
  ).split(' '),
);

/** A user's note ready to sit mid-sentence: a leading ordinary word loses its capital. */
export function midSentence(text: string): string {
  const first = /^[A-Z][a-z-]*/.exec(text)?.[0];
  return first && LEAD_WORDS.has(first.toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Finds `[placeholder]`-style brackets left in a text. */
export const PLACEHOLDER_PATTERN = /\[[^\]\n]{1,60}\]/g;

/** Ends a fact with the given mark unless it already ends in . ! ? or … */
export function endWith(text: string, mark: '.' | '?'): string {
  return /[.!?…]$/.test(text) ? text : `${text}${mark}`;
}

/** The part of a name to greet someone by: the first word, unless that is a title like "Dr." */
export function firstName(name: string): string {
  const first = name.split(' ')[0] ?? name;
  return first.endsWith('.') || first.length < 2 ? name : first;
}

/** Keeps the first `words` words of a text and marks the cut with an ellipsis. */
function cutWords(text: string, words: number): string {
  const kept = text.split(' ').slice(0, Math.max(1, words)).join(' ');
  return `${kept.replace(/[\s,;:.!?…-]+$/u, '')}…`;
}

/** Keeps the first `chars` code units (never splitting a character) and marks the cut with an ellipsis. */
function cutChars(text: string, chars: number): string {
  let kept = '';
  for (const ch of text) {
    if (kept.length + ch.length > Math.max(1, chars - 1)) break;
    kept += ch;
  }
  return `${kept.replace(/[\s,;:.!?…-]+$/u, '')}…`;
}

/** Facts a template may shorten, in the order they should give way (first = shortened first). */
export type Slots = Record<string, string>;

/**
 * Renders `template` with `slots`, shortening the longest trimmable slot until
 * the result fits `max` (in words or characters). Slots listed in `trimmable`
 * are the only ones cut; placeholders and fixed wording never are.
 */
export function fitTo<S extends Slots>(
  slots: S,
  template: (s: S) => string,
  max: number,
  unit: 'words' | 'chars',
  trimmable: readonly (keyof S & string)[],
): string {
  const measure = unit === 'words' ? countWords : countChars;
  const placeholders: readonly string[] = Object.values(PLACEHOLDERS);
  const current: S = { ...slots };
  let text = template(current);
  // Only slots that can still shrink; one that does not change the text (not used here) is dropped.
  const open = new Set(trimmable.filter((key) => !placeholders.includes(current[key] ?? '')));
  while (measure(text) > max && open.size > 0) {
    let longest: (keyof S & string) | null = null;
    for (const key of open)
      if (longest === null || measure(current[key] ?? '') > measure(current[longest] ?? '')) longest = key;
    if (longest === null) break;
    const value = current[longest] ?? '';
    const size = measure(value);
    if (size <= 1) {
      open.delete(longest);
      continue;
    }
    const keep = Math.max(1, size - (measure(text) - max));
    const before = text;
    current[longest] = (unit === 'words' ? cutWords(value, keep) : cutChars(value, keep)) as S[keyof S & string];
    text = template(current);
    if (measure(text) >= measure(before)) {
      current[longest] = value as S[keyof S & string];
      text = before;
      open.delete(longest);
    }
  }
  return text;
}
