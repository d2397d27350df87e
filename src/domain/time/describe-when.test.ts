import { describe, expect, it } from 'vitest';
import { describeWhen, onTimeSentence } from './format.ts';

const zone = 'Europe/London';
const at = (iso: string) => ({ iso, zone });
const recommended = at('2026-12-01T14:30:00+00:00');
const latest = at('2026-12-02T14:30:00+00:00');

describe('describeWhen', () => {
  it('reads "tomorrow" the day before and "today" on the day, even after the moment has passed', () => {
    expect(describeWhen(recommended, latest, Date.parse('2026-11-30T12:00:00Z'), 'en-GB').relative).toBe('tomorrow');
    expect(describeWhen(recommended, latest, Date.parse('2026-12-01T09:00:00Z'), 'en-GB').relative).toBe('today');
    const later = describeWhen(recommended, latest, Date.parse('2026-12-01T18:00:00Z'), 'en-GB');
    expect(later).toMatchObject({ relative: 'today', late: false, onTimeUntil: null });
  });

  it('never says a bare "yesterday" for a step that is still open: it was due yesterday, and is on time until its window closes', () => {
    const line = describeWhen(recommended, latest, Date.parse('2026-12-02T10:00:00Z'), 'en-GB');
    expect(line.relative).toBe('was due yesterday');
    expect(line.late).toBe(false);
    expect(line.onTimeUntil).toBe('Wednesday 2 December at 14:30');
    expect(onTimeSentence(line.onTimeUntil!)).toBe(
      'Still on time until Wednesday 2 December at 14:30: do it today if you can.',
    );
  });

  it('says late once the window has closed, with no "on time" line', () => {
    const line = describeWhen(recommended, latest, Date.parse('2026-12-04T10:00:00Z'), 'en-GB');
    expect(line).toMatchObject({ relative: 'was due 3 days ago', late: true, onTimeUntil: null });
  });

  it('counts days in the plan’s zone, not the computer’s', () => {
    const tokyo = { iso: '2026-12-02T08:00:00+09:00', zone: 'Asia/Tokyo' };
    // 23:30 UTC on 1 December is already 08:30 on 2 December in Tokyo: the same day.
    const line = describeWhen(
      tokyo,
      { ...tokyo, iso: '2026-12-03T08:00:00+09:00' },
      Date.parse('2026-12-01T23:30:00Z'),
      'en-GB',
    );
    expect(line.relative).toBe('today');
  });
});
