/**
 * Test-only helpers: a complete, valid form input with clearly fictional
 * people, and a shortcut that validates it. Not exported from the barrel.
 */
import type { FactsInput } from '../facts-input.ts';
import type { Facts } from '../facts.ts';
import { validateFacts } from '../validate-facts.ts';

/** A fully filled-in form: every optional fact given, except how to address each interviewer and what was discussed with them (tests set those). */
export function sampleInput(): FactsInput {
  return {
    interview: {
      date: '2026-11-03',
      time: '10:00',
      durationMinutes: '60',
      timeZone: 'Europe/London',
      theirTimeZone: '',
      region: '',
      format: 'in-person',
      stage: 'first',
      company: 'Harbour & Finch',
      role: 'Data Analyst',
    },
    interviewers: [
      {
        id: 'iv-ada',
        name: 'Ada Quill',
        title: 'Head of Analytics',
        email: 'ada.quill@harbourfinch.example',
        linkedIn: true,
        addressAs: '',
        discussed: '',
      },
      {
        id: 'iv-bo',
        name: 'Bo Marchetti-Lind',
        title: 'Senior Analyst',
        email: 'bo@harbourfinch.example',
        linkedIn: false,
        addressAs: '',
        discussed: '',
      },
    ],
    contact: { name: 'Sam Reed', role: 'Recruiter at Northwind Talent', email: 'sam@northwind.example' },
    decision: { kind: 'none', date: '', nextStepsExplained: true },
    read: { went: 'well', interest: 'yes' },
    notes: {
      strengths: 'five years of building forecasting dashboards for retail teams',
      correction: 'I have also led the migration of our reporting to a cloud warehouse',
      question: 'How does the team decide which forecasts to trust?',
      channel: 'email',
      tone: 'warm',
      userName: 'Rowan Ellery',
    },
    events: [],
    away: [],
  };
}

/** Deep-merges simple overrides into the sample (objects merge, arrays and values replace). */
export function inputWith(overrides: DeepPartial<FactsInput>): FactsInput {
  return merge(sampleInput(), overrides) as FactsInput;
}

/** Partial at every depth, for test overrides. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

function merge(base: unknown, extra: unknown): unknown {
  if (extra === undefined) return base;
  if (
    typeof base !== 'object' ||
    base === null ||
    Array.isArray(base) ||
    typeof extra !== 'object' ||
    extra === null ||
    Array.isArray(extra)
  )
    return extra;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) out[key] = merge(out[key], value);
  return out;
}

/** Valid facts from overrides, or a thrown error listing what was wrong. */
export function factsWith(
  overrides: DeepPartial<FactsInput> = {},
  now: Date | number = Date.parse('2026-11-05T12:00:00Z'),
): Facts {
  const result = validateFacts(inputWith(overrides), { now });
  if (!result.ok) throw new Error(`Invalid fixture: ${JSON.stringify(result.errors)}`);
  return result.facts;
}
