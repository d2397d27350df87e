import { describe, expect, it } from 'vitest';
import { blankInterviewer, type EventInput } from '../facts-input.ts';
import { inputWith } from '../testing/fixtures.ts';
import { addPerson, editPerson, latestPeople, removePerson } from './round-people.ts';

const cleo = { ...blankInterviewer('iv-cleo'), name: 'Cleo Banks', title: 'CTO' };
const round = (date: string, extra: Partial<EventInput> = {}): EventInput => ({
  id: date,
  kind: 'another-round',
  date,
  time: '14:00',
  durationMinutes: '',
  stage: '',
  ...extra,
});

describe('latestPeople', () => {
  it('starts from the interview’s people when no round was recorded', () => {
    expect(latestPeople(inputWith({})).map((p) => p.name)).toEqual(['Ada Quill', 'Bo Marchetti-Lind']);
  });

  it('takes the people of the latest round by date, or the round before’s when it lists none', () => {
    const events = [round('2026-11-20'), round('2026-11-12', { interviewers: [cleo] }), round('2026-11-01')];
    expect(latestPeople(inputWith({ events })).map((p) => p.id)).toEqual(['iv-cleo']);
  });

  it('returns copies, so editing the list leaves the recorded plan as it was', () => {
    const input = inputWith({});
    const people = editPerson(latestPeople(input), 'iv-ada', 'title', 'COO');
    expect(people[0]?.title).toBe('COO');
    expect(input.interviewers[0]?.title).toBe('Head of Analytics');
  });
});

describe('editing the list', () => {
  it('adds a blank person at the end and removes one by id', () => {
    const added = addPerson([cleo], 'new');
    expect(added.map((p) => [p.id, p.name])).toEqual([
      ['iv-cleo', 'Cleo Banks'],
      ['new', ''],
    ]);
    expect(removePerson(added, 'iv-cleo').map((p) => p.id)).toEqual(['new']);
  });
});
