/**
 * Whether the helping contact is also one of the interviewers, so the plan
 * sends that person one thank-you that covers both (issue #10: one person,
 * one thank-you). The same email, ignoring case, or the same name, ignoring
 * case, accents, spacing, punctuation and a courtesy title, is the same person.
 */
import type { Contact, Interviewer } from '../facts.ts';

/** Courtesy titles a name may carry in one field and not the other. */
const TITLES = new Set(['dr', 'prof', 'ms', 'mrs', 'mr', 'mx', 'miss']);

const keys = new Map<string, string>();

/** A name reduced to the words that identify the person: no accents, case, punctuation or title. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // Remembered: every round compares the contact with each interviewer, twice.
    if (keys.size >= 1000) keys.clear();
    key = reduceName(name);
    keys.set(name, key);
  }
  return key;
}

function reduceName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const start = words.length > 1 && TITLES.has(words[0] ?? '') ? 1 : 0;
  return words.slice(start).join(' ');
}

/** Whether the contact and the interviewer are one person (same email, or the same name). */
export function isSamePerson(contact: Contact, person: Interviewer): boolean {
  if (contact.email && person.email && contact.email.toLowerCase() === person.email.toLowerCase()) return true;
  const key = nameKey(contact.name);
  return key !== '' && key === nameKey(person.name);
}

/** The interviewer who is also the helping contact, or null when the contact is someone else (or absent). */
export function contactAmongInterviewers(
  contact: Contact | null,
  interviewers: readonly Interviewer[],
): Interviewer | null {
  if (!contact) return null;
  return interviewers.find((person) => isSamePerson(contact, person)) ?? null;
}
