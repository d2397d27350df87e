import { describe, expect, it } from 'vitest';
import { readEmail } from './email-address.ts';
import { mailtoHref } from './drafts/mailto.ts';

describe('readEmail', () => {
  it('keeps a plain address and reads an empty field as none', () => {
    expect(readEmail(' ada@example.com ')).toEqual({ ok: true, address: 'ada@example.com' });
    expect(readEmail('   ')).toEqual({ ok: true, address: null });
  });

  it('takes the address out of a pasted mailto: link, so the draft’s link is never mailto:mailto:', () => {
    for (const pasted of ['mailto:ada@example.com', 'MAILTO:ada@example.com?subject=Hi', '<ada@example.com>']) {
      const read = readEmail(pasted);
      expect(read, pasted).toEqual({ ok: true, address: 'ada@example.com' });
      const { href } = mailtoHref({ to: read.ok ? read.address : null, subject: 's', body: 'b' });
      expect(href.startsWith('mailto:ada@example.com?'), pasted).toBe(true);
    }
  });

  it('says when there are two addresses, naming them', () => {
    expect(readEmail('ada@example.com, bo@example.com')).toEqual({
      ok: false,
      message:
        "That's 2 addresses (ada@example.com, bo@example.com). Keep one here; add another interviewer for each other person.",
    });
    expect(readEmail('ada@example.com; bo@example.com').ok).toBe(false);
  });

  it('says to leave out the name when a "Name <address>" is pasted, and shows the address to keep', () => {
    expect(readEmail('Ada Quill <ada@example.com>')).toEqual({
      ok: false,
      message: 'Type just the address, without the name: ada@example.com',
    });
    expect(readEmail('"Quill, Ada" <ada@example.com>').ok).toBe(false);
    expect(readEmail('Ada ada@example.com')).toEqual({
      ok: false,
      message: 'Type just the address, without anything around it: ada@example.com',
    });
  });

  it('says whether the @ or the domain is what is missing', () => {
    expect(readEmail('ada.example.com')).toEqual({
      ok: false,
      message: 'That email address has no @ — check it, like name@example.com.',
    });
    expect(readEmail('ada@example')).toEqual({
      ok: false,
      message: 'That email address looks incomplete — check the part after the @, like example.com.',
    });
  });
});
