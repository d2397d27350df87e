/**
 * Names that do not belong in this note: a company or person from another of
 * the user's saved plans (the classic copy-and-paste slip), and a greeting
 * that names someone other than the note's recipient. Anything that appears
 * in this plan's own facts belongs to it, so a strength that mentions a past
 * employer is never flagged.
 */
import type { Facts } from '../../facts.ts';
import { everyInterviewer } from '../names.ts';
import type { Recipient } from '../../plan/types.ts';
import type { Place } from '../types.ts';
import type { Elsewhere } from './context.ts';

/** A name found where it does not belong, and why. */
export interface NameSlip {
  /** Where it is. */
  place: Place;
  /** The reason, naming who or what it is. */
  reason: string;
}

const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
const TITLES = new Set(['dr', 'prof', 'ms', 'mrs', 'mr', 'mx', 'sir', 'madam', 'dear']);
const LEGAL =
  /[\s,]+(?:ltd|limited|plc|llc|llp|inc|incorporated|corp|corporation|gmbh|ag|sa|sas|bv|pty|co|company|group)\.?$/iu;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place `name` occurs as whole words; case-insensitive unless `exactCase`. */
export function occurrences(text: string, name: string, exactCase: boolean): Place[] {
  const words = name
    .trim()
    .split(/\s+/u)
    .map(escape)
    .join(String.raw`\s+`);
  if (!words) return [];
  const re = new RegExp(`(?<!${LETTER})${words}(?!${LETTER})`, exactCase ? 'gu' : 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** What the user typed as a name: the company (and any other employer), the role, their own name, every person's name and title. */
export function typedNames(facts: Facts): string[] {
  const { interview, notes, contact } = facts;
  return [
    interview.company,
    interview.role,
    notes.userName,
    contact?.name,
    contact?.role,
    ...everyInterviewer(facts).flatMap((p) => [p.name, p.title]),
    ...facts.events.map((e) => (e.kind === 'another-offer' ? e.otherEmployer : null)),
  ].filter((n): n is string => !!n);
}

/** All the words of a plan's facts, for "does this belong to the plan?". */
function ownText(facts: Facts): string {
  const { notes } = facts;
  return [...typedNames(facts), notes.strengths, notes.correction, notes.question]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

const opensSentence = (text: string, index: number) => /(?:^|[.!?:]\s+|\n\s*)$/u.test(text.slice(0, index));

/** Companies and people of other plans named in `text` that this plan's facts never mention. */
export function strayNames(text: string, facts: Facts, elsewhere: Elsewhere): NameSlip[] {
  const own = ownText(facts);
  const belongs = (name: string) => own.includes(name.toLowerCase());
  const slips: NameSlip[] = [];
  for (const company of new Set(elsewhere.companies.map((c) => c.trim()))) {
    const core = company.replace(LEGAL, '').trim();
    if (core.length < 2 || belongs(core)) continue;
    const names = [...new Set([company, core])];
    for (const name of names) {
      // A one-word name is matched as capitalised, and not as a sentence's first word ("Next, …").
      const single = !/\s/u.test(name);
      for (const place of occurrences(text, name, single)) {
        if (single && opensSentence(text, place.start)) continue;
        slips.push({
          place,
          reason: `“${name}” is the employer in another of your plans, not ${facts.interview.company}.`,
        });
      }
    }
  }
  for (const person of new Set(elsewhere.people.map((p) => p.trim()))) {
    if (!/\s/u.test(person) || belongs(person)) continue;
    for (const place of occurrences(text, person, false))
      slips.push({ place, reason: `${person} is in another of your plans, not this one.` });
  }
  return dedupe(slips);
}

/** Name words of a person, without titles or single letters. */
const nameWords = (name: string): string[] =>
  name
    .split(/[\s,]+/u)
    .map((w) => w.replace(/\.$/u, '').toLowerCase())
    .filter((w) => w.length >= 2 && !TITLES.has(w));

/** The greeting's names, when the text opens with one ("Dear Ada Quill," / "Hi Bo, thank you…"). */
function greetingWords(text: string): { word: string; place: Place }[] {
  const m = /^\s*(?:dear|hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening))\b[^\S\n]*([^,\n!:;]*)/iu.exec(text);
  if (!m?.[1]) return [];
  const at = m.index + m[0].length - m[1].length;
  return [...m[1].matchAll(/[\p{L}\p{M}'’-]+/gu)].map((w) => ({
    word: w[0].toLowerCase(),
    place: { start: at + w.index, end: at + w.index + w[0].length },
  }));
}

/** A greeting that names someone in this plan, or in another plan, who is not the recipient. */
export function wrongRecipient(
  text: string,
  facts: Facts,
  recipient: Recipient,
  elsewhere: Elsewhere | null,
): NameSlip[] {
  if (recipient.kind === 'self') return [];
  const greeted = greetingWords(text);
  if (greeted.length === 0) return [];
  // The recipient's own name, and how the user chose to address them ("address as"), once the plan records it.
  const addressAs = 'addressAs' in recipient && typeof recipient.addressAs === 'string' ? recipient.addressAs : '';
  const theirs = new Set([...nameWords(recipient.name), ...nameWords(addressAs)]);
  const inPlan = [...everyInterviewer(facts).map((p) => p.name), facts.contact?.name ?? ''].filter(Boolean);
  const planWords = new Set(inPlan.flatMap(nameWords));
  const others: { name: string; where: string }[] = [
    ...inPlan.filter((n) => n !== recipient.name).map((name) => ({ name, where: '' })),
    ...(elsewhere?.people ?? []).map((name) => ({ name, where: ', from another of your plans' })),
  ];
  const slips: NameSlip[] = [];
  for (const { name, where } of others) {
    // Only the words that tell them apart: a shared first name proves nothing.
    const distinct = nameWords(name).filter((w) => !theirs.has(w) && (where === '' || !planWords.has(w)));
    const hit = greeted.find((g) => distinct.includes(g.word));
    if (hit)
      slips.push({
        place: hit.place,
        reason: `This note is for ${recipient.kind === 'hr' ? 'the hiring team' : recipient.name}, but the greeting names ${name}${where}.`,
      });
  }
  return dedupe(slips);
}

/** One slip per stretch of text: where two overlap ("Acme Ltd" and "Acme"), the longer, then the first, wins. */
function dedupe(slips: NameSlip[]): NameSlip[] {
  const kept: NameSlip[] = [];
  const byLength = [...slips].sort((a, b) => b.place.end - b.place.start - (a.place.end - a.place.start));
  for (const slip of byLength)
    if (!kept.some((k) => slip.place.start < k.place.end && k.place.start < slip.place.end)) kept.push(slip);
  return kept.sort((a, b) => a.place.start - b.place.start);
}
