import { describe, expect, it } from 'vitest';
import type { Step } from '../plan/types.ts';
import { eventSummary, guideName, recipientLine, stepWhen } from './step-view.ts';

const zone = 'America/New_York';
const step = {
  recommended: { iso: '2026-03-03T09:00:00-05:00', zone },
  window: { earliest: { iso: '2026-03-02T17:00:00-05:00', zone }, latest: { iso: '2026-03-03T17:00:00-05:00', zone } },
} as Step;

describe('stepWhen', () => {
  it("words the moment in the plan's zone, relative to now", () => {
    const view = stepWhen(step, Date.parse('2026-03-02T15:00:00Z'), 'en-US');
    expect(view.iso).toBe('2026-03-03T09:00:00-05:00');
    expect(view.when).toMatch(/Tuesday, March 3.*09:00 AM/);
    expect(view.relative).toBe('tomorrow');
    expect(view.timing).toBe('upcoming');
  });

  it('says when a step is late', () => {
    expect(stepWhen(step, Date.parse('2026-03-04T15:00:00Z'), 'en-GB').timing).toBe('late');
  });
});

describe('recipientLine', () => {
  it('names the person and their title when known', () => {
    const ada = {
      kind: 'interviewer',
      id: 'a',
      name: 'Ada',
      title: 'CTO',
      email: null,
      addressAs: null,
      discussed: null,
      helped: false,
    } as const;
    expect(recipientLine(ada)).toBe('For Ada, CTO');
    expect(recipientLine({ ...ada, title: null })).toBe('For Ada');
    expect(recipientLine({ ...ada, kind: 'self' })).toBe('A note for you');
  });
});

describe('guideName', () => {
  it('gives every guide a readable link text', () => {
    expect(guideName({ slug: 'checking-in', fragment: null })).toBe('Checking in while you wait');
  });
});

describe('eventSummary', () => {
  it('names what happened and the day, in the reader locale', () => {
    const event = { id: 'e', kind: 'rejected', date: '2026-03-04', time: '', durationMinutes: '', stage: '' } as const;
    expect(eventSummary(event, 'en-GB')).toBe('They turned me down · Wednesday 4 March');
    expect(eventSummary({ ...event, date: 'soon' }, 'en-GB')).toBe('They turned me down');
  });
});
