/**
 * A tiny Tracery-like engine: a phrase bank is named alternatives per tone,
 * a template names its slots in braces ("Thank you for {meeting} on {day}."),
 * and `fill` puts the values in with the joins of join.ts. Which alternative
 * a draft uses is a pure function of a stable seed, never chance.
 */
import type { Tone } from '../../facts-input.ts';
import { endsSentence, inSentence, midSentence, openSentence, tidyEnd, unquoted } from '../join.ts';

/** Alternatives for one part of a message, per tone. */
export type Bank = Readonly<Record<Tone, readonly string[]>>;

/** The values a template may name. `prose` values are the user's own sentences; the rest are names and dates. */
export interface SlotValues {
  /** Names, dates and other fixed values, inserted as given. */
  plain: Readonly<Record<string, string>>;
  /** The user's own free text, inserted with sentence case and punctuation joins. */
  prose: Readonly<Record<string, string>>;
}

const SLOT = /\{(\w+)\}/gu;

/** The names of the slots a template uses. */
export const slotsOf = (template: string): string[] => [...template.matchAll(SLOT)].map((m) => m[1] ?? '');

/** What the output so far says about the next words' position. */
function positionAfter(out: string): 'start' | 'quoted' | 'inside' {
  if (/(?:^|[.!?…]["'’”)\]]*\s+|\n\s*)$/u.test(out)) return 'start';
  if (/[“"‘]$/u.test(out)) return 'quoted';
  return 'inside';
}

/**
 * Fills a template's slots. A value that already ends a sentence absorbs the
 * template's own end mark after it ("Ltd." + "." stays "Ltd."); a prose value
 * opening a sentence gets a capital, and mid-sentence an ordinary first word
 * gets a small letter. A prose value the template's sentence goes on after
 * loses a closing full stop or exclamation mark ("…analytics. to Acme"), and
 * one inside the template's quotes loses quotes typed around it. Throws on a
 * slot the values lack (a bank error).
 */
export function fill(template: string, values: SlotValues): string {
  let out = '';
  let from = 0;
  for (const m of template.matchAll(SLOT)) {
    out += template.slice(from, m.index);
    const key = m[1] ?? '';
    const proseValue = values.prose[key];
    const raw = proseValue ?? values.plain[key];
    if (raw === undefined) throw new Error(`phrase bank: no value for {${key}} in “${template}”`);
    const where = positionAfter(out);
    from = m.index + m[0].length;
    // The template goes on with the same sentence ("{strengths} to {company}."), not with a mark or a new line.
    const goesOn = /^(?:\s+[\p{Ll}{]|\s*[,;:])/u.test(template.slice(from));
    const value =
      proseValue === undefined
        ? where === 'start'
          ? openSentence(raw)
          : raw
        : where === 'quoted'
          ? unquoted(tidyEnd(raw))
          : (where === 'start' ? openSentence : inSentence)(goesOn ? midSentence(tidyEnd(raw)) : tidyEnd(raw));
    out += value;
    // "Ltd." then "." or "?" then "." : one mark is enough.
    if (endsSentence(value) && /^[.?!]/u.test(template.slice(from))) from += 1;
  }
  return out + template.slice(from);
}

/** Picks alternative `position` (wrapping) of a list. */
export function choose<T>(list: readonly T[], position: number): T {
  const item = list[((position % list.length) + list.length) % list.length];
  if (item === undefined) throw new Error('phrase bank: an empty list of alternatives');
  return item;
}
