/**
 * Test-only fast-check generators of valid form input: random zones (including
 * half- and quarter-hour offsets and midnight clock changes), dates within a
 * year of `NOW`, 1-character and maximum-length fields, events after the fact.
 */
import fc from 'fast-check';
import {
  CHANNELS,
  FORMATS,
  INTEREST,
  STAGES,
  TONES,
  WENT,
  type AwayInput,
  type EventInput,
  type FactsInput,
  type InterviewerInput,
} from '../facts-input.ts';
import { LIMITS } from '../facts.ts';

/** The fixed "now" of every property test. */
export const NOW = Date.parse('2026-06-15T12:00:00Z');

/** Zones chosen for awkward offsets and clock changes. */
export const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Havana',
  'Asia/Tehran',
  'Pacific/Auckland',
  'UTC',
  'America/St_Johns',
  'Europe/Berlin',
  'Pacific/Kiritimati',
  'America/Los_Angeles',
] as const;

const FICTIONAL = [
  'Ada Quill',
  'Bo Marchetti-Lind',
  'Zoë Ó Briain',
  'Kwame Asante-Obi',
  'Li Wen',
  'J',
  'María José de la Cruz',
  "Dara O'Shea",
];
const LETTERS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ éüßØłçñ中文 -’'.".split('');
const PROSE = [...LETTERS, ' ', ' ', ' ', ',', '.', '?', '0', '7'];

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number): string => String(n).padStart(2, '0');

/** Text of 1..max characters drawn from `chars`, not blank; sometimes exactly `max` long. */
function text(chars: readonly string[], max: number): fc.Arbitrary<string> {
  // Arrays of characters generate far faster than fc.string with a custom unit.
  const pick = fc.constantFrom(...chars);
  const any = fc.array(pick, { minLength: 1, maxLength: max }).map((a) => a.join(''));
  const full = fc.array(pick, { minLength: 5, maxLength: 40 }).map((a) =>
    a
      .join('')
      .repeat(Math.ceil(max / a.length))
      .slice(0, max),
  );
  return fc.oneof({ arbitrary: any, weight: 4 }, { arbitrary: full, weight: 1 }).filter((s) => s.trim() !== '');
}

const name = fc.oneof(fc.constantFrom(...FICTIONAL), text(LETTERS, LIMITS.name));
const optional = (arb: fc.Arbitrary<string>, complete: boolean) => (complete ? arb : fc.oneof(fc.constant(''), arb));
const email = fc.constantFrom('ada.quill@harbourfinch.example', 'x@y.example', 'sam+jobs@northwind.example');

function interviewer(complete: boolean): fc.Arbitrary<InterviewerInput> {
  return fc.record({
    id: fc
      .string({ unit: fc.constantFrom(...'abcdef0123'.split('')), minLength: 1, maxLength: 6 })
      .map((s) => `iv-${s}`),
    name,
    title: optional(text(LETTERS, LIMITS.title), complete),
    email: optional(email, complete),
    linkedIn: fc.boolean(),
    addressAs: fc.constant(''),
    discussed: fc.constant(''),
  });
}

function events(interviewDay: number): fc.Arbitrary<EventInput[]> {
  const today = Math.floor(NOW / 864e5);
  const past = today >= interviewDay ? fc.integer({ min: interviewDay, max: today }) : null;
  const round = fc.record({
    id: fc.constant('round'),
    kind: fc.constant('another-round' as const),
    date: fc
      .integer({ min: interviewDay + 1, max: Math.max(interviewDay + 1, Math.min(interviewDay + 45, today + 364)) })
      .map((d) => day(d * 864e5)),
    time: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${pad(h)}:${pad(m)}`),
    durationMinutes: fc.constantFrom('', '30', '90'),
    stage: fc.constantFrom('' as const, ...STAGES),
  });
  const after = past
    ? fc.record({
        id: fc.constant('after'),
        kind: fc.constantFrom('rejected' as const, 'offer' as const, 'no-reply' as const),
        date: past.map((d) => day(d * 864e5)),
        time: fc.constant(''),
        durationMinutes: fc.constant(''),
        stage: fc.constant('' as const),
      })
    : null;
  // Another employer's offer: it came on a past day, and its answer is due 0 to 30 days later.
  const otherOffer = past
    ? fc.record({
        id: fc.constant('other'),
        kind: fc.constant('another-offer' as const),
        date: past.map((d) => day(d * 864e5)),
        time: fc.constant(''),
        durationMinutes: fc.constant(''),
        stage: fc.constant('' as const),
        deadline: fc.integer({ min: 0, max: 30 }),
        otherEmployer: fc.constantFrom('', 'Juniper Labs', 'Ørsted & Søn A/S'),
        mentionOther: fc.boolean(),
      })
    : null;
  const one = after && otherOffer ? fc.oneof(round, after, otherOffer) : round;
  if (interviewDay + 1 > today + 364) return fc.constant([]);
  return fc.array(one, { maxLength: 3 }).map((list) =>
    list.map((e, i) => {
      const id = `${e.id}-${i}`;
      if (e.kind !== 'another-offer') return { ...e, id };
      // Within a year of the interview, as the form requires.
      const due = Math.min(Date.parse(`${e.date}T00:00:00Z`) / 864e5 + e.deadline, interviewDay + 365);
      return { ...e, id, deadline: day(due * 864e5) };
    }),
  );
}

/**
 * Valid form input; with `complete`, every optional fact is given too.
 * `interviewers` sets how many people (default: 1 to 4, a typical panel).
 */
export function factsInput({
  complete = false,
  interviewers = { min: 1, max: 4 },
}: { complete?: boolean; interviewers?: { min: number; max: number } } = {}): fc.Arbitrary<FactsInput> {
  const today = Math.floor(NOW / 864e5);
  return fc.integer({ min: today - 360, max: today + 360 }).chain((interviewDay) =>
    fc.record({
      interview: fc.record({
        date: fc.constant(day(interviewDay * 864e5)),
        time: fc
          .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([h, m]) => `${pad(h)}:${pad(m)}`),
        durationMinutes: fc.integer({ min: 5, max: 480 }).map(String),
        timeZone: fc.constantFrom(...ZONES),
        theirTimeZone: fc.oneof(
          { arbitrary: fc.constant(''), weight: 2 },
          { arbitrary: fc.constantFrom(...ZONES), weight: 1 },
        ),
        region: fc.constant(''),
        format: fc.constantFrom(...FORMATS),
        stage: fc.constantFrom(...STAGES),
        company: text(LETTERS, LIMITS.company),
        role: text(LETTERS, LIMITS.role),
      }),
      interviewers: fc.array(interviewer(complete), { minLength: interviewers.min, maxLength: interviewers.max }),
      contact: complete
        ? fc.record({ name, role: text(LETTERS, LIMITS.title), email })
        : fc.option(
            fc.record({ name, role: optional(text(LETTERS, LIMITS.title), false), email: optional(email, false) }),
            { nil: null },
          ),
      decision: fc.oneof(
        fc.constant({ kind: 'none' as const, date: '', nextStepsExplained: true }),
        fc.record({
          kind: fc.constantFrom('decide-by' as const, 'will-call' as const),
          date: fc.integer({ min: interviewDay, max: interviewDay + 60 }).map((d) => day(d * 864e5)),
          nextStepsExplained: fc.boolean(),
        }),
      ),
      read: fc.record({ went: fc.constantFrom(...WENT), interest: fc.constantFrom(...INTEREST) }),
      notes: fc.record({
        strengths: optional(text(PROSE, LIMITS.freeText), complete),
        correction: optional(text(PROSE, LIMITS.freeText), complete),
        question: optional(text(PROSE, LIMITS.freeText), complete),
        channel: fc.constantFrom(...CHANNELS),
        tone: fc.constantFrom(...TONES),
        userName: optional(name, complete),
      }),
      events: events(interviewDay),
      away: daysAway(interviewDay),
    }),
  );
}

/** A few runs of days away in the weeks after the interview (often none). */
function daysAway(interviewDay: number): fc.Arbitrary<AwayInput[]> {
  const run = fc
    .tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 12 }), fc.nat(9999))
    .map(([start, length, n]) => ({
      id: `away-${n}`,
      from: day((interviewDay + start) * 864e5),
      to: length === 0 ? '' : day((interviewDay + start + length) * 864e5),
    }));
  return fc.oneof(
    { arbitrary: fc.constant<AwayInput[]>([]), weight: 2 },
    { arbitrary: fc.array(run, { maxLength: 3 }), weight: 1 },
  );
}
