/**
 * How the user's words join the draft's own: untouched, except that a text
 * opening a sentence gets a capital, an ordinary word ("When", "Five") loses
 * its capital mid-sentence or after a colon, and the marks where two texts
 * meet never double ("Ltd.." or "?."). A word we cannot be sure is ordinary
 * keeps its capital: it may be a name ("Python", "Acme").
 */

/**
 * Capitalised words that are ordinary at the start of a note and read wrongly
 * capitalised mid-sentence. Only these are ever lowered.
 */
const ORDINARY = new Set(
  (
    'a an the my our your their his her its this that these those some several many more most much over about ' +
    'nearly almost around roughly strong deep solid proven broad extensive hands-on practical real recent direct ' +
    'experience expertise knowledge skills years two three four five six seven eight nine ten eleven twelve ' +
    'fifteen twenty when while after before during since although though because as if once whether how what ' +
    'why which who where whose also another both each every either all any one in on at for with without from ' +
    'to of by into through under across within between leading running building managing designing working ' +
    'helping having being is are was were do does did can could would should might have has had ' +
    'not no yes just only even still there here it we they you he she'
  ).split(' '),
);

/** The first word of a text and where it ends. */
const firstWord = (text: string): string => /^[\p{L}\p{M}'’-]+/u.exec(text)?.[0] ?? '';

/** A text that opens a sentence: a first word typed all in lower case gets a capital ("five years" → "Five years"). */
export function openSentence(text: string): string {
  const word = firstWord(text);
  if (word === '' || word !== word.toLowerCase() || word === word.toUpperCase()) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A text inside a sentence: a leading ordinary word ("When", "Five") loses its capital; anything else is kept. */
export function inSentence(text: string): string {
  const word = firstWord(text);
  if (!/^\p{Lu}\p{Ll}*$/u.test(word) || !ORDINARY.has(word.toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A user's text tidied for joining: outer spaces and a dangling comma, semicolon, colon or dash dropped. */
export const tidyEnd = (text: string): string => text.trim().replace(/(?:\s*[,;:–—-])+$/u, '');

/** Short forms whose full stop belongs to the word ("Acme Inc.", "etc."), kept mid-sentence. */
const SHORT_FORMS = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'jr', 'sr', 'st', 'dept', 'approx', 'vs']);

/**
 * A user's text placed mid-sentence: a closing full stop or exclamation mark
 * would end the sentence early ("ten years of analytics. to Acme"), so it goes;
 * an ellipsis, a question mark and the stop of a short form ("Inc.", "e.g.", "J.") stay.
 */
export function midSentence(text: string): string {
  const last = /(?:^|\s)(\S+)$/u.exec(text)?.[1] ?? '';
  if (/(?:\.\.|…)$/u.test(last) || /^(?:\p{L}\.)+$/u.test(last)) return text;
  if (last.endsWith('.') && SHORT_FORMS.has(last.slice(0, -1).toLowerCase())) return text;
  return text.replace(/(?<=[^.!])(?:\.|!+)$/u, '');
}

/** A user's text inside the template's own quotes: quotes typed around it would double them. */
export const unquoted = (text: string): string => /^["“'‘](.+)["”'’]$/su.exec(text)?.[1] ?? text;

/** Whether a text already ends a sentence (closing quotes and brackets aside): "Ltd.", "why?", "soon…". */
export const endsSentence = (text: string): boolean => /[.!?…]["'’”)\]]*$/u.test(text);

/** Whether a text reads as a question of its own. */
export const isQuestion = (text: string): boolean => /\?["'’”)\]]*$/u.test(text.trim());

/** Whether a capitalised word is one of the ordinary words the drafts lower mid-sentence. */
export const isOrdinary = (word: string): boolean => ORDINARY.has(word.toLowerCase());
