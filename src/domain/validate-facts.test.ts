import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankEvent, emptyFacts } from './facts-input.ts';
import { inputWith, sampleInput } from './testing/fixtures.ts';
import { DECISION_LABELS } from './ui/labels.ts';
import { errorsUnder, validateFacts } from './validate-facts.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const errorsOf = (input: unknown) => {
  const result = validateFacts(input, { now });
  return result.ok ? [] : result.errors;
};
const messageAt = (input: unknown, path: string) => errorsOf(input).find((e) => e.path === path)?.message;

describe('validateFacts', () => {
  it('accepts a complete form and returns zoned start and end moments', () => {
    const result = validateFacts(sampleInput(), { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts.interview.start).toEqual({ iso: '2026-11-03T10:00:00+00:00', zone: 'Europe/London' });
    expect(result.facts.interview.end.iso).toBe('2026-11-03T11:00:00+00:00');
    expect(result.facts.interviewers.map((p) => p.id)).toEqual(['iv-ada', 'iv-bo']);
  });

  it('rejects a decision date before the interview, naming the interview day', () => {
    const input = inputWith({ decision: { kind: 'decide-by', date: '2026-11-02' } });
    expect(messageAt(input, 'decision.date')).toBe(
      "The decision date can't be before the interview (Tuesday 3 November).",
    );
  });

  it('rejects an interview more than a year ago', () => {
    expect(messageAt(inputWith({ interview: { date: '2025-10-01' } }), 'interview.date')).toBe(
      'That date is more than a year ago — check the year.',
    );
  });

  it('rejects an interview more than a year away', () => {
    expect(messageAt(inputWith({ interview: { date: '2027-12-01' } }), 'interview.date')).toBe(
      'That date is more than a year away — check the year.',
    );
  });

  it('asks for at least one interviewer when the list is empty', () => {
    expect(messageAt(inputWith({ interviewers: [] }), 'interviewers')).toBe(
      'Add at least one interviewer — even just a first name.',
    );
  });

  it('asks for a name when an interviewer row is blank', () => {
    const input = inputWith({
      interviewers: [{ id: 'x', name: '   ', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' }],
    });
    expect(messageAt(input, 'interviewers.0.name')).toBe("Add this interviewer's name — even just a first name.");
  });

  it('refuses a name made only of invisible characters, saying so, next to the name', () => {
    const input = sampleInput();
    input.interviewers[1]!.name = '\u200B\u200D\uFEFF';
    expect(messageAt(input, 'interviewers.1.name')).toMatch(/only invisible characters/);
    expect(messageAt(input, 'interviewers.0.name')).toBeUndefined();
  });

  it('refuses a form of address made only of invisible characters, next to that field', () => {
    const input = sampleInput();
    input.interviewers[0]!.addressAs = '\u2060 \u00AD';
    expect(messageAt(input, 'interviewers.0.addressAs')).toMatch(/only invisible characters/);
  });

  it('refuses an email address typed as a name, pointing to the email field, and keeps a name with an @ elsewhere', () => {
    const input = sampleInput();
    input.interviewers[0]!.name = 'j.smith@acme.com';
    expect(messageAt(input, 'interviewers.0.name')).toMatch(/^That looks like an email address: put it in the email/);
    expect(messageAt(inputWith({ contact: { name: 'Sam <sam@agency.co.uk>' } }), 'contact.name')).toMatch(
      /looks like an email address/,
    );
    input.interviewers[0]!.name = 'Ada @ Harbour';
    expect(messageAt(input, 'interviewers.0.name')).toBeUndefined();
  });

  it('refuses a contact name made only of invisible characters', () => {
    const input = inputWith({ contact: { name: '\u200E\u200F' } });
    expect(messageAt(input, 'contact.name')).toMatch(/only invisible characters/);
  });

  it('keeps how to address an interviewer and what was discussed, tidied, and reads empty ones as null', () => {
    const input = sampleInput();
    input.interviewers[0]!.addressAs = '  Dr   Quill ';
    input.interviewers[0]!.discussed = 'how the team decides  which forecasts to trust';
    const result = validateFacts(input, { now });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.facts.interviewers.map(({ addressAs, discussed }) => ({ addressAs, discussed }))).toEqual([
      { addressAs: 'Dr Quill', discussed: 'how the team decides which forecasts to trust' },
      { addressAs: null, discussed: null },
    ]);
  });

  it('reads an interviewer saved before these fields existed as having neither, without an error', () => {
    const input = sampleInput() as unknown as { interviewers: Record<string, unknown>[] };
    for (const person of input.interviewers) {
      delete person['addressAs'];
      delete person['discussed'];
    }
    const result = validateFacts(input, { now });
    expect(result.ok && result.facts.interviewers.map((p) => [p.addressAs, p.discussed])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('asks to shorten what was discussed past its limit', () => {
    const input = sampleInput();
    input.interviewers[0]!.discussed = 'x'.repeat(201);
    expect(messageAt(input, 'interviewers.0.discussed')).toMatch(/under 200 characters/);
  });

  it('explains what is wrong with an email that is not one', () => {
    const input = sampleInput();
    input.interviewers[1]!.email = 'bo at harbourfinch';
    expect(messageAt(input, 'interviewers.1.email')).toBe(
      'That email address has no @ — check it, like name@example.com.',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(messageAt(inputWith({ interview: { timeZone: 'Europe/Atlantis' } }), 'interview.timeZone')).toBe(
      "We don't recognise that time zone. Pick one from the list.",
    );
  });

  it('names the zone a city typed alone stands for, in either time zone field, keeping what was typed', () => {
    expect(messageAt(inputWith({ interview: { timeZone: 'London' } }), 'interview.timeZone')).toBe(
      "We don't recognise “London” as a time zone: did you mean “Europe/London”? Pick one from the list.",
    );
    expect(messageAt(inputWith({ interview: { theirTimeZone: 'new york' } }), 'interview.theirTimeZone')).toMatch(
      /^We don't recognise “new york” as a time zone: did you mean “America\/New_York”\? Pick one from the list, or leave it empty/,
    );
  });

  it('rejects 30 February as not a real date', () => {
    expect(messageAt(inputWith({ interview: { date: '2026-02-30' } }), 'interview.date')).toMatch(/isn't a real date/);
  });

  it('rejects a start time that is not hours and minutes', () => {
    expect(messageAt(inputWith({ interview: { time: '25:00' } }), 'interview.time')).toBe(
      'Enter the time as hours and minutes, like 14:30.',
    );
  });

  it('rejects an interview length outside 5 minutes to 8 hours', () => {
    expect(messageAt(inputWith({ interview: { durationMinutes: '600' } }), 'interview.durationMinutes')).toMatch(
      /between 5 and 480/,
    );
    expect(messageAt(inputWith({ interview: { durationMinutes: 'an hour' } }), 'interview.durationMinutes')).toMatch(
      /whole minutes/,
    );
  });

  it('accepts the length as a number as well as text', () => {
    expect(validateFacts(inputWith({ interview: { durationMinutes: 45 } }), { now }).ok).toBe(true);
  });

  it('asks for the decision date when they gave one but it is empty', () => {
    const message = messageAt(inputWith({ decision: { kind: 'will-call', date: '' } }), 'decision.date');
    expect(message).toMatch(/Add the date they gave you/);
    // The way out it names is an option the user can see, by its label.
    expect(message).toContain(`“${DECISION_LABELS.none}”`);
  });

  it('asks for the next round’s day and time together, each in its own words', () => {
    const round = blankEvent('e1', 'another-round');
    const input = inputWith({ events: [round] });
    expect(messageAt(input, 'events.0.date')).toBe('Add the day of the next round.');
    expect(messageAt(input, 'events.0.time')).toBe('Add the time the next round starts.');
    const past = blankEvent('e2', 'rejected');
    expect(messageAt(inputWith({ events: [past] }), 'events.0.date')).toBe('Add the date this happened.');
    const badDay = { ...round, date: '2026-02-30', time: '25:00' };
    expect(messageAt(inputWith({ events: [badDay] }), 'events.0.date')).toMatch(/isn't a real date/);
    expect(messageAt(inputWith({ events: [badDay] }), 'events.0.time')).toMatch(/hours and minutes/);
  });

  it('answers an undated event of a kind named like an object property with the schema message, not a function', () => {
    // A tampered or old stored plan can hold any kind; "constructor" once came back as Object itself.
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const input = { ...sampleInput(), events: [{ ...blankEvent('e1', 'rejected'), kind }] };
      for (const { message } of errorsOf(input)) expect(typeof message).toBe('string');
    }
  });

  it('keeps each field to a sensible length with a human message', () => {
    expect(messageAt(inputWith({ interview: { company: 'x'.repeat(121) } }), 'interview.company')).toBe(
      'Keep the company name under 120 characters.',
    );
    const input = sampleInput();
    input.interviewers[0]!.name = 'n'.repeat(81);
    expect(messageAt(input, 'interviewers.0.name')).toBe('Keep the name under 80 characters.');
    expect(messageAt(inputWith({ notes: { strengths: 's'.repeat(501) } }), 'notes.strengths')).toMatch(
      /under 500 characters/,
    );
  });

  it('rejects an event dated before the interview', () => {
    const input = inputWith({
      events: [{ id: 'e1', kind: 'offer', date: '2026-11-01', time: '', durationMinutes: '', stage: '' }],
    });
    expect(messageAt(input, 'events.0.date')).toBe(
      "That's before the interview (Tuesday 3 November) — check the date.",
    );
  });

  it('rejects a rejection or offer dated in the future', () => {
    const input = inputWith({
      events: [{ id: 'e1', kind: 'rejected', date: '2026-11-20', time: '', durationMinutes: '', stage: '' }],
    });
    expect(messageAt(input, 'events.0.date')).toMatch(/hasn't come yet/);
  });

  describe('another offer with an answer date', () => {
    const offer = (date: string, deadline: string, otherEmployer = '') =>
      inputWith({ events: [{ ...blankEvent('e1', 'another-offer'), date, deadline, otherEmployer }] });

    it('accepts an answer date on or after the day the offer came, and keeps the employer’s name as typed', () => {
      expect(errorsOf(offer('2026-11-04', '2026-11-04'))).toEqual([]);
      const result = validateFacts(offer('2026-11-04', '2026-11-13', 'Juniper  Labs'), { now });
      expect(result.ok && result.facts.events[0]).toEqual({
        id: 'e1',
        kind: 'another-offer',
        date: '2026-11-04',
        deadline: '2026-11-13',
        otherEmployer: 'Juniper Labs',
        mentionOther: false,
      });
    });

    it('asks for the answer date next to its field', () => {
      expect(messageAt(offer('2026-11-04', ''), 'events.0.deadline')).toBe(
        'Add the day your answer to the other offer is due.',
      );
      expect(messageAt(offer('2026-11-04', '2026-02-30'), 'events.0.deadline')).toMatch(/isn't a real date/);
    });

    it('refuses an answer date before the interview, and says so specifically', () => {
      expect(messageAt(offer('2026-11-04', '2026-11-02'), 'events.0.deadline')).toBe(
        "Your answer date can't be before the interview (Tuesday 3 November) — check the date.",
      );
    });

    it('refuses an answer date before the day the offer came', () => {
      expect(messageAt(offer('2026-11-05', '2026-11-04'), 'events.0.deadline')).toBe(
        "Your answer date can't be before the day the offer came (Thursday 5 November).",
      );
    });

    it('keeps a plan valid once its answer date has passed', () => {
      expect(validateFacts(offer('2026-11-04', '2026-11-05'), { now: Date.parse('2027-01-10T12:00:00Z') }).ok).toBe(
        true,
      );
    });
  });

  it('asks for the start time of another round', () => {
    const input = inputWith({
      events: [{ id: 'e1', kind: 'another-round', date: '2026-11-20', time: '', durationMinutes: '', stage: 'final' }],
    });
    expect(messageAt(input, 'events.0.time')).toBe('Add the time the next round starts.');
  });

  it('lists every missing choice of an empty form, one message per field', () => {
    const paths = errorsOf(emptyFacts()).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'interview.date',
        'interview.timeZone',
        'interview.company',
        'interviewers.0.name',
        'read.went',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives a readable message for input that is not a form at all', () => {
    expect(errorsOf(null)).toEqual([
      { path: '', message: "We couldn't read your answers. Please start the form again." },
    ]);
  });

  it("reads a field or section missing from a saved form as left empty, with that field's own message", () => {
    const without = (from: object, ...keys: string[]) =>
      Object.fromEntries(Object.entries(from).filter(([key]) => !keys.includes(key)));
    const input = sampleInput();
    expect(errorsOf({ ...without(input, 'read'), interview: without(input.interview, 'role') })).toEqual([
      { path: 'read.went', message: 'Pick how you think it went.' },
      { path: 'read.interest', message: "Pick whether you're still interested." },
    ]);
    const bare = without(input, 'events', 'contact');
    const result = validateFacts(bare, { now });
    expect(result.ok && [result.facts.events, result.facts.contact]).toEqual([[], null]);
  });

  it('never shows a library message, whatever shape the input has', () => {
    const messages = fc
      .sample(
        fc.anything({ maxDepth: 3, withNullPrototype: true }).chain((junk) =>
          fc.record({
            interview: fc.oneof(
              fc.constant(junk),
              fc.record({ date: fc.constant(junk), durationMinutes: fc.anything() }),
            ),
            interviewers: fc.oneof(fc.constant(junk), fc.array(fc.anything(), { maxLength: 3 })),
            contact: fc.constant(junk),
            decision: fc.constant(junk),
            read: fc.anything(),
            notes: fc.record({ tone: fc.anything(), strengths: fc.anything() }),
            events: fc.oneof(
              fc.constant(junk),
              fc.array(fc.record({ kind: fc.anything(), durationMinutes: fc.anything() })),
            ),
          }),
        ),
        300,
      )
      .flatMap(errorsOf);
    expect(messages.length).toBeGreaterThan(0);
    for (const { message } of messages) expect(message).not.toMatch(/invalid|expected|received|undefined|\[object/i);
  });

  it('replaces a missing or duplicate interviewer id so step ids stay unique', () => {
    const input = sampleInput();
    input.interviewers[1]!.id = 'iv-ada';
    const result = validateFacts(input, { now });
    expect(result.ok && result.facts.interviewers.map((p) => p.id)).toEqual(['iv-ada', 'interviewer-2']);
  });

  it('tidies whitespace but keeps names spelled exactly as typed', () => {
    const input = sampleInput();
    input.interviewers[0]!.name = '  Zoë  Ó\nBriain ';
    const result = validateFacts(input, { now });
    expect(result.ok && result.facts.interviewers[0]?.name).toBe('Zoë Ó Briain');
  });

  it('filters errors for one wizard section', () => {
    const errors = errorsOf(emptyFacts());
    expect(errorsUnder(errors, 'read').map((e) => e.path)).toEqual(['read.went', 'read.interest']);
  });
});
