/**
 * Spots a name written slightly differently from how the user gave it
 * ("Ana" for "Ada", "Mcdonald" for "McDonald"). Fact sheet §1 and §9: get
 * every name and spelling right.
 */
import type { Facts, Interviewer } from '../facts.ts';
import { suggestAddress } from './address.ts';

/** Optimal-string-alignment distance (edits incl. swapping two neighbours), stopping early past `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] ?? [];
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? cap + 1;
}

/** Every interviewer the user named, in every round: a note to someone met in round two names them. */
export const everyInterviewer = (facts: Facts): Interviewer[] => [
  ...facts.interviewers,
  ...facts.events.flatMap((e) => (e.kind === 'another-round' ? e.interviewers : [])),
];

/** Capitalised words that look like names but are ordinary in these messages. */
const ORDINARY = new Set(
  'the and thank thanks dear hello best kind warm with regards wishes team role interview since what when where which would could should this that there their they then once one your yours have please looking monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december linkedin same some'.split(
    ' ',
  ),
);

const WORD = /[\p{Lu}][\p{L}'’-]{2,}/gu;
const wordsOf = (text: string | null): string[] => (text ? (text.match(/[\p{L}'’-]{3,}/gu) ?? []) : []);

/** Places where a capitalised word is one or two letters away from a name given in the facts. */
export function nameSlips(text: string, facts: Facts): { written: string; expected: string; index: number }[] {
  const interviewers = everyInterviewer(facts);
  const people = [...interviewers.map((p) => p.name), facts.contact?.name ?? null];
  const expected = [...new Set(people.flatMap(wordsOf))];
  // How the drafts address each person: a name typed "ada quill" is greeted as "Ada", which is no slip.
  const addressed = [...interviewers, ...(facts.contact ? [{ ...facts.contact, title: null }] : [])].flatMap((p) => {
    const { formal, warm } = suggestAddress(p.name, p.title);
    return [formal, warm, 'addressAs' in p && typeof p.addressAs === 'string' ? p.addressAs : null];
  });
  const known = new Set([
    ...expected,
    ...addressed.flatMap(wordsOf),
    ...wordsOf(facts.notes.userName),
    ...wordsOf(facts.interview.company),
    ...wordsOf(facts.interview.role),
  ]);
  const slips: { written: string; expected: string; index: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const written = m[0];
    if (known.has(written) || ORDINARY.has(written.toLowerCase())) continue;
    // A capital at the start of a sentence or bullet is usually just grammar ("Ask for …"), unless a comma follows.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const opensSentence = m.index === 0 || /(^|[.!?:\n]\s?|[-•*]\s)$/u.test(before) || before.endsWith('\n');
    if (opensSentence && text[m.index + written.length] !== ',') continue;
    for (const name of expected) {
      const cap = name.length >= 6 ? 2 : 1;
      const sameLetters = written.toLowerCase() === name.toLowerCase();
      if (sameLetters || editDistance(written.toLowerCase(), name.toLowerCase(), cap) <= cap) {
        slips.push({ written, expected: name, index: m.index });
        break;
      }
    }
  }
  return slips;
}
