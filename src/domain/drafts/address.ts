/**
 * How to address someone in a greeting, from the name as the user typed it:
 * "Dr Ada Quill" is "Dear Dr Quill" or "Hi Ada", never "Hi Dr". Titles,
 * surname particles ("de la Cruz", "van Dijk"), diacritics, names written
 * "Surname, Given" and names typed all in one case are handled; a name in a
 * script without letter case ("王小明") is used exactly as typed. The user's
 * own "address as" always wins over the suggestion.
 */
import type { Tone } from '../facts-input.ts';

/** The two ways to greet someone: formal ("Dr Quill", or the given name without a title) and warm ("Ada"). */
export interface AddressSuggestion {
  /** For "Dear …": title and surname when a title is known, else the given name. */
  formal: string;
  /** For "Hi …": the given name. */
  warm: string;
}

/** Honorifics recognised before a name (any case, with or without a full stop); several may stand together ("Rev. Dr."). */
const HONORIFICS = new Set([
  'dr',
  'prof',
  'professor',
  'ms',
  'mrs',
  'mr',
  'mx',
  'miss',
  'rev',
  'revd',
  'fr',
  'sir',
  'dame',
  'lady',
  'lord',
  'herr',
  'frau',
]);
/** Honorifics that go with the given name, not the surname: "Sir Keir Starmer" is "Sir Keir" (but "Lady Lovelace"). */
const WITH_GIVEN_NAME = new Set(['sir', 'dame']);
/** The field of a doctorate written after "Dr" ("Dr. med.", "Dr. rer. nat."): part of the title, left out of a greeting. */
const DOCTORATE_FIELDS = new Set([
  'med',
  'phil',
  'rer',
  'nat',
  'jur',
  'dent',
  'vet',
  'habil',
  'oec',
  'pol',
  'h.c',
  'hc',
]);
/** Words after a comma that are letters after a name, not a given name ("Ann Lee, PhD"). */
const SUFFIXES = new Set(['jr', 'sr', 'phd', 'md', 'ii', 'iii', 'iv', 'mba', 'obe', 'mbe', 'esq']);
/** Lower-case words that belong to the surname that follows them. */
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'ten',
  'ter',
  'bin',
  'binti',
  'al',
  'el',
  'ní',
  'nic',
  'ó',
  'ua',
]);

const bare = (word: string): string => word.replace(/\.$/u, '').toLowerCase();
/** Whether a word is a courtesy title ("Dr", "Ms.", "Prof"), not a name or a job title. */
export const isHonorific = (word: string): boolean => HONORIFICS.has(bare(word));
/** A particle; "wa" ("Ngũgĩ wa Thiong'o") only in lower case, since "Ka Wa Chan" has the given name "Ka Wa". */
const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase()) || word === 'wa';
/** An initial such as "A." or "J". */
const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word);

/** Whether every cased letter is Latin and the name is typed all in lower or all in upper case. */
function typedInOneCase(name: string): boolean {
  const letters = name.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((l) => l.toLowerCase() !== l.toUpperCase());
  if (cased.length === 0 || cased.some((l) => !/\p{Script=Latin}/u.test(l))) return false;
  return name === name.toLowerCase() || name === name.toUpperCase();
}

/** "o'shea" → "O'Shea", "marchetti-lind" → "Marchetti-Lind"; particles after the first word stay lower case. */
function properCase(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const lower = word.toLowerCase();
    if (i > 0 && isParticle(lower)) return lower;
    return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
  });
}

/** The name's words in greeting order: "Lee, Ann" → ["Ann", "Lee"]; letters after a comma dropped. */
function orderedWords(name: string): string[] {
  const parts = name.split(',').map((p) => p.trim());
  const [head = '', ...rest] = parts;
  const tail = rest.filter((p) => p !== '' && !p.split(/\s+/u).every((w) => SUFFIXES.has(bare(w))));
  const ordered = tail.length === 1 && head !== '' ? `${tail[0] ?? ''} ${head}` : [head, ...tail].join(' ');
  return ordered.split(/\s+/u).filter((w) => w !== '');
}

/** A title as written, tidied only when typed all in one case ("DR" → "Dr"). */
function titleAsWritten(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The formal and warm ways to address `name`. `title` may carry an honorific
 * given separately ("Dr"); a job title there is ignored. Never returns the
 * full name for "Dear …" unless the name is one word or initials only.
 */
export function suggestAddress(name: string, title?: string | null): AddressSuggestion {
  const cleaned = name.replace(/[\p{Cf}\p{Zs}\s]+/gu, ' ').trim();
  if (cleaned === '') return { formal: '', warm: '' };
  const typed = orderedWords(cleaned);
  const words = typedInOneCase(cleaned) ? properCase(typed) : [...typed];
  // How many words the titles took from the front, to read the first word left as the user typed it.
  let front = 0;
  const honorifics: string[] = [];
  while (words.length > 1 && isHonorific(words[0] ?? '')) {
    honorifics.push(titleAsWritten(words.shift() ?? ''));
    front++;
    while (words.length > 1 && DOCTORATE_FIELDS.has(bare(words[0] ?? ''))) {
      words.shift();
      front++;
    }
  }
  // Letters after a name without a comma ("Amara Okafor PhD", "King Jr."), while a given name and surname remain.
  while (words.length > 2 && SUFFIXES.has(bare(words[words.length - 1] ?? ''))) words.pop();
  const given = title?.trim() ?? '';
  if (honorifics.length === 0 && given !== '' && isHonorific(given) && !/\s/u.test(given))
    honorifics.push(titleAsWritten(given));
  const honorific = honorifics.length > 0 ? honorifics.join(' ') : null;
  const knighted = honorifics.some((h) => WITH_GIVEN_NAME.has(bare(h)));
  // The surname: the last word and any particles before it ("de la Cruz"). It is the whole name when the
  // name opens with a particle typed in lower case, or with a title and two particles ("Mr Van der Berg").
  let cut = words.length - 1;
  while (cut > 1 && isParticle(words[cut - 1] ?? '')) cut--;
  // The first word left as typed: a particle in lower case ("van der Berg") opens the surname.
  const first = typed[front] ?? '';
  const lowerParticleFirst = first === first.toLowerCase() && first !== first.toUpperCase();
  const allParticles = cut === 1 && isParticle(words[0] ?? '');
  if (allParticles && (lowerParticleFirst || (honorific !== null && words.length > 2))) cut = 0;
  if (words.length === 1 || cut === 0) {
    const only = words.join(' ');
    const withTitle = honorific ? `${honorific} ${only}` : only;
    return { formal: withTitle, warm: withTitle };
  }
  const surname = words.slice(cut).join(' ');
  const forenames = words.slice(0, cut);
  // A compound given name runs up to a particle ("María José de la Cruz"); otherwise the first word.
  const firstName = cut < words.length - 1 && forenames.length > 1 ? forenames.join(' ') : (forenames[0] ?? surname);
  const warmName = isInitial(firstName) ? words.join(' ') : firstName;
  // "Sir Keir Starmer" is "Dear Sir Keir", with the given name; other titles go with the surname.
  if (knighted) {
    const withTitle = `${honorific} ${isInitial(firstName) ? words.join(' ') : firstName}`;
    return { formal: withTitle, warm: isInitial(firstName) ? withTitle : firstName };
  }
  if (honorific)
    return { formal: `${honorific} ${surname}`, warm: isInitial(firstName) ? `${honorific} ${surname}` : warmName };
  return { formal: warmName, warm: warmName };
}

/** The parts of a recipient that addressing reads; `addressAs` is the user's own choice, when set. */
export interface Addressable {
  /** The name as given. */
  name: string;
  /** Their job title, or an honorific. */
  title: string | null;
  /** How the user chose to address them; null or absent = use the suggestion. */
  addressAs?: string | null;
}

/** The user's "address as" for a recipient, when they set one (read defensively: older plans lack it). */
export function chosenAddress(recipient: Addressable): string | null {
  const raw = (recipient as { addressAs?: unknown }).addressAs;
  if (typeof raw !== 'string') return null;
  const tidy = raw.trim().replace(/[\s,;:]+$/u, '');
  return tidy === '' ? null : tidy;
}

/** How to address a recipient in a tone: their "address as" when set, else formal or warm by tone. */
export function addressFor(recipient: Addressable, tone: Tone): string {
  const chosen = chosenAddress(recipient);
  if (chosen !== null) return chosen;
  const suggestion = suggestAddress(recipient.name, recipient.title);
  return tone === 'formal' ? suggestion.formal : suggestion.warm;
}
