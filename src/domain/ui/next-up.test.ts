import { describe, expect, it } from 'vitest';
import { decodeSummaries, soonestFirst, updateSummaries, type NextUpSummary } from './next-up.ts';
import { describeNextUp } from './next-up-wording.ts';

const moment = (iso: string) => ({ iso, zone: 'Europe/London' });
const summary = (planId: string, iso: string): NextUpSummary => ({
  planId,
  planTitle: `Plan ${planId}`,
  stepTitle: 'Email a thank-you to Ada',
  recommended: moment(iso),
  latest: moment(iso.replace('09:00', '17:00')),
});

describe('decodeSummaries', () => {
  it('reads what was stored and drops malformed entries', () => {
    const good = summary('a', '2026-03-03T09:00:00+00:00');
    const stored = JSON.stringify({ a: good, b: { planTitle: 'x' }, c: null });
    expect(decodeSummaries(stored)).toEqual({ a: good });
  });

  it('returns nothing for unreadable text', () => {
    expect(decodeSummaries('{oops')).toEqual({});
    expect(decodeSummaries('[]')).toEqual({});
  });
});

describe('soonestFirst', () => {
  it('orders plans by their next recommended moment', () => {
    const later = summary('a', '2026-03-05T09:00:00+00:00');
    const sooner = summary('b', '2026-03-03T09:00:00+00:00');
    expect(soonestFirst({ a: later, b: sooner }).map((s) => s.planId)).toEqual(['b', 'a']);
  });
});

describe('updateSummaries', () => {
  const a = summary('a', '2026-03-03T09:00:00+00:00');

  it("replaces the open plan's entry and forgets deleted plans", () => {
    const next = {
      title: 'Check in with Ada',
      recommended: moment('2026-03-10T09:00:00+00:00'),
      window: { latest: moment('2026-03-11T17:00:00+00:00') },
    };
    const out = updateSummaries(
      { a, gone: summary('gone', '2026-03-03T09:00:00+00:00') },
      { a: 'Plan a', b: 'B' },
      {
        planId: 'b',
        next,
      },
    );
    expect(Object.keys(out).sort()).toEqual(['a', 'b']);
    expect(out['b']).toMatchObject({ stepTitle: 'Check in with Ada', planTitle: 'B' });
  });

  it('follows a rename without knowing the next step', () => {
    expect(updateSummaries({ a }, { a: 'Dream job' })['a']?.planTitle).toBe('Dream job');
  });

  it('removes the open plan when it has nothing left to do', () => {
    expect(updateSummaries({ a }, { a: 'A' }, { planId: 'a', next: null })).toEqual({});
  });
});

describe('describeNextUp', () => {
  it('words the moment relative to now and says when it is late', () => {
    const s = summary('a', '2026-03-03T09:00:00+00:00');
    const line = describeNextUp(s, Date.parse('2026-03-02T12:00:00Z'), 'en-GB');
    expect(line).toEqual({
      when: expect.stringContaining('3 March') as string,
      relative: 'tomorrow',
      late: false,
      onTimeUntil: null,
    });
    expect(describeNextUp(s, Date.parse('2026-03-04T12:00:00Z'), 'en-GB').late).toBe(true);
  });
});
