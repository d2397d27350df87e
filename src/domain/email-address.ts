/**
 * Reading what someone typed or pasted into an email field. People paste
 * what their mail app copies: `Ada Quill <ada@example.com>`, a `mailto:` link,
 * two addresses at once. Each gets a message saying exactly what is wrong, or
 * (a `mailto:` prefix, angle brackets around a lone address) is tidied, so a
 * draft's "open in my email app" link is never broken.
 */
import { LIMITS } from './facts.ts';

/** Deliberately simple: an @, something before it, and a dotted domain after it. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** An address to use (null: the field was left empty), or what to tell the user. */
export type EmailReading = { ok: true; address: string | null } | { ok: false; message: string };

/** Reads one email field. */
export function readEmail(raw: string): EmailReading {
  // A pasted link: mailto:ada@example.com (maybe with ?subject=…) is the address.
  const value = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\?.*$/s, '')
    .trim();
  if (value === '') return { ok: true, address: null };
  const found = value.match(/[^\s<>,;:"()]+@[^\s<>,;:"()]+/g) ?? [];
  if (found.length > 1) {
    return {
      ok: false,
      message: `That's ${found.length} addresses (${found.join(', ')}). Keep one here; add another interviewer for each other person.`,
    };
  }
  const named = /^(.*?)<\s*([^<>]+?)\s*>$/.exec(value);
  if (named) {
    const [, name = '', inner = ''] = named;
    if (name.trim() === '') return readEmail(inner);
    return { ok: false, message: `Type just the address, without the name: ${inner}` };
  }
  if (/\s/.test(value) && found.length === 1) {
    return { ok: false, message: `Type just the address, without anything around it: ${found[0]}` };
  }
  if (value.length > LIMITS.email || !EMAIL_PATTERN.test(value)) {
    if (!value.includes('@'))
      return { ok: false, message: 'That email address has no @ — check it, like name@example.com.' };
    return {
      ok: false,
      message: 'That email address looks incomplete — check the part after the @, like example.com.',
    };
  }
  return { ok: true, address: value };
}
