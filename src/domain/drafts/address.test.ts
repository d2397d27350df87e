import { describe, expect, it } from 'vitest';
import { addressFor, chosenAddress, suggestAddress } from './address.ts';

const both = (name: string, title?: string | null) => suggestAddress(name, title);

describe('suggestAddress', () => {
  it('greets "Dr Ada Quill" as Dr Quill formally and Ada warmly, never "Dr" alone', () => {
    expect(both('Dr Ada Quill')).toEqual({ formal: 'Dr Quill', warm: 'Ada' });
    expect(both('Dr. Ada Quill')).toEqual({ formal: 'Dr. Quill', warm: 'Ada' });
  });

  it('reads every title, with or without a full stop', () => {
    for (const t of ['Dr', 'Prof', 'Ms', 'Mrs', 'Mr', 'Mx', 'Prof.', 'Ms.', 'Mrs.', 'Mr.', 'Mx.'])
      expect(both(`${t} Bo Lind`)).toEqual({ formal: `${t} Lind`, warm: 'Bo' });
  });

  it('uses the given name, not the full name, for a formal greeting without a title', () => {
    expect(both('Marcus Webb')).toEqual({ formal: 'Marcus', warm: 'Marcus' });
  });

  it('takes an honorific given as the title, and ignores a job title', () => {
    expect(both('Ada Quill', 'Dr')).toEqual({ formal: 'Dr Quill', warm: 'Ada' });
    expect(both('Ada Quill', 'Head of Analytics')).toEqual({ formal: 'Ada', warm: 'Ada' });
  });

  it('keeps a single name whole, with its title when there is one', () => {
    expect(both('Ada')).toEqual({ formal: 'Ada', warm: 'Ada' });
    expect(both('Dr Quill')).toEqual({ formal: 'Dr Quill', warm: 'Dr Quill' });
  });

  it('keeps surname particles with the surname', () => {
    expect(both('Ms Ana de la Cruz')).toEqual({ formal: 'Ms de la Cruz', warm: 'Ana' });
    expect(both('Ana de la Cruz')).toEqual({ formal: 'Ana', warm: 'Ana' });
    expect(both('Dr Jan van Dijk')).toEqual({ formal: 'Dr van Dijk', warm: 'Jan' });
    expect(both('Jan van Dijk').warm).toBe('Jan');
    expect(both('María José de la Cruz').warm).toBe('María José');
    expect(both("Dr Ngũgĩ wa Thiong'o")).toEqual({ formal: "Dr wa Thiong'o", warm: 'Ngũgĩ' });
    // "wa" counts only typed in lower case: "Ka Wa Chan" has the given name "Ka Wa", surname Chan.
    expect(both('Mr Ka Wa Chan').formal).toBe('Mr Chan');
  });

  it('reads a name that is all surname after its title ("Mr van der Berg"), with its particles', () => {
    expect(both('Mr. van der Berg')).toEqual({ formal: 'Mr. van der Berg', warm: 'Mr. van der Berg' });
    expect(both('Ms. de la Cruz')).toEqual({ formal: 'Ms. de la Cruz', warm: 'Ms. de la Cruz' });
    expect(both('MR VAN DER BERG').formal).toBe('Mr van der Berg');
    expect(both('Mr Van der Berg').formal).toBe('Mr Van der Berg');
    expect(both('van der Berg')).toEqual({ formal: 'van der Berg', warm: 'van der Berg' });
    expect(both('Mr. van der Berg PhD').formal).toBe('Mr. van der Berg');
    // A capitalised first word is a given name, particle or not.
    expect(both('Mr Van Morrison')).toEqual({ formal: 'Mr Morrison', warm: 'Van' });
    expect(both('Al Pacino').warm).toBe('Al');
    expect(both('Jean-Luc van der Berg').warm).toBe('Jean-Luc');
  });

  it('greets a knight or dame by title and given name', () => {
    expect(both('Sir Keir Starmer')).toEqual({ formal: 'Sir Keir', warm: 'Keir' });
    expect(both('Dame Judi Dench')).toEqual({ formal: 'Dame Judi', warm: 'Judi' });
  });

  it('reads Herr, Frau, Lady and Lord as titles that go with the surname', () => {
    expect(both('Herr Dr. Müller')).toEqual({ formal: 'Herr Dr. Müller', warm: 'Herr Dr. Müller' });
    expect(both('Frau Anna Schmidt')).toEqual({ formal: 'Frau Schmidt', warm: 'Anna' });
    expect(both('Lady Ada Lovelace')).toEqual({ formal: 'Lady Lovelace', warm: 'Ada' });
    expect(both('Lord Alan Sugar').formal).toBe('Lord Sugar');
    expect(both('Cher')).toEqual({ formal: 'Cher', warm: 'Cher' });
  });

  it('keeps every title before a name, and leaves out letters after it and the field of a doctorate', () => {
    expect(both('Rev. Dr. Martin Luther King Jr.')).toEqual({ formal: 'Rev. Dr. King', warm: 'Martin' });
    expect(both('Prof. Dr. Anna Schmidt').formal).toBe('Prof. Dr. Schmidt');
    expect(both('Dr Amara Okafor PhD')).toEqual({ formal: 'Dr Okafor', warm: 'Amara' });
    expect(both('Dr. med. Hans Müller')).toEqual({ formal: 'Dr. Müller', warm: 'Hans' });
    expect(both('Dr. rer. nat. Eva Braun')).toEqual({ formal: 'Dr. Braun', warm: 'Eva' });
  });

  it('keeps diacritics', () => {
    expect(both('Ms Aisling Ní Bhriain')).toEqual({ formal: 'Ms Ní Bhriain', warm: 'Aisling' });
    expect(both('Tomasz Wójcik').warm).toBe('Tomasz');
    expect(both('Dr Tomasz Wójcik').formal).toBe('Dr Wójcik');
  });

  it('keeps names in other scripts intact', () => {
    expect(both('王小明')).toEqual({ formal: '王小明', warm: '王小明' });
    expect(both('Андрей Петров')).toEqual({ formal: 'Андрей', warm: 'Андрей' });
    expect(both('АНДРЕЙ ПЕТРОВ').warm).toBe('АНДРЕЙ');
  });

  it('gives a Latin name typed all in lower or upper case its capitals', () => {
    expect(both('ada quill')).toEqual({ formal: 'Ada', warm: 'Ada' });
    expect(both('ADA QUILL').warm).toBe('Ada');
    expect(both('dr ada quill').formal).toBe('Dr Quill');
    expect(both("DR DARA O'SHEA").formal).toBe("Dr O'Shea");
    expect(both('ms ana de la cruz').formal).toBe('Ms de la Cruz');
    expect(both('bo marchetti-lind', 'Mx').formal).toBe('Mx Marchetti-Lind');
  });

  it('leaves a name typed in mixed case as typed', () => {
    expect(both('DeShawn McAllister').warm).toBe('DeShawn');
    expect(both('Ms Fionnuala MacAodha').formal).toBe('Ms MacAodha');
  });

  it('reads "Surname, Given" in greeting order, and drops letters after a comma', () => {
    expect(both('Lee, Ann')).toEqual({ formal: 'Ann', warm: 'Ann' });
    expect(both('Lee, Dr Ann')).toEqual({ formal: 'Dr Lee', warm: 'Ann' });
    expect(both('Ann Lee, PhD')).toEqual({ formal: 'Ann', warm: 'Ann' });
  });

  it('tidies spaces, including invisible ones, and gives nothing for a blank name', () => {
    expect(both('  Ada \u00a0 Quill ').warm).toBe('Ada');
    expect(both('\u200b \u200b')).toEqual({ formal: '', warm: '' });
  });
});

describe('addressFor', () => {
  const ada = { name: 'Dr Ada Quill', title: 'Head of Analytics' };

  it('addresses formally by title and surname, warmly and concisely by given name', () => {
    expect(addressFor(ada, 'formal')).toBe('Dr Quill');
    expect(addressFor(ada, 'warm')).toBe('Ada');
    expect(addressFor(ada, 'concise')).toBe('Ada');
  });

  it("uses the user's own choice in every tone when they set one", () => {
    const chosen = { ...ada, addressAs: 'Professor Quill' };
    for (const tone of ['formal', 'warm', 'concise'] as const) expect(addressFor(chosen, tone)).toBe('Professor Quill');
  });

  it('ignores a blank or missing choice, and a trailing comma never doubles up', () => {
    expect(chosenAddress({ ...ada, addressAs: '  ' })).toBeNull();
    expect(chosenAddress({ ...ada, addressAs: null })).toBeNull();
    expect(chosenAddress(ada)).toBeNull();
    expect(chosenAddress({ ...ada, addressAs: 'Ann,' })).toBe('Ann');
  });
});
