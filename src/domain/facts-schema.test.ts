import { describe, expect, it } from 'vitest';
import { blankInterviewer, type EventInput, type InterviewerInput } from './facts-input.ts';
import { factsWith, inputWith } from './testing/fixtures.ts';
import { validateFacts } from './validate-facts.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const cleo: InterviewerInput = { ...blankInterviewer('iv-cleo'), name: 'Cleo Banks', title: 'CTO' };
const round = (date: string, extra: Partial<EventInput> = {}): EventInput => ({
  id: `round-${date}`,
  kind: 'another-round',
  date,
  time: '14:00',
  durationMinutes: '',
  stage: 'final',
  ...extra,
});
const roundPeople = (events: EventInput[]) =>
  factsWith({ events }, now).events.map((e) => (e.kind === 'another-round' ? e.interviewers.map((p) => p.id) : []));
const messageAt = (events: EventInput[], path: string) => {
  const result = validateFacts(inputWith({ events }), { now });
  return result.ok ? undefined : result.errors.find((e) => e.path === path)?.message;
};

describe('another round in the facts', () => {
  it('meets the people the round lists, tidied, with null for what was left empty', () => {
    const facts = factsWith({
      events: [round('2026-11-09', { interviewers: [{ ...cleo, name: '  Cleo   Banks ' }] })],
    });
    const [event] = facts.events;
    expect(event?.kind === 'another-round' && event.interviewers).toEqual([
      {
        id: 'iv-cleo',
        name: 'Cleo Banks',
        title: 'CTO',
        email: null,
        linkedIn: false,
        addressAs: null,
        discussed: null,
      },
    ]);
  });

  it('reads a round saved without a list as the same people as the round before', () => {
    expect(roundPeople([round('2026-11-09')])).toEqual([['iv-ada', 'iv-bo']]);
    expect(roundPeople([round('2026-11-16'), round('2026-11-09', { interviewers: [cleo] })])).toEqual([
      ['iv-cleo'],
      ['iv-cleo'],
    ]);
  });

  it('gives each person of a round an id of their own when the form sent none or a repeat', () => {
    const twice = [cleo, { ...cleo, name: 'Dev Okafor' }, { ...cleo, id: '', name: 'Eli Moss' }];
    expect(roundPeople([round('2026-11-09', { interviewers: twice })])).toEqual([
      ['iv-cleo', 'interviewer-2', 'interviewer-3'],
    ]);
  });

  it("checks each person with the wizard's messages, at the person's own field", () => {
    const events = [round('2026-11-09', { interviewers: [cleo, { ...cleo, id: 'x', name: ' ', email: 'cleo@' }] })];
    expect(messageAt(events, 'events.0.interviewers.1.name')).toBe(
      "Add this interviewer's name — even just a first name.",
    );
    expect(messageAt(events, 'events.0.interviewers.1.email')).toMatch(/after the @/);
  });

  it('asks for at least one person when every one was removed', () => {
    expect(messageAt([round('2026-11-09', { interviewers: [] })], 'events.0.interviewers')).toBe(
      'Add at least one person you will meet — even just a first name.',
    );
  });
});
