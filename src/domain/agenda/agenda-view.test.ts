import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda.ts';
import { agendaLine, laterLine, markedLine, summaryOf, todayLine } from './agenda-view.ts';

const item: AgendaItem = {
  planId: 'p1',
  planTitle: 'Northwind · Designer',
  company: 'Northwind Traders',
  stepId: 'r1:thank-you:ada',
  title: 'Email a thank-you to Ada Quill',
  kind: 'thank-you',
  person: 'Ada Quill',
  channel: 'email',
  optional: false,
  recommended: { iso: '2026-11-03T17:00:00+00:00', zone: 'Europe/London' },
  latest: { iso: '2026-11-04T17:00:00+00:00', zone: 'Europe/London' },
  bucket: 'today',
};

describe('agendaLine', () => {
  it('says when, how far off, and names the company, the person and the channel', () => {
    expect(agendaLine(item, Date.parse('2026-11-03T09:00:00Z'), 'en-GB')).toEqual({
      when: 'Tuesday 3 November at 17:00',
      relative: 'today',
      meta: 'Northwind Traders · Ada Quill · Email',
    });
  });

  it('leaves out the person for a note to yourself', () => {
    const note = { ...item, person: '', channel: 'none' as const };
    expect(agendaLine(note, Date.parse('2026-11-03T09:00:00Z'), 'en-GB').meta).toBe('Northwind Traders · Note to self');
  });
});

describe('laterLine and summaryOf', () => {
  it('counts later steps in words', () => {
    expect(laterLine(0)).toBe('');
    expect(laterLine(1)).toBe('1 more step comes after this week.');
    expect(laterLine(4)).toBe('4 more steps come after this week.');
  });

  it("turns an item into the home page's summary", () => {
    expect(summaryOf(item)).toEqual({
      planId: 'p1',
      planTitle: 'Northwind · Designer',
      stepTitle: 'Email a thank-you to Ada Quill',
      recommended: item.recommended,
      latest: item.latest,
    });
  });
});

describe('todayLine and markedLine', () => {
  it("names today in the reader's zone", () => {
    const late = Date.parse('2026-11-03T23:30:00Z');
    expect(todayLine(late, 'Europe/London', 'en-GB')).toBe('Tuesday 3 November');
    expect(todayLine(late, 'Asia/Tokyo', 'en-GB')).toBe('Wednesday 4 November');
  });

  it('says what was marked', () => {
    expect(markedLine('Email Ada', 'done')).toBe('Marked done: “Email Ada”.');
    expect(markedLine('Email Ada', 'skipped')).toBe('Skipped: “Email Ada”.');
  });
});
