import { describe, expect, it } from 'vitest';
import { decodeState, migrateState, readSavedPlan } from './read-plans.ts';
import { encodeState, planRecord, STORAGE_VERSION, type PlansState } from './saved-plans.ts';
import { newPlan } from './plan-records.ts';
import { blankInterviewer } from '../facts-input.ts';
import { factsInputSchema } from '../facts-input-schema.ts';
import { factsShapeSchema } from '../facts-schema.ts';

const plan = newPlan('p1', '2026-01-02T10:00:00.000Z', 'Europe/London', 'iv-1');

describe('decodeState', () => {
  it('reads back exactly what encodeState wrote', () => {
    const state: PlansState = { version: STORAGE_VERSION, plans: { p1: plan } };
    expect(decodeState(encodeState(state))).toEqual({ state, problem: null, unreadable: new Map() });
  });

  it('reports text that is not JSON as unreadable instead of throwing', () => {
    const result = decodeState('{"version":2,"plans":{');
    expect(result.problem).toBe('unreadable');
    expect(result.state.plans).toEqual({});
  });

  it('reports JSON that is not a plans envelope as unreadable', () => {
    for (const raw of ['null', '[]', '42', '"text"', '{"plans":{}}', '{"version":2,"plans":[]}']) {
      expect(decodeState(raw).problem, raw).toBe('unreadable');
    }
  });

  it('reads a version written as text ("2") like the number', () => {
    const result = decodeState(JSON.stringify({ version: '2', plans: { p1: plan } }));
    expect(result.problem).toBeNull();
    expect(result.state.plans['p1']).toEqual(plan);
    expect(decodeState('{"version":"two","plans":{}}').problem).toBe('unreadable');
  });

  it('refuses data from a newer version rather than guessing at it', () => {
    expect(decodeState(JSON.stringify({ version: STORAGE_VERSION + 1, plans: {} })).problem).toBe('newer');
  });
});

describe('migrateState', () => {
  it('migrates version 1 plans: facts become input and done/skipped lists become statuses', () => {
    const v1 = {
      version: 1,
      plans: {
        old: {
          id: 'old',
          name: 'Northwind',
          createdAt: '2025-12-01T09:00:00.000Z',
          updatedAt: '2025-12-01T09:00:00.000Z',
          step: 2,
          facts: { interview: { company: 'Northwind', date: '2025-11-30' }, interviewers: [{ id: 'a', name: 'Ada' }] },
          done: ['r1:thank-you:a'],
          skipped: ['r1:linkedin:a'],
        },
      },
    };
    const { state, problem } = migrateState(v1);
    expect(problem).toBeNull();
    const migrated = state.plans['old'];
    expect(migrated?.input.interview.company).toBe('Northwind');
    expect(migrated?.input.interviewers[0]?.name).toBe('Ada');
    expect(migrated?.statuses).toEqual({ 'r1:thank-you:a': 'done', 'r1:linkedin:a': 'skipped' });
    expect(migrated?.step).toBe(2);
  });

  it('hands back entries that are not plans, exactly as stored, and reads the rest', () => {
    const stored = JSON.parse(
      `{"version":2,"plans":{"bad":"x","good":${JSON.stringify(plan)},"__proto__":{"id":"evil"},"worse":{"input":{"constructor":1}}}}`,
    ) as unknown;
    const { state, unreadable } = migrateState(stored);
    expect(Object.keys(state.plans)).toEqual(['good']);
    expect([...unreadable.keys()]).toEqual(['bad', '__proto__', 'worse']);
    expect(unreadable.get('bad')).toBe('x');
    expect(Object.getPrototypeOf(state.plans)).toBeNull();
  });

  it('reads every earlier version into the current shape', () => {
    const fixtures: Record<number, unknown> = {
      1: { id: 'p1', name: 'n', createdAt: 'c', updatedAt: 'u', step: 1, facts: plan.input, done: ['s'], skipped: [] },
      2: { ...plan, name: 'n', createdAt: 'c', updatedAt: 'u', step: 1, statuses: { s: 'done' } },
    };
    for (let version = 1; version <= STORAGE_VERSION; version += 1) {
      const { state, problem } = migrateState({ version, plans: { p1: fixtures[version] } });
      expect(problem, `version ${version}`).toBeNull();
      expect(state.plans['p1'], `version ${version}`).toEqual({
        ...plan,
        name: 'n',
        createdAt: 'c',
        updatedAt: 'u',
        step: 1,
        statuses: { s: 'done' },
      });
    }
    expect(Object.keys(fixtures)).toHaveLength(STORAGE_VERSION);
  });
});

const readInput = (input: unknown) => readSavedPlan({ input }, 'p')?.plan.input;

describe('readSavedPlan', () => {
  it('keeps hostile and unusual text exactly as typed', () => {
    const odd = ['<img src=x onerror=alert(1)>', 'x'.repeat(10_000), '🙂 Zoë', 'דנה כהן', ''];
    for (const name of odd) {
      expect(readInput({ interviewers: [{ id: 'a', name }] })?.interviewers[0]?.name).toBe(name);
    }
  });

  it('turns wrong types into blanks instead of failing, and names each place it blanked', () => {
    const read = readSavedPlan(
      {
        name: 42,
        step: 'two',
        input: {
          interview: { durationMinutes: 45, format: 'hologram', company: { evil: true } },
          interviewers: 'nobody',
          contact: 'someone',
          decision: { kind: 'maybe' },
          notes: { tone: 'shouty', channel: 'pigeon' },
          events: [null, { kind: 'offer', date: '2026-01-01' }],
        },
        statuses: { a: 'done', b: 'maybe' },
        drafts: { x: 3, y: 'kept' },
      },
      'p',
    );
    const input = read?.plan.input;
    expect(input?.interview.durationMinutes).toBe(45);
    expect(input?.interview.format).toBe('');
    expect(input?.interview.company).toBe('');
    expect(input?.interviewers).toEqual([blankInterviewer('interviewer-1')]);
    expect(input?.contact).toBeNull();
    expect(input?.decision.kind).toBe('none');
    expect(input?.notes).toMatchObject({ tone: 'warm', channel: 'email' });
    expect(input?.events.map((e) => e.kind)).toEqual(['offer']);
    expect(read?.plan).toMatchObject({ name: '', step: 0, statuses: { a: 'done' }, drafts: { y: 'kept' } });
    expect(read?.reset).toEqual(
      expect.arrayContaining([
        'name',
        'step',
        'input.interview.format',
        'input.interview.company',
        'input.interviewers',
        'input.events.0',
        'statuses.b',
        'drafts.x',
      ]),
    );
  });

  it('reads a plan saved before a field existed with that field blank, and lists nothing for a clean plan', () => {
    const { input: full, ...rest } = plan;
    const { notes, ...withoutNotes } = full;
    const read = readSavedPlan({ ...rest, input: { ...withoutNotes, notes: { ...notes, userName: undefined } } }, 'p1');
    expect(read?.plan.input.notes.userName).toBe('');
    expect(readSavedPlan(plan, 'p1')).toEqual({ plan, reset: [] });
  });

  it('gives a missing interviewer id a stable one', () => {
    expect(readInput({ interviewers: [{ name: 'A' }, { name: 'B' }] })?.interviewers.map((p) => p.id)).toEqual([
      'interviewer-1',
      'interviewer-2',
    ]);
  });

  it('refuses a plan that is not an object or uses a reserved key anywhere inside', () => {
    expect(readSavedPlan('x', 'p')).toBeNull();
    expect(readSavedPlan([], 'p')).toBeNull();
    expect(readSavedPlan(JSON.parse('{"input":{"__proto__":{"polluted":true}}}'), 'p')).toBeNull();
    expect(readSavedPlan({ drafts: { constructor: 'x' } }, 'p')).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('planRecord', () => {
  it('keeps an id like __proto__ as data and never touches Object.prototype', () => {
    const record = planRecord([['__proto__', plan]]);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('the stored form schema', () => {
  it('has exactly the sections and fields of the form schema, so stored data is read as the form declares it', () => {
    const fieldsOf = (schema: unknown): unknown => {
      const s = schema as {
        type?: string;
        entries?: Record<string, unknown>;
        pipe?: unknown[];
        item?: unknown;
        wrapped?: unknown;
      };
      if (s.type === 'object' && s.entries)
        return Object.fromEntries(Object.entries(s.entries).map(([key, entry]) => [key, fieldsOf(entry)]));
      if (s.type === 'array') return [fieldsOf(s.item)];
      const inner = s.pipe
        ?.slice(1)
        .findLast((item) => ['object', 'array'].includes((item as { type?: string }).type ?? ''));
      if (inner) return fieldsOf(inner);
      return s.wrapped ? fieldsOf(s.wrapped) : 'field';
    };
    expect(fieldsOf(factsInputSchema)).toEqual(fieldsOf(factsShapeSchema));
  });
});

describe('plans saved before time zones, holidays and days away', () => {
  it('read with their time zone and region empty and no days away, and nothing reported as reset', () => {
    const plan = newPlan('p1', '2026-11-01T10:00:00Z', 'Europe/London', 'iv-1');
    const old = JSON.parse(JSON.stringify(plan)) as {
      input: { interview: Record<string, unknown> } & Record<string, unknown>;
    };
    delete old.input.interview['theirTimeZone'];
    delete old.input.interview['region'];
    delete old.input['away'];
    const read = readSavedPlan(old, 'p1');
    expect(read?.reset).toEqual([]);
    expect(read?.plan.input.interview).toMatchObject({ theirTimeZone: '', region: '' });
    expect(read?.plan.input.away).toEqual([]);
  });

  it('read interviewers saved before "address as" and "what you discussed" with both empty, nothing reported', () => {
    const saved = newPlan('p1', '2026-11-01T10:00:00Z', 'Europe/London', 'iv-1');
    const old = JSON.parse(JSON.stringify(saved)) as { input: { interviewers: Record<string, unknown>[] } };
    old.input.interviewers = [{ id: 'iv-1', name: 'Ada Quill', title: 'CTO', email: '', linkedIn: true }];
    const read = readSavedPlan(old, 'p1');
    expect(read?.reset).toEqual([]);
    expect(read?.plan.input.interviewers).toEqual([
      { id: 'iv-1', name: 'Ada Quill', title: 'CTO', email: '', linkedIn: true, addressAs: '', discussed: '' },
    ]);
  });

  it('blanks an odd "address as" alone, keeping the rest of the interviewer', () => {
    const saved = newPlan('p1', '2026-11-01T10:00:00Z', 'Europe/London', 'iv-1');
    const person = { ...blankInterviewer('iv-1'), name: 'Ada', addressAs: 7, discussed: 'pricing' };
    const read = readSavedPlan({ ...saved, input: { ...saved.input, interviewers: [person] } }, 'p1');
    expect(read?.reset).toEqual(['input.interviewers.0.addressAs']);
    expect(read?.plan.input.interviewers[0]).toMatchObject({ name: 'Ada', addressAs: '', discussed: 'pricing' });
  });

  it('blanks an odd run of days away instead of losing the plan', () => {
    const plan = newPlan('p1', '2026-11-01T10:00:00Z', 'Europe/London', 'iv-1');
    const read = readSavedPlan({ ...plan, input: { ...plan.input, away: [{ id: 'a', from: 7, to: '' }] } }, 'p1');
    expect(read?.plan.input.away).toEqual([{ id: 'a', from: '', to: '' }]);
  });
});

describe('plans saved before another round asked who you will meet', () => {
  const round = { id: 'r2', kind: 'another-round', date: '2026-11-09', time: '14:00', durationMinutes: '', stage: '' };
  const withRound = (extra: object) => ({ ...plan, input: { ...plan.input, events: [{ ...round, ...extra }] } });

  it('read a round without people as it was, with nothing reported as reset', () => {
    expect(readSavedPlan(withRound({}), 'p1')).toEqual({ plan: withRound({}), reset: [] });
  });

  it('blank one odd person of a round and keep the others and the plan', () => {
    const cleo = { ...blankInterviewer('c'), name: 'Cleo' };
    const read = readSavedPlan(withRound({ interviewers: [cleo, { id: 'x', name: 3 }] }), 'p1');
    expect(read?.plan.input.events[0]?.interviewers).toEqual([cleo, { ...blankInterviewer('x'), id: 'x' }]);
    expect(read?.plan.input.interview.timeZone).toBe('Europe/London');
  });

  it('read a round whose people are not a list as the same people as before', () => {
    const read = readSavedPlan(withRound({ interviewers: 'Cleo' }), 'p1');
    expect(read?.plan.input.events[0]).toEqual(round);
    expect(read?.reset).toEqual(['input.events.0.interviewers']);
  });
});
