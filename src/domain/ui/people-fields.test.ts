import { describe, expect, it } from 'vitest';
import { addressHint } from './people-fields.ts';

const hint = (name: string, addressAs = '', title = '') => addressHint({ name, title, addressAs });

describe('addressHint', () => {
  it('shows the formal and warm forms suggested from a name with a title', () => {
    expect(hint('Dr Ada Quill')).toBe(
      "We'll write “Dr Quill” in a formal note, “Ada” in a warm or concise one. Type another form to use it everywhere.",
    );
  });

  it('follows the name as it is typed', () => {
    expect(hint('Marcus')).toBe("We'll write “Marcus” in every tone. Type another form to use it everywhere.");
    // An email address in the name is refused next to it: no greeting is suggested from it.
    expect(hint('j.smith@acme.com')).toBe("Add their name above and we'll suggest how to greet them.");
    expect(hint('Marcus Webb')).toContain('“Marcus”');
    expect(hint('Ms Bo Lind')).toContain('“Ms Lind” in a formal note, “Bo” in a warm');
  });

  it("uses the user's own form once typed, exactly as typed", () => {
    expect(hint('Dr Ada Quill', 'Professor Quill')).toBe(
      "We'll use “Professor Quill” in every message to them. Clear this to use our suggestion.",
    );
  });

  it('asks for the name first when there is none, or only invisible characters', () => {
    expect(hint('')).toBe("Add their name above and we'll suggest how to greet them.");
    expect(hint('\u200B\u200D')).toBe("Add their name above and we'll suggest how to greet them.");
  });

  it('keeps suggesting while the form of address holds only invisible characters', () => {
    expect(hint('Ada Quill', '\u200B')).toContain('“Ada” in every tone');
  });
});
