import { describe, expect, it } from 'vitest';
import { blankEventFields } from '../facts-input.ts';
import { addEvent, removeEvent, withDraftEdit, withStatus } from './plan-edits.ts';
import {
  addInterviewerTo,
  listPlans,
  moveInterviewerIn,
  moveItem,
  newPlan,
  nextRoundCopy,
  planTitle,
  removeInterviewerFrom,
  setContactField,
  setField,
  setInterviewerField,
  toggleContact,
  withStep,
} from './plan-records.ts';
import { STORAGE_VERSION } from './saved-plans.ts';

const now = '2026-02-01T12:00:00.000Z';
const fresh = () => newPlan('p', now, 'America/Chicago', 'iv-1');

describe('newPlan', () => {
  it("starts with the browser's zone and neutral defaults a quick pass can keep", () => {
    const { input } = fresh();
    expect(input.interview).toMatchObject({
      timeZone: 'America/Chicago',
      format: 'in-person',
      stage: 'first',
      durationMinutes: '45',
    });
    expect(input.read).toEqual({ went: 'unsure', interest: 'yes' });
    expect(input.interviewers).toEqual([
      { id: 'iv-1', name: '', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
    ]);
  });
});

describe('planTitle', () => {
  it('prefers the name the user gave, then company and role, then a placeholder', () => {
    const plan = fresh();
    expect(planTitle(plan)).toBe('Untitled interview');
    plan.input.interview.company = 'Northwind';
    plan.input.interview.role = 'Designer';
    expect(planTitle(plan)).toBe('Northwind · Designer');
    expect(planTitle({ ...plan, name: '  Dream job ' })).toBe('Dream job');
  });

  it('cuts a very long name so the list stays readable', () => {
    const title = planTitle({ ...fresh(), name: 'x'.repeat(10_000) });
    expect(title).toHaveLength(80);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('listPlans', () => {
  it('lists plans oldest first whatever the stored order', () => {
    const late = { ...fresh(), id: 'late', createdAt: '2026-03-01T00:00:00.000Z' };
    const early = { ...fresh(), id: 'early', createdAt: '2026-01-01T00:00:00.000Z' };
    expect(listPlans({ version: STORAGE_VERSION, plans: { late, early } }).map((p) => p.id)).toEqual(['early', 'late']);
  });
});

describe('nextRoundCopy', () => {
  it('keeps the people and notes, resets the date, what was said and progress, and marks a later round', () => {
    const plan = fresh();
    plan.input.interview = { ...plan.input.interview, company: 'Northwind', date: '2026-01-30', time: '10:00' };
    plan.input.interviewers[0]!.name = 'Ada';
    plan.input.decision = { kind: 'decide-by', date: '2026-02-10', nextStepsExplained: true };
    plan.input.notes.strengths = 'Design systems';
    plan.statuses = { s: 'done' };
    const copy = nextRoundCopy(plan, 'q', now);
    expect(copy.id).toBe('q');
    expect(copy.name).toBe('Northwind (next round)');
    expect(copy.input.interview).toMatchObject({ company: 'Northwind', date: '', time: '', stage: 'later' });
    expect(copy.input.interviewers[0]?.name).toBe('Ada');
    expect(copy.input.decision.kind).toBe('none');
    expect(copy.input.notes.strengths).toBe('Design systems');
    expect(copy.statuses).toEqual({});
    copy.input.interviewers[0]!.name = 'Changed';
    expect(plan.input.interviewers[0]?.name).toBe('Ada');
  });
});

describe('form edits', () => {
  it('changes one field without touching the rest', () => {
    const { input } = fresh();
    const next = setField(input, 'interview', 'company', 'Acme');
    expect(next.interview.company).toBe('Acme');
    expect(next.interview.timeZone).toBe('America/Chicago');
    expect(input.interview.company).toBe('');
  });

  it('adds, edits, moves and removes interviewers by id', () => {
    let input = addInterviewerTo(fresh().input, 'iv-2');
    input = setInterviewerField(input, 'iv-2', 'name', 'Bea');
    input = moveInterviewerIn(input, 'iv-2', -1);
    expect(input.interviewers.map((p) => p.id)).toEqual(['iv-2', 'iv-1']);
    input = moveInterviewerIn(input, 'iv-2', -1);
    expect(input.interviewers.map((p) => p.id)).toEqual(['iv-2', 'iv-1']);
    input = removeInterviewerFrom(input, 'iv-1');
    expect(input.interviewers).toEqual([
      { id: 'iv-2', name: 'Bea', title: '', email: '', linkedIn: false, addressAs: '', discussed: '' },
    ]);
  });

  it('adds a contact on first edit and drops its details when removed', () => {
    let input = setContactField(fresh().input, 'name', 'Rae');
    expect(input.contact).toEqual({ name: 'Rae', role: '', email: '' });
    input = toggleContact(input, false);
    expect(input.contact).toBeNull();
  });

  it('records and forgets events', () => {
    const input = addEvent(fresh().input, 'e1', 'rejected', {
      date: '2026-02-01',
      time: '',
      durationMinutes: '',
      stage: '',
    });
    expect(input.events).toEqual([
      { id: 'e1', kind: 'rejected', date: '2026-02-01', time: '', durationMinutes: '', stage: '' },
    ]);
    expect(removeEvent(input, 'e1').events).toEqual([]);
  });

  it("keeps another offer's answer date and employer only on another offer", () => {
    const draft = { ...blankEventFields(), date: '2026-02-01', deadline: '2026-02-09', otherEmployer: 'Juniper Labs' };
    expect(addEvent(fresh().input, 'e1', 'another-offer', draft).events[0]).toMatchObject({
      kind: 'another-offer',
      deadline: '2026-02-09',
      otherEmployer: 'Juniper Labs',
      mentionOther: false,
    });
    expect(addEvent(fresh().input, 'e2', 'rejected', draft).events[0]).not.toHaveProperty('deadline');
  });
});

describe('moveItem', () => {
  it('ignores moves outside the list', () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 0, 3)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], -1, 0)).toEqual([1, 2, 3]);
  });
});

describe('statuses, draft edits and steps', () => {
  it('marks a step done, skipped, and back to to-do', () => {
    let plan = withStatus(fresh(), 's1', 'done', now);
    plan = withStatus(plan, 's2', 'skipped', now);
    expect(plan.statuses).toEqual({ s1: 'done', s2: 'skipped' });
    expect(withStatus(plan, 's1', null, now).statuses).toEqual({ s2: 'skipped' });
  });

  it('keeps an edited draft and drops it to show the template again', () => {
    const plan = withDraftEdit(fresh(), 'k', 'Hello', now);
    expect(plan.drafts).toEqual({ k: 'Hello' });
    expect(withDraftEdit(plan, 'k', null, now).drafts).toEqual({});
  });

  it('keeps the wizard step inside the wizard', () => {
    expect(withStep(fresh(), 9).step).toBe(4);
    expect(withStep(fresh(), -1).step).toBe(0);
  });
});
