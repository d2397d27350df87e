import { describe, expect, it } from 'vitest';
import { factsWith } from '../testing/fixtures.ts';
import { planSummary } from './plan-summary.ts';

describe('planSummary', () => {
  it('opens with the company, the role, the day with its year and times, and every person by name and title', () => {
    const summary = planSummary(factsWith(), 'en-GB');
    expect(summary).toEqual({
      company: 'Harbour & Finch',
      role: 'Data Analyst',
      when: 'Tuesday, 3 November 2026, 10:00 to 11:00',
      format: 'in person',
      people: ['Ada Quill, Head of Analytics', 'Bo Marchetti-Lind, Senior Analyst'],
      contact: 'Sam Reed, Recruiter at Northwind Talent (helped arrange it)',
      rounds: [],
    });
  });

  it('lists later rounds and leaves out what was not given', () => {
    const facts = factsWith({
      interview: { role: '' },
      contact: null,
      interviewers: [{ id: 'j', name: 'J', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' }],
      events: [
        { id: 'r', kind: 'another-round', date: '2026-11-04', time: '15:00', durationMinutes: '30', stage: 'final' },
      ],
    });
    const summary = planSummary(facts, 'en-GB');
    expect(summary.role).toBeNull();
    expect(summary.contact).toBeNull();
    expect(summary.people).toEqual(['J']);
    expect(summary.rounds).toEqual(['Round 2: Wednesday, 4 November 2026, 15:00 to 15:30, with J']);
  });
});
