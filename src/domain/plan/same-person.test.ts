import { describe, expect, it } from 'vitest';
import type { Contact, Interviewer } from '../facts.ts';
import { contactAmongInterviewers, isSamePerson, nameKey } from './same-person.ts';

const person = (name: string, email: string | null = null): Interviewer => ({
  id: `iv-${name.length}`,
  name,
  title: null,
  email,
  linkedIn: false,
  addressAs: null,
  discussed: null,
});
const contact = (name: string, email: string | null = null): Contact => ({ name, role: null, email });

describe('nameKey', () => {
  it('drops case, accents, spacing, punctuation and a leading courtesy title', () => {
    expect(nameKey('  Dr.  Aisling  Ní Bhriain ')).toBe('aisling ni bhriain');
    expect(nameKey('MS TOMASZ WÓJCIK')).toBe('tomasz wojcik');
    expect(nameKey('Prof Ana de la Cruz')).toBe('ana de la cruz');
  });

  it('keeps a single name even when it reads like a title, and names in other scripts', () => {
    expect(nameKey('Miss')).toBe('miss');
    expect(nameKey('山田 太郎')).toBe('山田 太郎');
  });
});

describe('isSamePerson', () => {
  it('matches the same email whatever its case', () => {
    expect(isSamePerson(contact('Sam', 'Sam.Reed@Example.com'), person('Samantha Reed', 'sam.reed@example.com'))).toBe(
      true,
    );
  });

  it('matches the same name written with a title, other case, accents or spacing', () => {
    expect(isSamePerson(contact('Dr Zoë  Adams'), person('zoe adams'))).toBe(true);
    expect(isSamePerson(contact('Mr. Jan van Dijk'), person('Jan Van Dijk'))).toBe(true);
  });

  it('tells apart different people, even with a shared surname or no email', () => {
    expect(isSamePerson(contact('Sam Reed', 'sam@a.example'), person('Ada Reed', 'ada@a.example'))).toBe(false);
    expect(isSamePerson(contact('Sam Reed'), person('Sam Reedy'))).toBe(false);
  });
});

describe('contactAmongInterviewers', () => {
  it('finds the interviewer who is also the contact, or null', () => {
    const panel = [person('Ada Quill'), person('Sam Reed')];
    expect(contactAmongInterviewers(contact('sam reed'), panel)).toBe(panel[1]);
    expect(contactAmongInterviewers(contact('Bo Lind'), panel)).toBeNull();
    expect(contactAmongInterviewers(null, panel)).toBeNull();
  });
});
